/// The process's standard streams and terminal, as the advisor sees them.
///
/// The executable passes the real terminal; tests pass a scripted double. Nothing in the
/// `Advisor` library touches the process directly.
public protocol Console: AnyObject {
    /// Reads one line from standard input without its line ending; `nil` at end of input.
    func readLine() -> String?
    /// Writes text to standard output (the product: questions, recommendation, JSON).
    func write(_ text: String)
    /// Writes text to standard error (diagnostics, and prompts when stdout carries JSON).
    func writeError(_ text: String)
    /// Whether standard input is an interactive terminal.
    var inputIsTerminal: Bool { get }
    /// Whether standard output is an interactive terminal.
    var outputIsTerminal: Bool { get }
    /// Whether standard error is an interactive terminal.
    var errorIsTerminal: Bool { get }
}
