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
    /// - Complexity: O(n) in the length of `text`.
    static func scan(_ text: String) -> [Item] {
        let scalars = Array(text.unicodeScalars)
        var items: [Item] = []
        var start = 0
        var index = 0
        func flushText() {
            if index > start {
                var piece = String.UnicodeScalarView()
                piece.append(contentsOf: scalars[start..<index])
                items.append(Item(kind: .text(String(piece)), offset: start, length: index - start))
            }
        }
        while index < scalars.count {
            switch scalars[index] {
            case "{":
                flushText()
                guard let close = scalars[(index + 1)...].firstIndex(where: { $0 == "}" || $0 == "{" }),
                    scalars[close] == "}"
                else {
                    items.append(Item(kind: .unterminated, offset: index, length: 1))
                    return items
                }
                var inner = String.UnicodeScalarView()
                inner.append(contentsOf: scalars[(index + 1)..<close])
                items.append(Item(kind: placeholder(String(inner)), offset: index, length: close + 1 - index))
                index = close + 1
                start = index
            case "}":
                flushText()
                items.append(Item(kind: .unopened, offset: index, length: 1))
                index += 1
                start = index
            default:
                index += 1
            }
        }
        flushText()
        return items
    }

    /// The placeholder between a pair of braces.
    private static func placeholder(_ inner: String) -> Item.Kind {
        let malformed = Item.Kind.malformed("{" + inner + "}")
        guard let colon = inner.firstIndex(of: ":") else {
            return inner.isEmpty ? malformed : .placeholder(name: inner, forms: nil)
        }
        let name = String(inner[..<colon])
        let forms = inner[inner.index(after: colon)...].split(separator: "|", omittingEmptySubsequences: false)
        guard !name.isEmpty, forms.count == 2, !forms[0].isEmpty, !forms[1].isEmpty else { return malformed }
        return .placeholder(name: name, forms: Item.Forms(singular: String(forms[0]), plural: String(forms[1])))
    }
}
