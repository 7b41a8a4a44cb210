/// Bad answers from an answers file or `--answer` flags: every problem at once.
///
/// Each problem is one sentence that names its source (the file, `<stdin>` or `--answer`), the
/// offending id and, when one is close, "did you mean". The command line prints
/// ``description`` and exits with 65 (`EX_DATAERR`).
public struct AnswerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems, one sentence each, in the order they were found.
    public let problems: [String]

    /// Creates an error from its problems.
    public init(problems: [String]) {
        self.problems = problems
    }

    /// The problems, one per line, without a trailing newline.
    public var description: String { problems.joined(separator: "\n") }
}
