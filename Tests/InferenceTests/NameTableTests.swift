import Testing
import Utilities

@testable import Inference

@Suite("NameTable")
struct NameTableTests {
    @Test func internsEachNameOnceInOrderOfFirstUse() {
        var table = NameTable()
        let names = (0..<1_000).map { "name-\($0 % 700)-with-a-tail-\($0 % 7 == 0 ? "longer than sixteen" : "")" }
        var ids: [Int32] = []
        for name in names { ids.append(table.intern(name).id) }
        #expect(table.count == Set(names).count)
        for (name, id) in zip(names, ids) {
            #expect(table.id(of: name) == id)
            #expect(table.name(id) == name)
        }
        #expect(table.intern("name-3-with-a-tail-") == (id: table.id(of: "name-3-with-a-tail-") ?? -1, isNew: false))
        #expect(table.id(of: "absent") == nil)
        #expect(table.id(of: "") == nil)
        #expect(table.intern("").isNew)
    }

    /// Names of every length up to 20 bytes and beyond 255 (the slot keeps a name's length,
    /// capped at 255, and its first eight bytes), including names that differ only in a
    /// trailing zero byte, only after their eighth byte, or only in a length above 255: each
    /// is its own name, and each is found again, before and after the table grows.
    @Test func namesOfEveryLengthAreTheirOwn() {
        var table = NameTable()
        var names: [String] = []
        for length in 0...20 {
            names.append(String(repeating: "x", count: length))
            names.append(String(repeating: "x", count: max(0, length - 1)) + "y")
            names.append(String(repeating: "x", count: length) + "\u{0}")
            names.append("abcdefgh" + String(repeating: "z", count: length))
        }
        names += [
            String(repeating: "q", count: 256), String(repeating: "q", count: 257), String(repeating: "q", count: 300),
        ]
        names += (0..<2_000).map { "n\($0)" }
        let unique = Array(firstOccurrences(names))
        var ids: [String: Int32] = [:]
        for name in unique {
            let (id, isNew) = table.intern(name)
            #expect(isNew, "\(name.debugDescription)")
            ids[name] = id
        }
        #expect(table.count == unique.count)
        for name in names {
            #expect(table.intern(name) == (id: ids[name] ?? -1, isNew: false), "\(name.debugDescription)")
            #expect(table.id(of: name) == ids[name])
            #expect(table.name(ids[name] ?? 0) == name)
        }
        #expect(table.id(of: "abcdefgh" + String(repeating: "z", count: 21)) == nil)
        #expect(table.id(of: String(repeating: "q", count: 258)) == nil)
        #expect(table.id(of: "x\u{0}\u{0}") == nil)
    }

    /// The names in `names`, each once, in order of first appearance.
    private func firstOccurrences(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    @Test func comparesNamesAsStringsDo() {
        var table = NameTable()
        let composed = table.intern("café").id
        #expect(table.intern("cafe\u{301}") == (id: composed, isNew: false))
        #expect(table.id(of: "cafe") == nil)
    }

    @Test func copiesOnWrite() {
        var original = NameTable()
        _ = original.intern("a")
        var copy = original
        _ = copy.intern("b")
        #expect(original.count == 1)
        #expect(copy.count == 2)
        #expect(original.id(of: "b") == nil)
        // Both still find what they share, through the copied slots and first bytes.
        #expect(original.id(of: "a") == 0)
        #expect(copy.id(of: "a") == 0)
        #expect(copy.intern("a") == (id: 0, isNew: false))
    }

    @Test func findsTheFirstRepeatOfUnindexedNames() {
        var table = NameTable()
        for index in 0..<5_000 { _ = table.appendUnindexed("r\(index)") }
        #expect(table.firstRepeat() == nil)
        _ = table.appendUnindexed("r17")
        _ = table.appendUnindexed("r3")
        #expect(table.firstRepeat() == 5_000)
        var accents = NameTable()
        _ = accents.appendUnindexed("é")
        _ = accents.appendUnindexed("x")
        _ = accents.appendUnindexed("e\u{301}")
        #expect(accents.firstRepeat() == 2)
    }

    /// Random names from a small alphabet, so that repeats come early and often, for table
    /// sizes with one partition and with many: the first repeat as found by hand.
    @Test(arguments: [2, 3, 300, 5_000, 70_000])
    func findsTheFirstRepeatAsByHand(count: Int) {
        var random = SplitMix64(seed: UInt64(count))
        for length in [1, 3, 12] {
            var table = NameTable()
            var seen: Set<String> = []
            var expected: Int32?
            for id in 0..<count {
                let name = String((0..<length).map { _ in "abcdéfgh".randomElement(using: &random)! })
                _ = table.appendUnindexed(name)
                if expected == nil, !seen.insert(name).inserted { expected = Int32(id) }
            }
            #expect(table.firstRepeat() == expected, "length \(length)")
        }
    }
}
