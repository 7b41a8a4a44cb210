/// Control characters in text that comes from outside (answers, partner names, typed lines):
/// finding them, and showing them visibly instead of letting them reach a terminal or a document.
///
/// A control character here is any scalar of the C0 set (U+0000–U+001F, which includes escape,
/// BEL, NUL, tab and the line endings), DEL (U+007F), the C1 set (U+0080–U+009F), the line and
/// paragraph separators (U+2028, U+2029) and the bidirectional embeddings, overrides and isolates
/// (U+202A–U+202E, U+2066–U+2069), which can reorder what a reader sees.
public enum ControlCharacters {
    /// Whether `scalar` is a control character in the sense above.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The first control character in `text`, or `nil` when it has none.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public static func first(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isControl)
    }

    /// `text` with every control character replaced by its visible escape, such as `\u{1B}`
    /// for escape; all other characters, the backslash included, are kept as they are.
    ///
    /// - Complexity: O(*n*) in the length of `text`; a text without control characters is
    ///   returned as it is.
    public static func escaped(_ text: String) -> String {
        guard first(in: text) != nil else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result += visible(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The visible escape of one scalar: `\u{1B}`, upper-case hexadecimal, at least two digits.
    public static func visible(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "\\u{" + (hex.count < 2 ? "0" + hex : hex) + "}"
    }

    /// The scalar as `U+001B`, for messages that name a control character.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
