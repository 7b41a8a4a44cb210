/// Text quoted back to the person, kept short: a message never repeats a huge input whole.
///
/// A message that quotes what was typed or read (`I don't understand 'x'`, `unknown key 'x'`)
/// quotes at most ``maximumLength`` characters: a longer text is cut and ends with `…` and the
/// number of characters left out, so a 1 MB line or a 50 MB name gives a message of one line.
public enum Excerpt {
    /// The most characters of a text a message quotes.
    public static let maximumLength = 80

    /// `text` when it has at most `maximumLength` characters, else its start followed by
    /// `… (N more characters)`.
    ///
    /// - Parameters:
    ///   - text: The text to quote.
    ///   - maximumLength: The most characters kept; at least 1.
    /// - Returns: The text or its start; the count of characters left out is exact.
    /// - Complexity: O(*n*) in the length of `text`, once; O(`maximumLength`) when it is short.
    public static func of(_ text: String, maximumLength: Int = Excerpt.maximumLength) -> String {
        // Bytes bound characters from above: a short text in bytes needs no counting.
        guard text.utf8.count > maximumLength else { return text }
        let end = text.index(text.startIndex, offsetBy: maximumLength, limitedBy: text.endIndex) ?? text.endIndex
        guard end < text.endIndex else { return text }
        let omitted = text[end...].count
        return text[..<end] + "… (\(omitted) more \(omitted == 1 ? "character" : "characters"))"
    }
}
