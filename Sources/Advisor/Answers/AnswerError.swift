public import KnowledgeBase

/// Bad answers from an answers file or `--answer` flags: every problem at once.
///
/// The error is a model: each ``AnswerProblem`` names its source (the file, `<stdin>` or
/// `--answer`), the offending id and, when one is close, "did you mean". Whoever shows it renders
/// the problems in the user's language with ``sentences(in:)``; the command line prints one
/// `error: …` line per problem and exits with 65 (`EX_DATAERR`).
public struct AnswerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems, in the order they were found; never empty when thrown.
    public let problems: [AnswerProblem]

    /// Creates an error from its problems.
    ///
    /// - Parameter problems: The problems, in the order found.
    public init(problems: [AnswerProblem]) {
        self.problems = problems
    }

    /// Creates an error from one problem.
    ///
    /// - Parameter problem: The problem.
    public init(_ problem: AnswerProblem) {
        self.problems = [problem]
    }

    /// The problems as sentences in `language`, one per problem, in order.
    ///
    /// - Parameter language: The language of the sentences.
    /// - Returns: One sentence per problem, without a line ending.
    /// - Complexity: O(*n*) for *n* problems.
    public func sentences(in language: Language) -> [String] {
        problems.map { $0.sentence(in: language) }
    }

    /// The problems in English, one per line, without a trailing newline.
    public var description: String { sentences(in: .en).joined(separator: "\n") }
}
