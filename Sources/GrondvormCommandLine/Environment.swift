/// The parts of the process environment the command line reads, captured once in `main`.
public struct Environment: Sendable, Hashable {
    /// The environment variables.
    public var variables: [String: String]
    /// The working directory, for resolving relative paths.
    public var currentDirectory: String
    /// When the process started, in seconds since 1970-01-01 UTC (the report's date when
    /// `SOURCE_DATE_EPOCH` is not set); `nil` when no clock was read (the report has no date).
    public var startTime: Int?

    /// Creates an environment.
    public init(variables: [String: String], currentDirectory: String, startTime: Int? = nil) {
        self.variables = variables
        self.currentDirectory = currentDirectory
        self.startTime = startTime
    }
}
