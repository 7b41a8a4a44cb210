import Testing

@testable import KnowledgeBase

@Suite("Suggestion")
struct SuggestionTests {
    @Test("suggests the closest candidate within the allowed distance", arguments: [
        ("motieve", ["motieven", "ambitie"], "motieven"),
        ("lable", ["label", "explanation"], "label"),
        ("verbteren", ["verbeteren", "vernieuwen"], "verbeteren"),
        ("smaen-aanbieden", ["samen-aanbieden"], "samen-aanbieden"),
        ("kosten-besparing", ["kosten-besparen"], "kosten-besparen"),
        ("xyz", ["label"], nil),
        ("ab", ["cd"], nil),
        ("a", ["b"], nil),
        ("label", ["label"], nil),
        ("bedrijfsvoeringsorganisati", ["bedrijfsvoeringsorganisatie", "stichting"], "bedrijfsvoeringsorganisatie"),
    ] as [(String, [String], String?)])
    func closest(_ word: String, _ candidates: [String], _ expected: String?) {
        #expect(Suggestion.closest(to: word, among: candidates) == expected)
    }

    @Test("longer words allow a third of their length")
    func longerWords() {
        // 27 letters allow 9 edits; 3 are needed here.
        #expect(Suggestion.closest(to: "bedrijfsvoeringsorgnstie", among: ["bedrijfsvoeringsorganisatie"]) != nil)
        // A short word allows 2 edits only.
        #expect(Suggestion.closest(to: "forn", among: ["fit", "form"]) == "form")
        #expect(Suggestion.closest(to: "rle", among: ["rule"]) == "rule")
        #expect(Suggestion.closest(to: "rxxe", among: ["rule"]) == "rule")
        #expect(Suggestion.closest(to: "rxxx", among: ["rule"]) == nil)
    }

    @Test("ties go to the earlier candidate")
    func ties() {
        #expect(Suggestion.closest(to: "hs", among: ["has", "is"]) == "has")
        #expect(Suggestion.didYouMean("hs", among: ["is", "has"]) == "; did you mean 'is'?")
        #expect(Suggestion.didYouMean("zzzz", among: ["is"]) == "")
    }
}
