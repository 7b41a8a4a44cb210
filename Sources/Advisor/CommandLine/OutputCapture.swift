/// A console that keeps the report for a file (`--output`) and passes everything else through.
///
/// Two ways to tell the report apart:
/// - ``Mode/everything``: all of standard output is the report (no prompts on standard output:
///   nothing is asked, or the format is not text, so prompts go to standard error).
/// - ``Mode/lastWrite``: a text interview writes its prompts to standard output and then the
///   report in one final write (``Consultation/run(knowledge:settings:console:)`` does so); the
///   prompts and the report are shown on the terminal as usual, and the last write is kept for
///   the file.
final class OutputCapture: Console {
    /// Which writes are the report.
    enum Mode {
        /// Every write to standard output.
        case everything
        /// The last write to standard output; all writes also reach the real standard output.
        case lastWrite
    }

    private let console: any Console
    private let mode: Mode
    /// The report so far.
    private(set) var output = ""

    /// Wraps `console`.
    init(_ console: any Console, mode: Mode) {
        self.console = console
        self.mode = mode
    }

    func readLine() -> String? { console.readLine() }

    func write(_ text: String) {
        switch mode {
        case .everything:
            output += text
        case .lastWrite:
            output = text
            console.write(text)
        }
    }

    func writeError(_ text: String) { console.writeError(text) }
    var inputIsTerminal: Bool { console.inputIsTerminal }
    var outputIsTerminal: Bool {
        switch mode {
        case .everything: return false
        case .lastWrite: return console.outputIsTerminal
        }
    }
    var errorIsTerminal: Bool { console.errorIsTerminal }
}
