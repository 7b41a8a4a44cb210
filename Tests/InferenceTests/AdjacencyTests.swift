import Testing
import Utilities

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

    /// Random sources against grouping by hand, including sources with no element, none at
    /// all, and elements computed from their position.
    @Test(arguments: [0, 1, 2, 7, 64, 1_000])
    func groupsRandomSourcesAsByHand(count: Int) {
        var random = SplitMix64(seed: UInt64(count) + 1)
        let sources = count == 0 ? [] : (0..<3 * count).map { _ in random.int(0...count - 1) }
        let elements = sources.indices.map { $0 * 10 }
        let lists = Adjacency(count: count, sources: sources, elements: elements)
        let computed = sources.withUnsafeBufferPointer { Adjacency(count: count, sources: $0) { $0 * 10 } }
        #expect(lists.count == count)
        for source in 0..<count {
            let expected = sources.indices.filter { sources[$0] == source }.map { $0 * 10 }
            #expect(Array(lists[source]) == expected)
            #expect(Array(computed[source]) == expected)
        }
        #expect(lists.elementsBySource.count == sources.count)
    }

    @Test func answersEmptyOutsideItsSources() {
        let lists = Adjacency(count: 1, sources: [0], elements: [7])
        #expect(lists[1].isEmpty)
        #expect(lists[-1].isEmpty)
    }
}
