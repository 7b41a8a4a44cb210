/// One token of a knowledge file line.
struct Token: Hashable, Sendable {
    /// What the token is, with its value.
    enum Kind: Hashable, Sendable {
        /// A word: a keyword, an id, `yes`/`no`, `and`/`or`/`not`, … (letters, digits, `-`, `_`).
        case word(String)
        /// A string, with its escapes resolved.
        case string(String)
        /// A number such as `3`, `-0.25`.
        case number(Double)
        /// One of `=`, `!=`, `<`, `<=`, `>`, `>=`, `(`, `)`.
        case symbol(String)
    }

    /// The kind and value.
    let kind: Kind
    /// The token as written when `kind` does not give it back (a number, a string with escapes
    /// or unterminated); `nil` otherwise, which spares most tokens a second copy of their text.
    private let written: String?
    /// Where it is.
    let span: Span

    /// A token; `raw` is needed only when ``raw`` cannot be made from `kind` (see there).
    init(kind: Kind, raw: String? = nil, span: Span) {
        self.kind = kind
        self.written = raw
        self.span = span
    }

    /// The token exactly as written, for quoting in messages: a word or symbol itself, a string
    /// between its quotes.
    var raw: String {
        if let written { return written }
        switch kind {
        case .word(let text), .symbol(let text): return text
        case .string(let text): return "\"" + text + "\""
        case .number(let number): return "\(number)"
        }
    }

    /// The word, when the token is one.
    var word: String? {
        if case .word(let text) = kind { return text }
        return nil
    }

    /// Whether the token is the word `text`.
    func isWord(_ text: String) -> Bool { word == text }

    /// Whether the token is the symbol `text`.
    func isSymbol(_ text: String) -> Bool {
        if case .symbol(let symbol) = kind { return symbol == text }
        return false
    }
}

/// A non-blank line, lexed: its indentation level and tokens.
struct LexedLine: Sendable {
    /// The 1-based line number.
    let number: Int
    /// The indentation level (two spaces per level), after recovering from bad indentation.
    let level: Int
    /// The tokens, never empty.
    let tokens: [Token]
    /// Whether the line's indentation was wrong (so its place in the structure is a guess).
    let isMisindented: Bool
}
