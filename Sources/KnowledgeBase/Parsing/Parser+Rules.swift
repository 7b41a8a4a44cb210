import Inference
import Utilities

/// The parser of `rule`.
extension Parser {
    mutating func parseRule(at index: Int) -> RuleDeclaration {
        var declaration = RuleDeclaration(header: header(at: index))
        let owner = Owner(.rule, declaration.header)
        let seen = fields(of: index, owner: owner) { (parser, field: RuleField, line) in
            switch field {
            case .when:
                declaration.when = parser.condition(at: line)
            case .then:
                parser.rejectChildren(of: line)
                if let conclusion = parser.conclusion(at: line) { declaration.conclusions.append(conclusion) }
            case .salience:
                if let salience = parser.wholeNumber(onLine: line, in: -1_000_000...1_000_000, else: .salience) {
                    declaration.salience = salience
                }
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

}
