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
    /// Why writing to standard output failed, in the system's words (for example `No space left on
    /// device` for `> /dev/full`), or `nil` while every write succeeded.
    var outputFailure: String? { get }
}

extension Console {
    /// No write failure: a console that cannot fail, such as a test double.
    public var outputFailure: String? { nil }
}
