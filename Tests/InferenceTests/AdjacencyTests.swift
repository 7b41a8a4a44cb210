import Testing

@testable import Inference

@Suite("Adjacency")
struct AdjacencyTests {
    @Test func groupsElementsBySourceKeepingTheirOrder() {
        let lists = Adjacency(count: 4, sources: [2, 0, 2, 3, 0], elements: ["c1", "a1", "c2", "d1", "a2"])
        #expect(lists.count == 4)
        #expect(Array(lists[0]) == ["a1", "a2"])
        #expect(Array(lists[1]).isEmpty)
        #expect(Array(lists[2]) == ["c1", "c2"])
        #expect(Array(lists[3]) == ["d1"])
    }

    @Test func answersEmptyOutsideItsSources() {
        let lists = Adjacency(count: 1, sources: [0], elements: [7])
        #expect(lists[1].isEmpty)
        #expect(lists[-1].isEmpty)
    }
}
