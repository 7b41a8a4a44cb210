import Testing
import Utilities

@Suite("Excerpt")
struct ExcerptTests {
    @Test("a short text is quoted whole", arguments: ["", "ja", String(repeating: "é", count: 80)])
    func shortTextWhole(_ text: String) {
        #expect(Excerpt.of(text) == text)
    }

    @Test func longTextCutWithCount() {
        #expect(
            Excerpt.of(String(repeating: "x", count: 81)) == String(repeating: "x", count: 80) + "… (1 more character)")
        #expect(Excerpt.of("abcdef", maximumLength: 2) == "ab… (4 more characters)")
        #expect(Excerpt.of("ééé", maximumLength: 2) == "éé… (1 more character)")
    }

    @Test func hugeTextGivesAShortQuote() {
        let quoted = Excerpt.of(String(repeating: "a", count: 1_000_000))
        #expect(quoted == String(repeating: "a", count: 80) + "… (999920 more characters)")
    }
}
