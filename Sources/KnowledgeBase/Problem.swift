/// A place in a knowledge file: file index, 1-based line and column, and length in characters.
struct Span: Hashable, Sendable {
    /// The index of the file among the files loaded.
    var file: Int
    /// The 1-based line.
    var line: Int
    /// The 1-based column, counted in Unicode scalars.
    var column: Int
    /// The length of the token in Unicode scalars.
    var length: Int

    /// The position right after this span, one character long (for "expected … here").
    var end: Span { Span(file: file, line: line, column: column + length, length: 1) }
}

/// A problem found before it is rendered: a message and the span it points at.
struct Problem: Error, Hashable, Sendable {
    /// The message, as ``Diagnostic/message``.
    let message: String
    /// The offending token.
    let span: Span
}

/// The problems found so far, in the order found.
struct Problems: Sendable {
    /// Every problem reported.
    private(set) var list: [Problem] = []

    /// Records a problem.
    mutating func add(_ message: String, at span: Span) {
        list.append(Problem(message: message, span: span))
    }

    /// Records a problem that was thrown.
    mutating func add(_ problem: Problem) {
        list.append(problem)
    }

    /// Appends other problems.
    mutating func append(_ other: Problems) {
        list.append(contentsOf: other.list)
    }

    /// Whether nothing was reported.
    var isEmpty: Bool { list.isEmpty }
}
