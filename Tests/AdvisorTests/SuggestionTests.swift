@testable import Advisor
import Testing

@Suite("Did-you-mean suggestions")
struct SuggestionTests {
    @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("abc", "") == 3)
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("ambitie", "ambitei") == 1)
        #expect(Suggestion.editDistance("delne", "delen") == 1)
        #expect(Suggestion.editDistance("delen", "delen") == 0)
    }

    @Test func suggestsOnlyCloseCandidates() {
        #expect(Suggestion.closest(to: "ambitei", among: ["aard", "ambitie"]) == "ambitie")
        #expect(Suggestion.closest(to: "xyz", among: ["aard", "ambitie"]) == nil)
        #expect(Suggestion.closest(to: "ab", among: ["ac", "ad"]) == "ac")
        #expect(Suggestion.closest(to: "Partnr", among: ["answers", "partner"]) == "partner")
    }
}
