import Testing
import Utilities

@Suite("Lists as a sentence")
struct ListPhraseTests {
    @Test(
        arguments: [
            ([], ""),
            (["a"], "a"),
            (["a", "b"], "a en b"),
            (["a", "b", "c"], "a, b en c"),
        ] as [([String], String)])
    func joins(_ items: [String], _ expected: String) {
        #expect(ListPhrase.joining(items, with: "en") == expected)
    }
}
