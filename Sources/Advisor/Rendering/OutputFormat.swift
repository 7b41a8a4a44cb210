/// The form in which a report or listing is written.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Plain text for a terminal, optionally coloured (see ``TextStyle``).
    case text
    /// Exactly one JSON object, byte-stable for the same input.
    case json
    /// A Markdown document.
    case markdown
    /// A self-contained HTML page.
    case html
}
