import Inference
import Utilities

/// The parsers of the declarations that hold content: `knowledge`, `motive`, `agreement`,
/// `signal`, `question`, `archetype` and `form`.
extension Parser {
    mutating func parseKnowledge(at index: Int) -> KnowledgeDeclaration {
        let keyword = tokens(index)[0]
        rejectExtra(index, from: 1)
        var declaration = KnowledgeDeclaration(keyword: keyword.span)
        let owner = Owner.declaration(.knowledge, id: nil)
        let seen = fields(of: index, owner: owner) { (parser, field: KnowledgeField, line) in
            switch field {
            case .version:
                parser.rejectChildren(of: line)
                let parts = parser.tokens(line)
                guard parts.count >= 2, case .string(let version) = parts[1].kind, !version.isEmpty else {
                    parser.expected(.version, onLine: line, at: 1)
                    return
                }
                parser.rejectExtra(line, from: 2)
                declaration.version = version
            case .title:
                declaration.title = parser.text(at: line, owner: owner)
            }
        }
        requireFields(seen, owner: owner, at: keyword.span, line: index)
        return declaration
    }

    mutating func parseMotive(at index: Int) -> MotiveDeclaration {
        let (header, texts) = parseTexts(at: index, keyword: .motive, of: LabelledField.self)
        return MotiveDeclaration(header: header, label: texts[.label], explanation: texts[.explanation])
    }

    mutating func parseAgreement(at index: Int) -> AgreementDeclaration {
        let (header, texts) = parseTexts(at: index, keyword: .agreement, of: LabelledField.self)
        return AgreementDeclaration(header: header, label: texts[.label], explanation: texts[.explanation])
    }

    mutating func parseSignal(at index: Int) -> SignalDeclaration {
        var declaration = SignalDeclaration(header: header(at: index))
        let owner = Owner(.signal, declaration.header)
        let seen = fields(of: index, owner: owner) { (parser, field: SignalField, line) in
            switch field {
            case .title: declaration.title = parser.text(at: line, owner: owner)
            case .text: declaration.text = parser.text(at: line, owner: owner)
            case .aboutForms:
                parser.rejectChildren(of: line)
                let parts = parser.tokens(line)
                guard parts.count >= 2 else {
                    parser.expected(.formIDs(after: field.rawValue), onLine: line, at: 1)
                    return
                }
                for part in parts.dropFirst() {
                    guard let word = part.word else {
                        parser.problems.add(.expected(.formID, found: part.raw), at: part.span)
                        continue
                    }
                    declaration.aboutForms.append(Name(text: word, span: part.span))
                }
            }
        }
        requireFields(seen, owner: owner, at: declaration.header.span, line: index)
        return declaration
    }

    /// Parses a declaration whose body is only required two-language texts, as motives and
    /// agreements have; a missing text is reported and left out.
    private mutating func parseTexts<Field: FieldKeyword>(
        at index: Int, keyword: DeclarationKeyword, of fields: Field.Type
    ) -> (Header, [Field: LocalizedText]) {
        let header = header(at: index)
        let owner = Owner(keyword, header)
        var texts: [Field: LocalizedText] = [:]
        let seen = self.fields(of: index, owner: owner) { (parser, field: Field, line) in
            texts[field] = parser.text(at: line, owner: owner)
        }
        requireFields(seen, owner: owner, at: header.span, line: index)
        return (header, texts)
    }

    mutating func parseQuestion(at index: Int) -> QuestionDeclaration {
        var declaration = QuestionDeclaration(header: header(at: index))
        let owner = Owner(.question, declaration.header)
        let seen = fields(of: index, owner: owner) { (parser, field: QuestionField, line) in
            let parts = parser.tokens(line)
            switch field {
            case .kind:
                parser.rejectChildren(of: line)
                declaration.kindSpan = parts[0].span
                declaration.kind = parser.questionKind(at: line)
            case .text:
                declaration.text = parser.text(at: line, owner: owner)
            case .why:
                declaration.why = parser.text(at: line, owner: owner)
            case .appliesWhen:
                declaration.appliesWhen = parser.condition(at: line)
            case .default:
                parser.rejectChildren(of: line)
                guard parts.count >= 2 else {
                    parser.expected(.defaultValue, onLine: line, at: 1)
                    return
                }
                switch parts[1].kind {
                case .word(let word):
                    declaration.defaultValue = ValueSyntax(kind: .word(word), raw: parts[1].raw, span: parts[1].span)
                case .number(let number):
                    declaration.defaultValue = ValueSyntax(
                        kind: .number(number), raw: parts[1].raw, span: parts[1].span)
                case .string, .symbol:
                    parser.expected(.defaultAnswer, onLine: line, at: 1)
                    return
                }
                parser.rejectExtra(line, from: 2)
            case .options:
                parser.rejectChildren(of: line)
                guard parts.count >= 2, let word = parts[1].word, word == "motives" || word == "forms" else {
                    parser.expected(.optionSource, onLine: line, at: 1)
                    declaration.hasBrokenOptions = true
                    return
                }
                parser.rejectExtra(line, from: 2)
                declaration.options.append(word == "motives" ? .motives(parts[1].span) : .forms(parts[1].span))
            case .option:
                if let option = parser.option(at: line, question: owner) {
                    declaration.options.append(option)
                } else {
                    declaration.hasBrokenOptions = true
                }
            }
        }
        requireFields(seen, owner: owner, at: declaration.header.span, line: index)
        return declaration
    }

    /// `kind one-of | many-of | yes-no | scale MIN MAX`.
    private mutating func questionKind(at index: Int) -> Question.Kind? {
        let parts = tokens(index)
        guard parts.count >= 2, let word = parts[1].word, let keyword = KindKeyword(rawValue: word) else {
            expected(.questionKind, onLine: index, at: 1, suggesting: KindKeyword.allCases.map(\.rawValue))
            return nil
        }
        switch keyword {
        case .oneOf:
            rejectExtra(index, from: 2)
            return .oneOf
        case .manyOf:
            rejectExtra(index, from: 2)
            return .manyOf
        case .yesNo:
            rejectExtra(index, from: 2)
            return .yesNo
        case .scale:
            var bounds: [Int] = []
            for position in 2..<min(parts.count, 4) {
                guard case .number(let number) = parts[position].kind, let whole = Int(exactly: number),
                    abs(whole) <= 1_000_000
                else {
                    expected(.scaleBound(minimum: position == 2), onLine: index, at: position)
                    return nil
                }
                bounds.append(whole)
            }
            guard bounds.count == 2 else {
                problems.add(.expected(.scale, found: nil), at: parts[parts.count - 1].span.end)
                return nil
            }
            rejectExtra(index, from: 4)
            guard bounds[0] < bounds[1] else {
                problems.add(.scaleBoundsReversed(minimum: bounds[0], maximum: bounds[1]), at: parts[2].span)
                return nil
            }
            return .scale(min: bounds[0], max: bounds[1])
        }
    }

    /// `option ID` with its `label` under it.
    private mutating func option(at index: Int, question: Owner) -> QuestionDeclaration.OptionItem? {
        let optionHeader = header(at: index)
        guard let name = optionHeader.id else { return nil }
        let owner = Owner.option(name.text, of: question)
        var label: LocalizedText?
        var exclusive: Span?
        let seen = fields(of: index, owner: owner) { (parser, field: OptionField, line) in
            switch field {
            case .label:
                label = parser.text(at: line, owner: owner)
            case .exclusive:
                parser.rejectChildren(of: line)
                parser.rejectExtra(line, from: 1)
                exclusive = parser.tokens(line)[0].span
            }
        }
        requireFields(seen, owner: owner, at: name.span, line: index)
        return .option(name, label, exclusive: exclusive)
    }

    mutating func parseArchetype(at index: Int) -> ArchetypeDeclaration {
        var declaration = ArchetypeDeclaration(header: header(at: index))
        let owner = Owner(.archetype, declaration.header)
        let seen = fields(of: index, owner: owner) { (parser, field: ArchetypeField, line) in
            let parts = parser.tokens(line)
            switch field {
            case .intent, .nature:
                parser.rejectChildren(of: line)
                guard parts.count >= 2, let word = parts[1].word else {
                    parser.expected(.pole(after: field.rawValue), onLine: line, at: 1)
                    return
                }
                parser.rejectExtra(line, from: 2)
                let pole = Name(text: word, span: parts[1].span)
                if field == .intent { declaration.intent = pole } else { declaration.nature = pole }
            case .agreements:
                parser.rejectChildren(of: line)
                guard parts.count >= 2 else {
                    parser.expected(.agreementIDs, onLine: line, at: 1)
                    return
                }
                for part in parts.dropFirst() {
                    guard let word = part.word else {
                        parser.problems.add(.expected(.agreementID, found: part.raw), at: part.span)
                        continue
                    }
                    declaration.agreements.append(Name(text: word, span: part.span))
                }
            case .name: declaration.name = parser.text(at: line, owner: owner)
            case .essence: declaration.essence = parser.text(at: line, owner: owner)
            case .relation: declaration.relation = parser.text(at: line, owner: owner)
            case .risk: declaration.risk = parser.text(at: line, owner: owner)
            case .governance: declaration.governance = parser.text(at: line, owner: owner)
            case .pitfalls: declaration.pitfalls = parser.text(at: line, owner: owner)
            case .growth: declaration.growth = parser.text(at: line, owner: owner)
            }
        }
        requireFields(seen, owner: owner, at: declaration.header.span, line: index)
        return declaration
    }

    mutating func parseProperty(at index: Int) -> PropertyDeclaration {
        var declaration = PropertyDeclaration(header: header(at: index))
        let owner = Owner(.property, declaration.header)
        let seen = fields(of: index, owner: owner) { (parser, field: PropertyField, line) in
            switch field {
            case .label: declaration.label = parser.text(at: line, owner: owner)
            case .explanation: declaration.explanation = parser.text(at: line, owner: owner)
            }
        }
        requireFields(seen, owner: owner, at: declaration.header.span, line: index)
        return declaration
    }

    mutating func parseForm(at index: Int) -> FormDeclaration {
        var declaration = FormDeclaration(header: header(at: index))
        let owner = Owner(.form, declaration.header)
        let fieldWords = FormField.allCases.map(\.rawValue)
        let seen = fields(
            of: index, owner: owner,
            other: { parser, line in
                // `PROPERTY yes|no`; also `PROPERTY x` alone on its line when the word is no
                // likely typo of a field, so a wrong value is reported as one.
                let parts = parser.tokens(line)
                let statesValue = parts.count >= 2 && (parts[1].isWord("yes") || parts[1].isWord("no"))
                // The suggestion is only asked for when the value does not settle it: it is the
                // costly part, and most lines state `yes` or `no`.
                guard let word = parts[0].word,
                    statesValue
                        || (parts.count == 2 && line + 1 == parser.subtreeEnd[line]
                            && Suggestion.closest(to: parts[0].raw, among: fieldWords) == nil)
                else { return false }
                declaration.properties.append(
                    PropertyStatement(name: Name(text: word, span: parts[0].span), value: parser.yesNo(at: line)))
                return true
            }
        ) { (parser, field: FormField, line) in
            switch field {
            case .name: declaration.name = parser.text(at: line, owner: owner)
            case .description: declaration.description = parser.text(at: line, owner: owner)
            case .liability: declaration.liability = parser.text(at: line, owner: owner)
            case .weight:
                declaration.weight = parser.wholeNumber(onLine: line, in: Form.weights, else: .weight)
            case .fit: if let fit = parser.fit(at: line, owner: owner) { declaration.fits.append(fit) }
            }
        }
        declaration.holdsMisindentedLines = hasMisindentation(under: index)
        requireFields(seen, owner: owner, at: declaration.header.span, line: index)
        return declaration
    }

    /// `fit ARCHETYPE LEVEL` with the reason under it.
    private mutating func fit(at index: Int, owner: Owner) -> FitSyntax? {
        let parts = tokens(index)
        guard parts.count >= 2, let archetype = parts[1].word else {
            expected(.fit, onLine: index, at: 1)
            return nil
        }
        var level: FitLevel?
        if parts.count >= 3, let word = parts[2].word, let known = FitLevel(rawValue: word) {
            level = known
            rejectExtra(index, from: 3)
        } else if parts.count >= 3 {
            let levels = FitLevel.allCases.map(\.rawValue)
            problems.add(
                .unknownFitLevel(parts[2].raw, hint: Hint.closest(to: parts[2].raw, orOneOf: levels)),
                at: parts[2].span)
        } else {
            problems.add(.expected(.fitLevel(archetype: archetype), found: nil), at: parts[1].span.end)
        }
        let reason = textLines(under: index, keyword: parts[0].span, field: "fit \(archetype)", owner: owner)
        return FitSyntax(
            keyword: parts[0].span, archetype: Name(text: archetype, span: parts[1].span), level: level,
            reason: reason)
    }
}
