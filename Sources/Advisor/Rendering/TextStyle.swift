/// Terminal styling, decided once by the command line.
///
/// Colour is used only on a terminal, never with `NO_COLOR`, `--no-color` or `TERM=dumb`; the
/// command line decides and passes the result down, so nothing here reads the environment.
public struct TextStyle: Sendable, Hashable {
    /// Whether text output may contain ANSI colour escapes.
    public var usesColor: Bool

    /// Creates a style.
    ///
    /// - Parameter usesColor: Whether text output may contain ANSI colour escapes.
    public init(usesColor: Bool) {
        self.usesColor = usesColor
    }

    /// No colour at all.
    public static let plain = TextStyle(usesColor: false)

    /// `text` in bold when colour is on (headings), else unchanged.
    func bold(_ text: String) -> String {
        usesColor ? "\u{1B}[1m" + text + "\u{1B}[0m" : text
    }

    /// `text` in bold yellow when colour is on (the plot's marks), else unchanged.
    func highlighted(_ text: String) -> String {
        usesColor ? "\u{1B}[1;33m" + text + "\u{1B}[0m" : text
    }
}
