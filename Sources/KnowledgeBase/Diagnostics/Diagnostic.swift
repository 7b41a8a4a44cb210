/// An error found in the knowledge files, with the place it points at.
///
/// A diagnostic renders like a compiler message: the location and message, then the source line
/// verbatim, then a caret line that marks the offending token:
///
/// ```
/// Knowledge/rules.gvk:12:8: error: unknown question 'motieve'; did you mean 'motieven'?
///   when motieve has kosten-besparen
///        ^~~~~~~
/// ```
///
/// Columns count Unicode scalars (code points) from 1. The caret line repeats every tab of the
/// source line before the column, so the caret lines up in a terminal. A line longer than 240
/// characters is shown as an excerpt around the column, with `…` where it was cut. A diagnostic
/// that belongs to no line (line `0`, for example when no file was given at all) renders as its
/// first line only.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is: path, 1-based line and 1-based column.
    public let location: SourceLocation
    /// The message, a sentence without a final period, quoting offending tokens in single quotes.
    public let message: String
    /// The source line the location is on, verbatim (without its line ending). Characters that
    /// would disturb a terminal (control characters other than tab, bytes that are not UTF-8) are
    /// shown as U+FFFD; a line longer than 240 characters is shortened to an excerpt around the
    /// column.
    public let sourceLine: String
    /// How many characters, from the column on, the offending token covers (at least 1).
    public let length: Int
    /// The column of the caret within ``sourceLine`` (differs from the location's column only
    /// when the line is an excerpt).
    let lineColumn: Int

    /// Creates a diagnostic.
    ///
    /// - Parameters:
    ///   - location: The location of the offending token.
    ///   - message: The message, quoting tokens in single quotes.
    ///   - sourceLine: The line the location is on, as it should be shown.
    ///   - length: The token's length in characters; values below 1 count as 1.
    public init(location: SourceLocation, message: String, sourceLine: String, length: Int) {
        self.init(
            location: location, message: message, sourceLine: sourceLine, lineColumn: location.column, length: length)
    }

    private init(location: SourceLocation, message: String, sourceLine: String, lineColumn: Int, length: Int) {
        self.location = location
        self.message = message
        self.sourceLine = sourceLine
        self.lineColumn = lineColumn
        self.length = max(1, length)
    }

    /// Creates a diagnostic for a line of any length, shortening a long line to an excerpt.
    ///
    /// - Parameters:
    ///   - fullLine: The whole line.
    ///   - scalars: The same line as scalars (shared between diagnostics on one line).
    init(location: SourceLocation, message: String, fullLine: String, scalars: [Unicode.Scalar], length: Int) {
        let limit = 240
        guard scalars.count > limit else {
            self.init(location: location, message: message, sourceLine: fullLine, length: length)
            return
        }
        let column = max(1, location.column)
        let start = max(0, min(column - 1 - 80, scalars.count - limit))
        let end = min(scalars.count, start + limit)
        var excerpt = String.UnicodeScalarView()
        if start > 0 { excerpt.append("…") }
        excerpt.append(contentsOf: scalars[start..<end])
        if end < scalars.count { excerpt.append("…") }
        self.init(
            location: location, message: message, sourceLine: String(excerpt),
            lineColumn: column - start + (start > 0 ? 1 : 0), length: min(length, end - (column - 1)))
    }

    /// `path:line:col: error: message`, then the source line, then the caret line.
    public var description: String {
        guard location.line > 0 else {
            return location.path.isEmpty ? "error: \(message)" : "\(location.path): error: \(message)"
        }
        return "\(location): error: \(message)\n\(sourceLine)\n\(caretLine)"
    }

    /// Spaces (or the source line's tabs) up to the column, `^`, then `~` for the rest of the token.
    var caretLine: String {
        var caret = ""
        var remaining = max(0, lineColumn - 1)
        for scalar in sourceLine.unicodeScalars where remaining > 0 {
            caret.unicodeScalars.append(scalar == "\t" ? "\t" : " ")
            remaining -= 1
        }
        caret += String(repeating: " ", count: remaining)
        caret += "^"
        caret += String(repeating: "~", count: length - 1)
        return caret
    }
}
