import Advisor

/// The interview's conversation on the process's streams: shown on standard error, typed on
/// standard input.
///
/// The person is where standard error is: the terminal, in an interactive run. Standard output is
/// never used, in any format, so that it carries only the report: `grondvorm > report.txt` shows
/// the interview on the terminal and writes the report alone to the file.
final class ConsoleConversation: Conversation {
    private let console: any Console

    /// The conversation on `console`.
    init(console: any Console) {
        self.console = console
    }

    func write(_ text: String) {
        console.writeError(text)
    }

    func readLine() -> String? {
        console.readLine()
    }
}
