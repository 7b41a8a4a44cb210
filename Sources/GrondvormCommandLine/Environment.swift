/// The parts of the process environment the command line reads, captured once in `main`.
public struct Environment: Sendable, Hashable {
    /// The environment variables.
    public var variables: [String: String]
    /// The working directory, for resolving relative paths.
    public var currentDirectory: String

    /// Creates an environment.
    public init(variables: [String: String], currentDirectory: String) {
        self.variables = variables
        self.currentDirectory = currentDirectory
    }
}
