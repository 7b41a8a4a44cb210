import Advisor
/// The interview's conversation on the process's streams.
///
/// The person reads what the interview says on the stream ``usesStandardOutput`` chooses and
/// types on standard input.
final class ConsoleConversation: Conversation {
    private let console: any Console
    /// Whether the interview is shown on standard output (else on standard error).
    let usesStandardOutput: Bool

    /// The conversation on `console`, shown on standard output or on standard error.
    init(console: any Console, usesStandardOutput: Bool) {
        self.console = console
        self.usesStandardOutput = usesStandardOutput
    }

    func write(_ text: String) {
        if usesStandardOutput {
            console.write(text)
        } else {
            console.writeError(text)
        }
    }

    func readLine() -> String? {
        console.readLine()
    }
}
