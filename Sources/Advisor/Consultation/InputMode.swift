/// How the consultation obtains answers it does not have yet.
public enum InputMode: Sendable, Hashable {
    /// Standard input and output are terminals (and not CI): prompt, with numbered options,
    /// hints and the commands (`?`, `hoe`, `terug`, …).
    case interactive
    /// Standard input is not a terminal and no `--answers` was given: read the answers line by
    /// line, exactly as they would be typed at the prompt.
    case lineByLine
    /// `--no-input`, or `--answers` given while standard input is not a terminal: never prompt;
    /// a missing relevant answer ends the consultation with exit 65 and lists every missing one.
    case noPrompt
}
