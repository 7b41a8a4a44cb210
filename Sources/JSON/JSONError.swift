/// Why a JSON text could not be read, with the 1-based line and column of the problem.
public struct JSONError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line of the problem.
    public let line: Int
    /// The 1-based column (in bytes) of the problem.
    public let column: Int
    /// What is wrong, as a sentence fragment: `expected ',' or '}' after an object member`.
    public let message: String

    /// Creates an error.
    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// `line 3, column 7: expected ',' or '}' after an object member`.
    public var description: String { "line \(line), column \(column): \(message)" }
}
