import Inference

/// An identifier as written, with its place.
struct Name: Hashable, Sendable {
    /// The identifier.
    let text: String
    /// Where it is.
    let span: Span
}

/// A value in a condition, a `default` or a `then`: a word (an id, `yes`, `no`) or a number.
struct ValueSyntax: Hashable, Sendable {
    /// The value's kind.
    enum Kind: Hashable, Sendable {
        /// A word: an id, `yes` or `no`.
        case word(String)
        /// A number.
        case number(Double)
    }

    /// The value.
    let kind: Kind
    /// As written.
    let raw: String
    /// Where it is.
    let span: Span
}

/// The operator of a test in a condition.
enum TestOperator: Hashable, Sendable {
    /// `=`
    case equals
    /// `!=`
    case notEquals
    /// `has`
    case has
    /// `<`, `<=`, `>`, `>=`
    case compare(Condition.Comparison)
    /// `is known`
    case isKnown
    /// `is unknown`
    case isUnknown

    /// As written.
    var text: String {
        switch self {
        case .equals: return "="
        case .notEquals: return "!="
        case .has: return "has"
        case .compare(let comparison): return comparison.rawValue
        case .isKnown: return "is known"
        case .isUnknown: return "is unknown"
        }
    }
}

/// One test of a condition: `NAME OP VALUE` or `NAME is known|unknown`.
struct TestSyntax: Hashable, Sendable {
    /// The attribute tested.
    let name: Name
    /// The operator.
    let op: TestOperator
    /// Where the operator is.
    let opSpan: Span
    /// The value, except for `is known` / `is unknown`.
    let value: ValueSyntax?
    /// The test's last token.
    let last: Span

    /// The whole test when it is on one line, else its name.
    var span: Span {
        guard last.file == name.span.file, last.line == name.span.line, last.column >= name.span.column else {
            return name.span
        }
        return Span(
            file: name.span.file, line: name.span.line, column: name.span.column,
            length: last.column + last.length - name.span.column)
    }

    /// The test as text, for messages: `x = a`.
    var text: String {
        if let value { return "\(name.text) \(op.text) \(value.raw)" }
        return "\(name.text) \(op.text)"
    }
}

/// A parsed condition.
indirect enum ConditionSyntax: Hashable, Sendable {
    /// A single test.
    case test(TestSyntax)
    /// Every part holds.
    case all([ConditionSyntax])
    /// Some part holds.
    case any([ConditionSyntax])
    /// The part does not hold.
    case not(ConditionSyntax)

    /// Every test in it, in written order.
    var tests: [TestSyntax] {
        switch self {
        case .test(let test): return [test]
        case .all(let parts), .any(let parts): return parts.flatMap(\.tests)
        case .not(let inner): return inner.tests
        }
    }
}

/// A `when` or `applies-when` condition with the keyword it follows.
struct WrittenCondition: Hashable, Sendable {
    /// The condition, or `nil` when it has a syntax error (already reported).
    let condition: ConditionSyntax?
    /// Every word in it, so a condition with a syntax error still counts as reading what it names.
    let words: [Name]
    /// The condition's tokens re-joined, as shown in listings.
    let source: String
    /// The keyword (`when`, `applies-when`).
    let keyword: Span
}
