import Testing
import Utilities

@Suite("Control characters")
struct ControlCharactersTests {
    @Test(arguments: [
        ("Gemeente Oost", "Gemeente Oost"),
        ("\u{1B}[31mrood\u{1B}[0m", "\\u{1B}[31mrood\\u{1B}[0m"),
        ("bel\u{07}nul\u{00}", "bel\\u{07}nul\\u{00}"),
        ("regel\neen\ttab", "regel\\u{0A}een\\u{09}tab"),
        ("c1\u{9B}2J del\u{7F}", "c1\\u{9B}2J del\\u{7F}"),
        ("omgekeerd\u{202E}txt", "omgekeerd\\u{202E}txt"),
        ("back\\slash é 日本", "back\\slash é 日本"),
    ])
    func escapesVisibly(_ text: String, _ expected: String) {
        #expect(ControlCharacters.escaped(text) == expected)
    }

    @Test func findsTheFirst() {
        #expect(ControlCharacters.first(in: "ab\u{07}c\u{1B}") == "\u{07}")
        #expect(ControlCharacters.first(in: "Stichting Één") == nil)
        #expect(ControlCharacters.codePoint("\u{1B}") == "U+001B")
        #expect(ControlCharacters.codePoint("\u{202E}") == "U+202E")
    }
}
