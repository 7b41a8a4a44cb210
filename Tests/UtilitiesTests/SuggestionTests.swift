import Testing
import Utilities

@Suite("Did-you-mean suggestions")
struct SuggestionTests {
    @Test func editDistanceCountsInsertionsDeletionsSubstitutionsAndSwaps() {
        func distance(_ a: String, _ b: String) -> Int {
            Suggestion.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
        }
        #expect(distance("", "abc") == 3)
        #expect(distance("abc", "") == 3)
        #expect(distance("kitten", "sitting") == 3)
        #expect(distance("ambitie", "ambitei") == 1)
        #expect(distance("delne", "delen") == 1)
        #expect(distance("delen", "delen") == 0)
    }

    @Test(
        "suggests the closest candidate within the allowed distance",
        arguments: [
            ("motieve", ["motieven", "ambitie"], "motieven"),
            ("lable", ["label", "explanation"], "label"),
            ("verbteren", ["verbeteren", "vernieuwen"], "verbeteren"),
            ("smaen-aanbieden", ["samen-aanbieden"], "samen-aanbieden"),
            ("kosten-besparing", ["kosten-besparen"], "kosten-besparen"),
            ("ambitei", ["aard", "ambitie"], "ambitie"),
            ("xyz", ["label"], nil),
            ("xyz", ["aard", "ambitie"], nil),
            ("ab", ["cd"], nil),
            ("ab", ["ac", "ad"], "ac"),
            ("a", ["b"], nil),
            ("label", ["label"], nil),
            (
                "bedrijfsvoeringsorganisati", ["bedrijfsvoeringsorganisatie", "stichting"],
                "bedrijfsvoeringsorganisatie"
            ),
        ] as [(String, [String], String?)])
    func closest(_ word: String, _ candidates: [String], _ expected: String?) {
        #expect(Suggestion.closest(to: word, among: candidates) == expected)
    }

    @Test("longer words allow a third of their length, short words two edits")
    func longerWords() {
        // 24 letters allow 8 edits; 3 are needed here.
        #expect(Suggestion.closest(to: "bedrijfsvoeringsorgnstie", among: ["bedrijfsvoeringsorganisatie"]) != nil)
        #expect(Suggestion.closest(to: "forn", among: ["fit", "form"]) == "form")
        #expect(Suggestion.closest(to: "rle", among: ["rule"]) == "rule")
        #expect(Suggestion.closest(to: "rxxe", among: ["rule"]) == "rule")
        #expect(Suggestion.closest(to: "rxxx", among: ["rule"]) == nil)
    }

    @Test("case does not matter, and the candidate is returned as written")
    func ignoresCase() {
        #expect(Suggestion.closest(to: "Partnr", among: ["answers", "partner"]) == "partner")
        #expect(Suggestion.closest(to: "STICHTNG", among: ["stichting"]) == "stichting")
    }

    @Test("a word of three or more letters suggests a candidate it starts, as close as one edit")
    func continuations() {
        #expect(Suggestion.closest(to: "form", among: ["format", "knowledge"]) == "format")
        #expect(Suggestion.closest(to: "kosten", among: ["kosten-besparen"]) == "kosten-besparen")
        #expect(Suggestion.closest(to: "quest", among: ["test", "questions"]) == "questions")
        #expect(Suggestion.closest(to: "form", among: ["formats", "forms"]) == "formats")
        #expect(Suggestion.closest(to: "fo", among: ["format"]) == nil)
    }

    @Test("ties go to the earlier candidate")
    func ties() {
        #expect(Suggestion.closest(to: "hs", among: ["has", "is"]) == "has")
        #expect(Suggestion.closest(to: "hs", among: ["is", "has"]) == "is")
    }
}
