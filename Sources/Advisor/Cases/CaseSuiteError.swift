/// Case files that cannot be used: every problem of every file at once.
///
/// The command line prints ``description`` and exits with 65 (`EX_DATAERR`).
public struct CaseSuiteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems, in file order.
    public let problems: [CaseFileProblem]

    /// Creates an error from its problems.
    public init(problems: [CaseFileProblem]) {
        self.problems = problems
    }

    /// The problems, one per line, without a trailing newline.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
