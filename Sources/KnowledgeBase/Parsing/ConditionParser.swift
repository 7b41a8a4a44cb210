import Inference
import Utilities

/// Parses the tokens of a `when` or `applies-when` condition.
///
/// ```
/// condition := and ("or" and)*
/// and       := unary ("and" unary)*
/// unary     := "not" unary | "(" condition ")" | test
/// test      := NAME ("=" | "!=" | "has") VALUE | NAME ("<" | "<=" | ">" | ">=") NUMBER
///            | NAME "is" ("known" | "unknown")
/// ```
///
/// Parentheses and `not` may nest at most ``maximumDepth`` levels, so no input can exhaust the
/// stack. The first syntax error ends the parse.
struct ConditionParser {
    /// How deeply parentheses and `not` may nest.
    static let maximumDepth = 64

    private let tokens: [Token]
    private let endSpan: Span
    private var index = 0
    private var depth = 0

    /// Parses `tokens`, which follow `keyword` (possibly over several lines).
    ///
    /// - Throws: The first syntax problem.
    static func parse(_ tokens: [Token], after keyword: Token) throws(Problem) -> ConditionSyntax {
        guard let last = tokens.last else {
            throw Problem(kind: .syntax(.expected(.condition(after: keyword.raw), found: nil)), span: keyword.span.end)
        }
        var parser = ConditionParser(tokens: tokens, endSpan: last.span.end)
        let condition = try parser.parseOr()
        if parser.index < tokens.count {
            let token = tokens[parser.index]
            if token.isSymbol(")") {
                throw Problem(kind: .syntax(.unmatchedParenthesis), span: token.span)
            }
            throw Problem(kind: .syntax(.tokenAfterTest(token.raw)), span: token.span)
        }
        return condition
    }

    private init(tokens: [Token], endSpan: Span) {
        self.tokens = tokens
        self.endSpan = endSpan
    }

    private var current: Token? { index < tokens.count ? tokens[index] : nil }

    private mutating func parseOr() throws(Problem) -> ConditionSyntax {
        var parts = [try parseAnd()]
        while let token = current, token.isWord("or") {
            index += 1
            parts.append(try parseAnd())
        }
        return parts.count == 1 ? parts[0] : .any(parts)
    }

    private mutating func parseAnd() throws(Problem) -> ConditionSyntax {
        var parts = [try parseUnary()]
        while let token = current, token.isWord("and") {
            index += 1
            parts.append(try parseUnary())
        }
        return parts.count == 1 ? parts[0] : .all(parts)
    }

    private mutating func parseUnary() throws(Problem) -> ConditionSyntax {
        guard let token = current else {
            throw Problem(kind: .syntax(.expected(.testAtEnd, found: nil)), span: endSpan)
        }
        guard token.isWord("not") || token.isSymbol("(") else { return .test(try parseTest()) }
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            throw Problem(kind: .syntax(.nestedTooDeep(limit: Self.maximumDepth)), span: token.span)
        }
        if token.isWord("not") {
            index += 1
            return .not(try parseUnary())
        }
        index += 1
        let inner = try parseOr()
        guard let closing = current, closing.isSymbol(")") else {
            throw Problem(
                kind: .syntax(.expected(.closingParenthesis(column: token.span.column), found: current?.raw)),
                span: current?.span ?? endSpan)
        }
        index += 1
        return inner
    }

    private mutating func parseTest() throws(Problem) -> TestSyntax {
        guard let nameToken = current, let name = nameToken.word, !["and", "or"].contains(name) else {
            throw Problem(kind: .syntax(.expected(.test, found: current?.raw ?? "")), span: current?.span ?? endSpan)
        }
        index += 1
        guard let opToken = current else {
            throw Problem(kind: .syntax(.expected(.testOperator(after: name), found: nil)), span: endSpan)
        }
        let op: TestOperator
        switch opToken.kind {
        case .symbol("="): op = .equals
        case .symbol("!="): op = .notEquals
        case .symbol("<"): op = .compare(.less)
        case .symbol("<="): op = .compare(.lessOrEqual)
        case .symbol(">"): op = .compare(.greater)
        case .symbol(">="): op = .compare(.greaterOrEqual)
        case .word("has"): op = .has
        case .word("is"):
            index += 1
            guard let state = current, let word = state.word, word == "known" || word == "unknown" else {
                let hint = current.flatMap { Hint.closest(to: $0.raw, among: ["known", "unknown"]) }
                throw Problem(
                    kind: .syntax(.expected(.knownOrUnknown, found: current?.raw, hint: hint)),
                    span: current?.span ?? endSpan)
            }
            index += 1
            return TestSyntax(
                name: Name(text: name, span: nameToken.span), op: word == "known" ? .isKnown : .isUnknown,
                opSpan: opToken.span, value: nil, last: state.span)
        case .word, .symbol, .string, .number:
            let hint = Hint.closest(to: opToken.raw, among: ["has", "is"])
            throw Problem(
                kind: .syntax(.expected(.testOperator(after: name), found: opToken.raw, hint: hint)),
                span: opToken.span)
        }
        index += 1
        guard let valueToken = current else {
            throw Problem(kind: .syntax(.expected(.value(after: opToken.raw), found: nil)), span: endSpan)
        }
        let value: ValueSyntax
        switch valueToken.kind {
        case .word(let word) where !["and", "or", "not"].contains(word):
            value = ValueSyntax(kind: .word(word), raw: valueToken.raw, span: valueToken.span)
        case .number(let number):
            value = ValueSyntax(kind: .number(number), raw: valueToken.raw, span: valueToken.span)
        case .word, .string, .symbol:
            throw Problem(
                kind: .syntax(.expected(.value(after: opToken.raw), found: valueToken.raw)), span: valueToken.span)
        }
        if case .compare = op, case .word = value.kind {
            throw Problem(
                kind: .syntax(.expected(.number(after: opToken.raw), found: valueToken.raw)), span: valueToken.span)
        }
        index += 1
        return TestSyntax(
            name: Name(text: name, span: nameToken.span), op: op, opSpan: opToken.span, value: value,
            last: valueToken.span)
    }
}
