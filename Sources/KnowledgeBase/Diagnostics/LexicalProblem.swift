/// A problem found while splitting a file into lines and tokens, or while checking its encoding.
enum LexicalProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file holds bytes that are not UTF-8 (reported once, at the first bad byte).
    case notUTF8
    /// A tab in a line's indentation.
    case tabInIndentation
    /// An indentation that is not a multiple of two spaces.
    case oddIndentation(spaces: Int)
    /// The first line of a file is indented.
    case indentedFirstLine
    /// A line indented more than one level deeper than the line above it.
    case indentedTooDeep(maximumSpaces: Int)
    /// A tab between tokens.
    case tab
    /// A string without its closing quote on the same line.
    case unterminatedString
    /// A backslash in a string that is not `\"` or `\\`.
    case unknownEscape
    /// A tab inside a string.
    case tabInString
    /// Another control character inside a string, by code point.
    case controlCharacterInString(UInt32)
    /// A control character outside strings, by code point.
    case controlCharacter(UInt32)
    /// A character that starts no token.
    case unexpectedCharacter(String)

    /// The message.
    var description: String {
        switch self {
        case .notUTF8:
            return "file is not valid UTF-8 text"
        case .tabInIndentation:
            return "tab character in indentation; indent with two spaces per level"
        case .oddIndentation(let spaces):
            return "indentation of \(spaces) spaces is not a multiple of two"
        case .indentedFirstLine:
            return "unexpected indentation; the first line of a file starts at column 1"
        case .indentedTooDeep(let maximum):
            return "line is indented too deep; expected at most \(maximum) spaces"
        case .tab:
            return "tab character; use spaces"
        case .unterminatedString:
            return "unterminated string; close it with '\"' on the same line"
        case .unknownEscape:
            return "unknown escape in string; write '\\\"' for a quote and '\\\\' for a backslash"
        case .tabInString:
            return "tab character in string; use spaces"
        case .controlCharacterInString(let value):
            return "unexpected control character \(Self.codePoint(value)) in string"
        case .controlCharacter(let value):
            return "unexpected control character \(Self.codePoint(value))"
        case .unexpectedCharacter(let character):
            return "unexpected character '\(character)'"
        }
    }

    /// `U+0007` style.
    private static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
