import Inference
import Utilities

/// The parser of `divergence`, and of the texts with placeholders it holds.
extension Parser {
    /// The largest distance between two positions on the -1…1 square: its diagonal, 2√2.
    static let maximumDistance = 2 * 2.0.squareRoot()

    mutating func parseDivergence(at index: Int) -> DivergenceDeclaration {
        var declaration = DivergenceDeclaration(header: header(at: index))
        let owner = Owner(.divergence, declaration.header)
        let seen = fields(of: index, owner: owner) { (parser, field: DivergenceField, line) in
            let parts = parser.tokens(line)
            switch field {
            case .level:
                parser.rejectChildren(of: line)
                let levels = Divergence.Level.allCases.map(\.rawValue)
                guard parts.count >= 2, let word = parts[1].word, let level = Divergence.Level(rawValue: word) else {
                    parser.expected(.divergenceLevel, onLine: line, at: 1, suggesting: levels)
                    return
                }
                parser.rejectExtra(line, from: 2)
                declaration.level = level
            case .source:
                parser.rejectChildren(of: line)
                guard parts.count >= 2, case .string(let source) = parts[1].kind, !source.isEmpty else {
                    parser.expected(.source, onLine: line, at: 1)
                    return
                }
                parser.rejectExtra(line, from: 2)
                declaration.source = source
            case .one:
                declaration.one = parser.condition(at: line)
            case .other:
                declaration.other = parser.condition(at: line)
            case .compares:
                parser.rejectChildren(of: line)
                declaration.comparesKeyword = parts[0].span
                declaration.comparison = parser.comparison(at: line)
            case .title:
                declaration.title = parser.template(at: line, owner: owner)
            case .finding:
                declaration.finding = parser.template(at: line, owner: owner)
            case .starter:
                declaration.starter = parser.template(at: line, owner: owner)
            }
        }
        requireFields(seen, owner: owner, at: declaration.header.span, line: index)
        if !hasMisindentation(under: index) {
            let hasConditions = seen.contains(.one) || seen.contains(.other)
            if let compares = declaration.comparesKeyword {
                if hasConditions { problems.add(.comparesWithConditions(owner), at: compares) }
            } else if !hasConditions {
                problems.add(.divergenceWithoutTest(owner), at: declaration.header.span)
            } else {
                for field in [DivergenceField.one, .other] where !seen.contains(field) {
                    problems.add(.missingField(field.rawValue, of: owner), at: declaration.header.span)
                }
            }
        }
        return declaration
    }

    /// `compares quadrants | positions > DISTANCE | archetypes`.
    private mutating func comparison(at index: Int) -> ComparisonSyntax? {
        let parts = tokens(index)
        let words = ComparesKeyword.allCases.map(\.rawValue)
        guard parts.count >= 2, let word = parts[1].word, let keyword = ComparesKeyword(rawValue: word) else {
            expected(.comparison, onLine: index, at: 1, suggesting: words)
            return nil
        }
        let test: Divergence.Test
        switch keyword {
        case .quadrants:
            rejectExtra(index, from: 2)
            test = .quadrants
        case .archetypes:
            rejectExtra(index, from: 2)
            test = .archetypes
        case .positions:
            guard parts.count >= 3, parts[2].isSymbol(">") else {
                expected(.positionsThreshold, onLine: index, at: 2)
                return nil
            }
            guard parts.count >= 4, case .number(let threshold) = parts[3].kind else {
                expected(.number(after: ">"), onLine: index, at: 3)
                return nil
            }
            guard threshold > 0, threshold < Self.maximumDistance else {
                problems.add(.distanceOutOfRange(parts[3].raw), at: parts[3].span)
                return nil
            }
            rejectExtra(index, from: 4)
            test = .positions(threshold: threshold)
        }
        return ComparisonSyntax(keyword: parts[0].span, test: test)
    }

    /// A two-language text with placeholders on line `index`: the text as ``text(at:owner:)``
    /// reads it, and the placeholders of each string, checked for their form where they are
    /// written (a problem points at its column; a placeholder never spans two strings).
    ///
    /// - Returns: The text (`nil` when it or a placeholder has a problem, reported) and its
    ///   well-formed placeholders.
    mutating func template(at index: Int, owner: Owner) -> TemplateSyntax {
        let keyword = tokens(index)[0].span
        let text = self.text(at: index, owner: owner)
        var strings: [Token] = []
        for child in children(of: index) {
            let line = tokens(child)
            if line.count >= 2, case .string = line[1].kind { strings.append(line[1]) }
            for continuation in children(of: child) {
                let first = tokens(continuation)[0]
                if case .string = first.kind { strings.append(first) }
            }
        }
        var placeholders: [TemplateSyntax.Placeholder] = []
        var isBroken = false
        for string in strings {
            for item in TemplateScanner.scan(string.raw) {
                var span = string.span
                span.column += item.offset
                span.length = item.length
                switch item.kind {
                case .text:
                    continue
                case .placeholder(let name, let forms):
                    placeholders.append(.init(name: name, hasForms: forms != nil, span: span))
                case .unterminated:
                    problems.add(.unterminatedPlaceholder, at: span)
                    isBroken = true
                case .unopened:
                    problems.add(.unopenedPlaceholder, at: span)
                    isBroken = true
                case .malformed(let written):
                    problems.add(.malformedPlaceholder(written), at: span)
                    isBroken = true
                }
            }
        }
        return TemplateSyntax(keyword: keyword, text: isBroken ? nil : text, placeholders: placeholders)
    }
}
