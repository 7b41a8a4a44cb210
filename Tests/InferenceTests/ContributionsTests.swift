import Testing

@testable import Inference

@Suite("Contributions")
struct ContributionsTests {
    private func conclusions(_ list: Contributions) -> [Int32] { list.entries.map(\.conclusion) }

    @Test func keepsEntriesInConclusionOrder() {
        var list = Contributions()
        var appended: Bool
        #expect(list.isEmpty)
        appended = list.set(5, Certainty(0.5))
        #expect(appended)  // first: appended
        appended = list.set(9, Certainty(0.9))
        #expect(appended)  // after the last: appended
        appended = list.set(2, Certainty(0.2))
        #expect(!appended)  // before the first
        appended = list.set(7, Certainty(0.7))
        #expect(!appended)  // in the middle
        #expect(conclusions(list) == [2, 5, 7, 9])
        #expect(list.count == 4)
        #expect(list.last == .init(conclusion: 9, certainty: Certainty(0.9)))
    }

    @Test func replacesTheEntryOfTheSameConclusion() {
        var list = Contributions()
        _ = list.set(1, Certainty(0.1))
        _ = list.set(3, Certainty(0.3))
        var appended = list.set(3, Certainty(-0.3))
        #expect(!appended)
        appended = list.set(1, Certainty(-0.1))
        #expect(!appended)
        #expect(list.entries.map(\.certainty) == [Certainty(-0.1), Certainty(-0.3)])
    }

    @Test func removesEntries() {
        var list = Contributions()
        for conclusion in [4, 1, 8, 6] as [Int32] { _ = list.set(conclusion, Certainty(0.5)) }
        list.remove(6)
        #expect(conclusions(list) == [1, 4, 8])
        list.remove(1)
        #expect(conclusions(list) == [4, 8])
        list.remove(5)
        #expect(conclusions(list) == [4, 8])
        list.remove(4)
        list.remove(8)
        #expect(list.isEmpty)
        #expect(list.last == nil)
        list.remove(8)
        #expect(list.count == 0)
    }
}
