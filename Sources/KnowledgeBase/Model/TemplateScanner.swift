/// Splits a text with placeholders into words and placeholders, with the offset of each part.
///
/// The one reading of the placeholder syntax: ``TextTemplate`` builds on it, and the parser uses
/// it on each string as written, so a problem points at its column.
enum TemplateScanner {
    /// One part of a text.
    struct Item: Equatable {
        /// What the part is.
        enum Kind: Equatable {
            /// Text without braces.
            case text(String)
            /// `{name}` or `{name:singular|plural}`.
            case placeholder(name: String, forms: Forms?)
            /// A `{` without a `}` after it; the scan ends here.
            case unterminated
            /// A `}` outside a placeholder.
            case unopened
            /// Braces that hold no valid placeholder (an empty name, or forms that are not two
            /// words separated by `|`), as written with the braces.
            case malformed(String)
        }

        /// The two forms after the `:` of a placeholder.
        struct Forms: Equatable {
            let singular: String
            let plural: String
        }

        let kind: Kind
        /// The offset of the part's first character, in Unicode scalars.
        let offset: Int
        /// The part's length, in Unicode scalars.
        let length: Int
    }

    /// The parts of `text`, in order; a problem is one part, and an unterminated `{` ends the list.
    ///
    /// Scans the UTF-8 bytes (braces are ASCII, so they never occur inside a multi-byte
    /// character) and counts Unicode scalars as it goes for the offsets: the shipped base's
    /// texts are decoded at every start, so this stays a single cheap pass.
    ///
    /// - Complexity: O(n) in the length of `text`.
    static func scan(_ text: String) -> [Item] {
        let bytes = Array(text.utf8)
        var items: [Item] = []
        // Byte positions, and the scalar offsets that go with them.
        var start = 0
        var startScalar = 0
        var index = 0
        var scalar = 0
        func string(_ range: Range<Int>) -> String {
            String(decoding: bytes[range], as: UTF8.self)
        }
        func flushText() {
            if index > start {
                items.append(
                    Item(kind: .text(string(start..<index)), offset: startScalar, length: scalar - startScalar))
            }
        }
        /// Whether `byte` starts a scalar (it is not a UTF-8 continuation byte).
        func startsScalar(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"):
                flushText()
                var close = index + 1
                var closeScalar = scalar + 1
                while close < bytes.count, bytes[close] != UInt8(ascii: "}"), bytes[close] != UInt8(ascii: "{") {
                    if startsScalar(bytes[close]) { closeScalar += 1 }
                    close += 1
                }
                guard close < bytes.count, bytes[close] == UInt8(ascii: "}") else {
                    items.append(Item(kind: .unterminated, offset: scalar, length: 1))
                    return items
                }
                items.append(
                    Item(
                        kind: placeholder(bytes[(index + 1)..<close]), offset: scalar,
                        length: closeScalar + 1 - scalar))
                index = close + 1
                scalar = closeScalar + 1
                start = index
                startScalar = scalar
            case UInt8(ascii: "}"):
                flushText()
                items.append(Item(kind: .unopened, offset: scalar, length: 1))
                index += 1
                scalar += 1
                start = index
                startScalar = scalar
            default:
                index += 1
                // A scalar ends where the next one starts (or at the end of the text).
                if index == bytes.count || startsScalar(bytes[index]) { scalar += 1 }
            }
        }
        flushText()
        return items
    }

    /// The placeholder between a pair of braces, from its UTF-8 bytes (`:` and `|` are ASCII).
    private static func placeholder(_ inner: ArraySlice<UInt8>) -> Item.Kind {
        func string(_ bytes: ArraySlice<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
        let malformed = Item.Kind.malformed("{" + string(inner) + "}")
        guard let colon = inner.firstIndex(of: UInt8(ascii: ":")) else {
            return inner.isEmpty ? malformed : .placeholder(name: string(inner), forms: nil)
        }
        let name = inner[..<colon]
        let forms = inner[(colon + 1)...].split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
        guard !name.isEmpty, forms.count == 2, !forms[0].isEmpty, !forms[1].isEmpty else { return malformed }
        return .placeholder(
            name: string(name), forms: Item.Forms(singular: string(forms[0]), plural: string(forms[1])))
    }
}
