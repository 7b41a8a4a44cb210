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
    /// The token exactly as written, for quoting in messages.
    let raw: String
    /// Where it is.
    let span: Span

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
