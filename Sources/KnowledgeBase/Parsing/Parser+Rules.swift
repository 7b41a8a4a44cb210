import Inference
import Utilities

/// The parsers of the declarations that make rules: `rule` and `constraint`.
extension Parser {
    mutating func parseRule(at index: Int) -> RuleDeclaration {
        var declaration = RuleDeclaration(header: header(at: index))
        let owner = Owner(.rule, declaration.header)
        let seen = fields(of: index, owner: owner) { (parser, field: RuleField, line) in
            let parts = parser.tokens(line)
            switch field {
            case .when:
                declaration.when = parser.condition(at: line)
            case .then:
                parser.rejectChildren(of: line)
                if let conclusion = parser.conclusion(at: line) { declaration.conclusions.append(conclusion) }
            case .salience:
                parser.rejectChildren(of: line)
                guard parts.count >= 2, case .number(let number) = parts[1].kind, let whole = Int(exactly: number),
                    abs(whole) <= 1_000_000
                else {
                    parser.expected(.salience, onLine: line, at: 1)
                    return
                }
                parser.rejectExtra(line, from: 2)
                declaration.salience = whole
            case .because:
                declaration.because = parser.text(at: line, owner: owner)
            }
        }
        requireFields(seen, owner: owner, at: declaration.header.span, line: index)
        return declaration
    }

    /// `then ATTRIBUTE = VALUE [with CERTAINTY]`.
    private mutating func conclusion(at index: Int) -> ConclusionSyntax? {
        let parts = tokens(index)
        guard parts.count >= 2, let attribute = parts[1].word else {
            expected(.conclusion, onLine: index, at: 1)
            return nil
        }
        guard parts.count >= 3, parts[2].isSymbol("=") else {
            expected(.conclusion, onLine: index, at: 2)
            return nil
        }
        guard parts.count >= 4 else {
            expected(.value(after: "="), onLine: index, at: 3)
            return nil
        }
        let value: ValueSyntax
        switch parts[3].kind {
        case .word(let word): value = ValueSyntax(kind: .word(word), raw: parts[3].raw, span: parts[3].span)
        case .number(let number): value = ValueSyntax(kind: .number(number), raw: parts[3].raw, span: parts[3].span)
        case .string, .symbol:
            expected(.value(after: "="), onLine: index, at: 3)
            return nil
        }
        var certainty = 1.0
        var certaintySpan: Span?
        if parts.count > 4 {
            guard parts[4].isWord("with") else {
                problems.add(.extraAfterConclusion(parts[4].raw), at: parts[4].span)
                return nil
            }
            guard parts.count >= 6, case .number(let number) = parts[5].kind else {
                expected(.certainty, onLine: index, at: 5)
                return nil
            }
            guard (-1...1).contains(number) else {
                problems.add(.certaintyOutOfRange(parts[5].raw), at: parts[5].span)
                return nil
            }
            guard number != 0 else {
                problems.add(.certaintyZero, at: parts[5].span)
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
        let owner = Owner(.constraint, declaration.header)
        let seen = fields(of: index, owner: owner) { (parser, field: ConstraintField, line) in
            switch field {
            case .when:
                declaration.when = parser.condition(at: line)
            case .because:
                declaration.because = parser.text(at: line, owner: owner)
            case .exclude, .adjust:
                parser.rejectChildren(of: line)
                declaration.actionSpan = parser.tokens(line)[0].span
                if let (selection, effect) = parser.action(at: line, adjusts: field == .adjust) {
                    declaration.selection = selection
                    declaration.effect = effect
                }
            }
        }
        if !seen.contains(.exclude), !seen.contains(.adjust), !hasMisindentation(under: index) {
            problems.add(.missingAction(of: owner), at: declaration.header.span)
        }
        requireFields(seen, owner: owner, at: declaration.header.span, line: index)
        return declaration
    }

    /// `exclude forms …` or `adjust forms … by CERTAINTY`.
    private mutating func action(
        at index: Int, adjusts: Bool
    ) -> (ConstraintDeclaration.Selection, ConstraintDeclaration.Effect)? {
        var parts = tokens(index)
        let verb = parts[0].raw
        var effect = ConstraintDeclaration.Effect.exclude
        if adjusts {
            let count = parts.count
            guard count >= 3, parts[count - 2].isWord("by"), case .number(let number) = parts[count - 1].kind else {
                problems.add(.expected(.adjustment(of: verb), found: nil), at: parts[count - 1].span.end)
                return nil
            }
            guard (-1...1).contains(number), number != 0 else {
                problems.add(.adjustmentOutOfRange(parts[count - 1].raw), at: parts[count - 1].span)
                return nil
            }
            effect = .adjust(number)
            parts.removeLast(2)
        }
        guard parts.count >= 2, parts[1].isWord("forms") else {
            problems.add(
                .expected(.formsKeyword(after: verb), found: parts.count >= 2 ? parts[1].raw : nil),
                at: parts.count >= 2 ? parts[1].span : parts[0].span.end)
            return nil
        }
        guard parts.count >= 3 else {
            problems.add(.expected(.formSelection, found: nil), at: parts[1].span.end)
            return nil
        }
        if parts[2].isWord("where") {
            let properties = FormProperty.allCases.map(\.rawValue)
            guard parts.count >= 4, let word = parts[3].word, let property = FormProperty(rawValue: word) else {
                let found = parts.count >= 4 ? parts[3].raw : nil
                problems.add(
                    .expected(
                        .formProperty, found: found, hint: found.flatMap { Hint.closest(to: $0, among: properties) }),
                    at: parts.count >= 4 ? parts[3].span : parts[2].span.end)
                return nil
            }
            guard parts.count >= 6, parts[4].isWord("is"), let value = parts[5].word, value == "yes" || value == "no"
            else {
                let position = min(parts.count, 6) - 1
                problems.add(
                    .expected(.propertyValue(after: word), found: nil),
                    at: position >= 4 ? parts[position].span : parts[3].span.end)
                return nil
            }
            if parts.count > 6 {
                problems.add(.extraToken(parts[6].raw), at: parts[6].span)
            }
            return (.property(property, value == "yes"), effect)
        }
        var names: [Name] = []
        for part in parts.dropFirst(2) {
            guard let word = part.word else {
                problems.add(.expected(.formID, found: part.raw), at: part.span)
                return nil
            }
            names.append(Name(text: word, span: part.span))
        }
        return (.forms(names), effect)
    }
}
