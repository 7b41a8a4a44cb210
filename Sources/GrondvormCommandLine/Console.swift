/// The process's standard streams and terminal, as the command line sees them.
///
/// The executable passes the real terminal; tests pass a scripted double. Only the command line
/// sees the console: the consultation talks to the person through a `Conversation` the command
/// line builds on it.
public protocol Console: AnyObject {
    /// Reads one line from standard input without its line ending; `nil` at end of input.
    func readLine() -> String?
    /// Writes text to standard output (the product: the report, a listing, help).
    func write(_ text: String)
    /// Writes text to standard error (diagnostics, and the interview when it is not on standard output).
    func writeError(_ text: String)
    /// Whether standard input is an interactive terminal.
    var inputIsTerminal: Bool { get }
    /// Whether standard output is an interactive terminal.
    var outputIsTerminal: Bool { get }
    /// Whether standard error is an interactive terminal.
    var errorIsTerminal: Bool { get }
}
