import Inference
import Utilities

/// The parsers of each kind of declaration.
extension Parser {
    mutating func parseKnowledge(at index: Int) -> KnowledgeDeclaration {
        let keyword = tokens(index)[0]
        rejectExtra(index, from: 1)
        var declaration = KnowledgeDeclaration(keyword: keyword.span)
        let owner = "knowledge"
        let seen = fields(of: index, owner: owner, allowed: ["version", "title"]) { parser, field, line in
            switch field {
            case "version":
                parser.rejectChildren(of: line)
                let parts = parser.tokens(line)
                guard parts.count >= 2, case .string(let version) = parts[1].kind, !version.isEmpty else {
                    let found = parts.count >= 2 ? ", found '\(parts[1].raw)'" : ""
                    parser.problems.add(
                        "expected a version string after 'version', such as \"2026.1.0\"\(found)",
                        at: parts.count >= 2 ? parts[1].span : parts[0].span.end)
                    declaration.version = ""
                    return
                }
                parser.rejectExtra(line, from: 2)
                declaration.version = version
            default:
                declaration.title = parser.text(at: line, owner: owner)
            }
        }
        requireFields(["version", "title"], seen: seen, owner: owner, at: keyword.span, line: index)
        return declaration
    }

    mutating func parseMotive(at index: Int) -> MotiveDeclaration {
        let (header, label, explanation) = parseTwoTexts(at: index, kind: "motive", fields: ("label", "explanation"))
        return MotiveDeclaration(header: header, label: label, explanation: explanation)
    }

    mutating func parseAgreement(at index: Int) -> AgreementDeclaration {
        let (header, label, explanation) = parseTwoTexts(
            at: index, kind: "agreement", fields: ("label", "explanation"))
        return AgreementDeclaration(header: header, label: label, explanation: explanation)
    }

    mutating func parseSignal(at index: Int) -> SignalDeclaration {
        let (header, title, text) = parseTwoTexts(at: index, kind: "signal", fields: ("title", "text"))
        return SignalDeclaration(header: header, title: title, text: text)
    }

    /// Parses a declaration whose body is exactly two required two-language texts, as motives,
    /// agreements and signals have; a missing text is reported and comes back `nil`.
    private mutating func parseTwoTexts(
        at index: Int, kind: String, fields names: (String, String)
    ) -> (Header, LocalizedText?, LocalizedText?) {
        let header = header(at: index)
        let owner = Self.owner(kind, header)
        let required = [names.0, names.1]
        var first: LocalizedText?
        var second: LocalizedText?
        let seen = fields(of: index, owner: owner, allowed: required) { parser, field, line in
            let text = parser.text(at: line, owner: owner)
            if field == names.0 { first = text } else { second = text }
        }
        requireFields(required, seen: seen, owner: owner, at: header.span, line: index)
        return (header, first, second)
    }

    mutating func parseQuestion(at index: Int) -> QuestionDeclaration {
        var declaration = QuestionDeclaration(header: header(at: index))
        let owner = Self.owner("question", declaration.header)
        let allowed = ["kind", "text", "why", "applies-when", "default", "option", "options"]
        let seen = fields(of: index, owner: owner, allowed: allowed, repeatable: ["option"]) { parser, field, line in
            let parts = parser.tokens(line)
            switch field {
            case "kind":
                parser.rejectChildren(of: line)
                declaration.kindSpan = parts[0].span
                declaration.kind = parser.questionKind(at: line)
            case "text":
                declaration.text = parser.text(at: line, owner: owner)
            case "why":
                declaration.why = parser.text(at: line, owner: owner)
            case "applies-when":
                declaration.appliesWhen = parser.condition(at: line)
            case "default":
                parser.rejectChildren(of: line)
                guard parts.count >= 2 else {
                    parser.problems.add("expected a value after 'default'", at: parts[0].span.end)
                    return
                }
                switch parts[1].kind {
                case .word(let word):
                    declaration.defaultValue = ValueSyntax(kind: .word(word), raw: parts[1].raw, span: parts[1].span)
                case .number(let number):
                    declaration.defaultValue = ValueSyntax(
                        kind: .number(number), raw: parts[1].raw, span: parts[1].span)
                case .string, .symbol:
                    parser.problems.add(
                        "expected an option id, 'yes', 'no' or a number after 'default', found '\(parts[1].raw)'",
                        at: parts[1].span)
                    return
                }
                parser.rejectExtra(line, from: 2)
            case "options":
                parser.rejectChildren(of: line)
                guard parts.count >= 2, let word = parts[1].word, word == "motives" || word == "forms" else {
                    let found = parts.count >= 2 ? ", found '\(parts[1].raw)'" : ""
                    parser.problems.add(
                        "expected 'motives' or 'forms' after 'options'\(found)",
                        at: parts.count >= 2 ? parts[1].span : parts[0].span.end)
                    declaration.hasBrokenOptions = true
                    return
                }
                parser.rejectExtra(line, from: 2)
                declaration.options.append(word == "motives" ? .motives(parts[1].span) : .forms(parts[1].span))
            default:
                if let option = parser.option(at: line, question: owner) {
                    declaration.options.append(option)
                } else {
                    declaration.hasBrokenOptions = true
                }
            }
        }
        requireFields(["kind", "text", "why"], seen: seen, owner: owner, at: declaration.header.span, line: index)
        return declaration
    }

    /// `kind one-of | many-of | yes-no | scale MIN MAX`.
    private mutating func questionKind(at index: Int) -> Question.Kind? {
        let parts = tokens(index)
        let kinds = ["one-of", "many-of", "yes-no", "scale"]
        guard parts.count >= 2, let word = parts[1].word, kinds.contains(word) else {
            let found =
                parts.count >= 2 ? ", found '\(parts[1].raw)'" + Suggestion.didYouMean(parts[1].raw, among: kinds) : ""
            problems.add(
                "expected 'one-of', 'many-of', 'yes-no' or 'scale' after 'kind'\(found)",
                at: parts.count >= 2 ? parts[1].span : parts[0].span.end)
            return nil
        }
        switch word {
        case "one-of":
            rejectExtra(index, from: 2)
            return .oneOf
        case "many-of":
            rejectExtra(index, from: 2)
            return .manyOf
        case "yes-no":
            rejectExtra(index, from: 2)
            return .yesNo
        default:
            var bounds: [Int] = []
            for position in 2..<min(parts.count, 4) {
                guard case .number(let number) = parts[position].kind, let whole = Int(exactly: number),
                    abs(whole) <= 1_000_000
                else {
                    problems.add(
                        "expected a whole number for the scale's \(position == 2 ? "minimum" : "maximum"), found '\(parts[position].raw)'",
                        at: parts[position].span)
                    return nil
                }
                bounds.append(whole)
            }
            guard bounds.count == 2 else {
                problems.add("expected 'scale MIN MAX', such as 'scale 1 5'", at: parts[parts.count - 1].span.end)
                return nil
            }
            rejectExtra(index, from: 4)
            guard bounds[0] < bounds[1] else {
                problems.add(
                    "the scale's minimum \(bounds[0]) must be below its maximum \(bounds[1])", at: parts[2].span)
                return nil
            }
            return .scale(min: bounds[0], max: bounds[1])
        }
    }

    /// `option ID` with its `label` under it.
    private mutating func option(at index: Int, question: String) -> QuestionDeclaration.OptionItem? {
        let optionHeader = header(at: index)
        guard let name = optionHeader.id else { return nil }
        let owner = "option '\(name.text)' of \(question)"
        var label: LocalizedText?
        let seen = fields(of: index, owner: owner, allowed: ["label"]) { parser, _, line in
            label = parser.text(at: line, owner: owner)
        }
        requireFields(["label"], seen: seen, owner: owner, at: name.span, line: index)
        return .option(name, label)
    }

    mutating func parseArchetype(at index: Int) -> ArchetypeDeclaration {
        var declaration = ArchetypeDeclaration(header: header(at: index))
        let owner = Self.owner("archetype", declaration.header)
        let texts = ["name", "essence", "relation", "risk", "governance", "pitfalls", "growth"]
        let allowed = ["intent", "nature"] + texts + ["agreements"]
        let seen = fields(of: index, owner: owner, allowed: allowed) { parser, field, line in
            let parts = parser.tokens(line)
            switch field {
            case "intent", "nature":
                parser.rejectChildren(of: line)
                guard parts.count >= 2, let word = parts[1].word else {
                    let found = parts.count >= 2 ? ", found '\(parts[1].raw)'" : ""
                    parser.problems.add(
                        "expected a pole after '\(field)'\(found)",
                        at: parts.count >= 2 ? parts[1].span : parts[0].span.end)
                    return
                }
                parser.rejectExtra(line, from: 2)
                let pole = Name(text: word, span: parts[1].span)
                if field == "intent" { declaration.intent = pole } else { declaration.nature = pole }
            case "agreements":
                parser.rejectChildren(of: line)
                guard parts.count >= 2 else {
                    parser.problems.add("expected agreement ids after 'agreements'", at: parts[0].span.end)
                    return
                }
                for part in parts.dropFirst() {
                    guard let word = part.word else {
                        parser.problems.add("expected an agreement id, found '\(part.raw)'", at: part.span)
                        continue
                    }
                    declaration.agreements.append(Name(text: word, span: part.span))
                }
            default:
                let text = parser.text(at: line, owner: owner)
                switch field {
                case "name": declaration.name = text
                case "essence": declaration.essence = text
                case "relation": declaration.relation = text
                case "risk": declaration.risk = text
                case "governance": declaration.governance = text
                case "pitfalls": declaration.pitfalls = text
                default: declaration.growth = text
                }
            }
        }
        requireFields(allowed, seen: seen, owner: owner, at: declaration.header.span, line: index)
        return declaration
    }

    mutating func parseForm(at index: Int) -> FormDeclaration {
        var declaration = FormDeclaration(header: header(at: index))
        let owner = Self.owner("form", declaration.header)
        let properties = FormProperty.allCases.map(\.rawValue)
        let required = ["name", "description", "liability"] + properties
        let seen = fields(of: index, owner: owner, allowed: required + ["fit"], repeatable: ["fit"]) {
            parser, field, line in
            if let property = FormProperty(rawValue: field) {
                if let value = parser.yesNo(at: line) { declaration.properties[property] = value }
                return
            }
            switch field {
            case "name": declaration.name = parser.text(at: line, owner: owner)
            case "description": declaration.description = parser.text(at: line, owner: owner)
            case "liability": declaration.liability = parser.text(at: line, owner: owner)
            default: if let fit = parser.fit(at: line, owner: owner) { declaration.fits.append(fit) }
            }
        }
        requireFields(required, seen: seen, owner: owner, at: declaration.header.span, line: index)
        return declaration
    }

    /// `fit ARCHETYPE LEVEL` with the reason under it.
    private mutating func fit(at index: Int, owner: String) -> FitSyntax? {
        let parts = tokens(index)
        let levels = FitLevel.allCases.map(\.rawValue)
        guard parts.count >= 2, let archetype = parts[1].word else {
            let found = parts.count >= 2 ? ", found '\(parts[1].raw)'" : ""
            problems.add(
                "expected an archetype and a fit level after 'fit', such as 'fit functioneel typical'\(found)",
                at: parts.count >= 2 ? parts[1].span : parts[0].span.end)
            return nil
        }
        let what = "'fit \(archetype)'"
        var level: FitLevel?
        if parts.count >= 3, let word = parts[2].word, let known = FitLevel(rawValue: word) {
            level = known
            rejectExtra(index, from: 3)
        } else if parts.count >= 3 {
            let suggestion = Suggestion.didYouMean(parts[2].raw, among: levels)
            problems.add(
                "unknown fit level '\(parts[2].raw)'"
                    + (suggestion.isEmpty ? "; expected 'typical', 'workable', 'situational' or 'poor'" : suggestion),
                at: parts[2].span)
        } else {
            problems.add(
                "expected a fit level after 'fit \(archetype)': 'typical', 'workable', 'situational' or 'poor'",
                at: parts[1].span.end)
        }
        let reason = textLines(under: index, keyword: parts[0].span, what: what, owner: owner)
        return FitSyntax(
            keyword: parts[0].span, archetype: Name(text: archetype, span: parts[1].span), level: level,
            reason: reason)
    }

    mutating func parseRule(at index: Int) -> RuleDeclaration {
        var declaration = RuleDeclaration(header: header(at: index))
        let owner = Self.owner("rule", declaration.header)
        let allowed = ["when", "then", "salience", "because"]
        let seen = fields(of: index, owner: owner, allowed: allowed, repeatable: ["then"]) { parser, field, line in
            let parts = parser.tokens(line)
            switch field {
            case "when":
                declaration.when = parser.condition(at: line)
            case "then":
                parser.rejectChildren(of: line)
                if let conclusion = parser.conclusion(at: line) { declaration.conclusions.append(conclusion) }
            case "salience":
                parser.rejectChildren(of: line)
                guard parts.count >= 2, case .number(let number) = parts[1].kind, let whole = Int(exactly: number),
                    abs(whole) <= 1_000_000
                else {
                    let found = parts.count >= 2 ? ", found '\(parts[1].raw)'" : ""
                    parser.problems.add(
                        "expected a whole number after 'salience'\(found)",
                        at: parts.count >= 2 ? parts[1].span : parts[0].span.end)
                    return
                }
                parser.rejectExtra(line, from: 2)
                declaration.salience = whole
            default:
                declaration.because = parser.text(at: line, owner: owner)
            }
        }
        requireFields(["when", "then", "because"], seen: seen, owner: owner, at: declaration.header.span, line: index)
        return declaration
    }

    /// `then ATTRIBUTE = VALUE [with CERTAINTY]`.
    private mutating func conclusion(at index: Int) -> ConclusionSyntax? {
        let parts = tokens(index)
        let shape = "expected 'then ATTRIBUTE = VALUE', such as 'then intent = verbeteren'"
        guard parts.count >= 2, let attribute = parts[1].word else {
            problems.add(
                shape + (parts.count >= 2 ? ", found '\(parts[1].raw)'" : ""),
                at: parts.count >= 2 ? parts[1].span : parts[0].span.end)
            return nil
        }
        guard parts.count >= 3, parts[2].isSymbol("=") else {
            problems.add(
                shape + (parts.count >= 3 ? ", found '\(parts[2].raw)'" : ""),
                at: parts.count >= 3 ? parts[2].span : parts[1].span.end)
            return nil
        }
        guard parts.count >= 4 else {
            problems.add("expected a value after '='", at: parts[2].span.end)
            return nil
        }
        let value: ValueSyntax
        switch parts[3].kind {
        case .word(let word): value = ValueSyntax(kind: .word(word), raw: parts[3].raw, span: parts[3].span)
        case .number(let number): value = ValueSyntax(kind: .number(number), raw: parts[3].raw, span: parts[3].span)
        case .string, .symbol:
            problems.add("expected a value after '=', found '\(parts[3].raw)'", at: parts[3].span)
            return nil
        }
        var certainty = 1.0
        var certaintySpan: Span?
        if parts.count > 4 {
            guard parts[4].isWord("with") else {
                problems.add(
                    "unexpected '\(parts[4].raw)'; write 'with CERTAINTY' after the value, or end the line",
                    at: parts[4].span)
                return nil
            }
            guard parts.count >= 6, case .number(let number) = parts[5].kind else {
                let found = parts.count >= 6 ? ", found '\(parts[5].raw)'" : ""
                problems.add(
                    "expected a certainty from -1 to 1 after 'with'\(found)",
                    at: parts.count >= 6 ? parts[5].span : parts[4].span.end)
                return nil
            }
            guard (-1...1).contains(number) else {
                problems.add("certainty \(parts[5].raw) is outside -1 to 1", at: parts[5].span)
                return nil
            }
            guard number != 0 else {
                problems.add(
                    "certainty 0 adds no evidence; give a certainty from -1 to 1 other than 0", at: parts[5].span)
                return nil
            }
            rejectExtra(index, from: 6)
            certainty = number
            certaintySpan = parts[5].span
        }
        return ConclusionSyntax(
            keyword: parts[0].span, attribute: Name(text: attribute, span: parts[1].span), value: value,
            certainty: certainty, certaintySpan: certaintySpan)
    }

    mutating func parseConstraint(at index: Int) -> ConstraintDeclaration {
        var declaration = ConstraintDeclaration(header: header(at: index))
        let owner = Self.owner("constraint", declaration.header)
        let allowed = ["when", "exclude", "adjust", "because"]
        let seen = fields(
            of: index, owner: owner, allowed: allowed, aliases: ["exclude": "action", "adjust": "action"]
        ) { parser, field, line in
            switch field {
            case "when":
                declaration.when = parser.condition(at: line)
            case "because":
                declaration.because = parser.text(at: line, owner: owner)
            default:
                parser.rejectChildren(of: line)
                declaration.actionSpan = parser.tokens(line)[0].span
                if let (selection, effect) = parser.action(at: line) {
                    declaration.selection = selection
                    declaration.effect = effect
                }
            }
        }
        if !seen.contains("action"), !hasMisindentation(under: index) {
            problems.add("missing 'exclude' or 'adjust' line in \(owner)", at: declaration.header.span)
        }
        requireFields(["when", "because"], seen: seen, owner: owner, at: declaration.header.span, line: index)
        return declaration
    }

    /// `exclude forms …` or `adjust forms … by CERTAINTY`.
    private mutating func action(
        at index: Int
    ) -> (ConstraintDeclaration.Selection, ConstraintDeclaration.Effect)? {
        var parts = tokens(index)
        let verb = parts[0].raw
        var effect = ConstraintDeclaration.Effect.exclude
        if verb == "adjust" {
            let count = parts.count
            guard count >= 3, parts[count - 2].isWord("by"), case .number(let number) = parts[count - 1].kind else {
                problems.add(
                    "expected 'by CERTAINTY' at the end of '\(verb)', such as 'by -0.5'",
                    at: parts[count - 1].span.end)
                return nil
            }
            guard (-1...1).contains(number), number != 0 else {
                problems.add(
                    "certainty \(parts[count - 1].raw) must lie from -1 to 1 and not be 0", at: parts[count - 1].span)
                return nil
            }
            effect = .adjust(number)
            parts.removeLast(2)
        }
        guard parts.count >= 2, parts[1].isWord("forms") else {
            let found = parts.count >= 2 ? ", found '\(parts[1].raw)'" : ""
            problems.add(
                "expected 'forms' after '\(verb)'\(found)", at: parts.count >= 2 ? parts[1].span : parts[0].span.end)
            return nil
        }
        guard parts.count >= 3 else {
            problems.add("expected form ids or 'where PROPERTY is yes|no' after 'forms'", at: parts[1].span.end)
            return nil
        }
        if parts[2].isWord("where") {
            let properties = FormProperty.allCases.map(\.rawValue)
            guard parts.count >= 4, let word = parts[3].word, let property = FormProperty(rawValue: word) else {
                let found =
                    parts.count >= 4
                    ? ", found '\(parts[3].raw)'" + Suggestion.didYouMean(parts[3].raw, among: properties) : ""
                problems.add(
                    "expected a form property after 'where'\(found)",
                    at: parts.count >= 4 ? parts[3].span : parts[2].span.end)
                return nil
            }
            guard parts.count >= 6, parts[4].isWord("is"), let value = parts[5].word, value == "yes" || value == "no"
            else {
                let position = min(parts.count, 6) - 1
                problems.add(
                    "expected 'is yes' or 'is no' after '\(word)'",
                    at: position >= 4 ? parts[position].span : parts[3].span.end)
                return nil
            }
            if parts.count > 6 {
                problems.add("unexpected '\(parts[6].raw)'; expected the end of the line", at: parts[6].span)
            }
            return (.property(property, value == "yes"), effect)
        }
        var names: [Name] = []
        for part in parts.dropFirst(2) {
            guard let word = part.word else {
                problems.add("expected a form id, found '\(part.raw)'", at: part.span)
                return nil
            }
            names.append(Name(text: word, span: part.span))
        }
        return (.forms(names), effect)
    }
}
