import Testing
import Utilities

@testable import KnowledgeBase

@Suite("Did you mean, in knowledge diagnostics")
struct SuggestionDidYouMeanTests {
    @Test func namesTheClosestCandidateOrNothing() {
        #expect(Suggestion.didYouMean("hs", among: ["is", "has"]) == "; did you mean 'is'?")
        #expect(Suggestion.didYouMean("zzzz", among: ["is"]) == "")
    }
}
