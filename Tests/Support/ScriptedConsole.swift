public import GrondvormCommandLine

/// A console for tests: scripted input lines, recorded output, chosen terminal flags.
public final class ScriptedConsole: Console {
    private var input: [String]
    /// Everything written to standard output.
    public private(set) var output = ""
    /// Everything written to standard error.
    public private(set) var errors = ""
    public let inputIsTerminal: Bool
    public let outputIsTerminal: Bool
    public let errorIsTerminal: Bool

    /// A console that reads `input` line by line and says which streams are terminals.
    public init(
        input: [String] = [], inputIsTerminal: Bool = false, outputIsTerminal: Bool = false,
        errorIsTerminal: Bool = false
    ) {
        self.input = input
        self.inputIsTerminal = inputIsTerminal
        self.outputIsTerminal = outputIsTerminal
        self.errorIsTerminal = errorIsTerminal
    }

    public func readLine() -> String? {
        input.isEmpty ? nil : input.removeFirst()
    }

    public func write(_ text: String) { output += text }
    public func writeError(_ text: String) { errors += text }

    /// Lines not read yet.
    public var unread: [String] { input }
}
