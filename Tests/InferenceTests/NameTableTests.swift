import Testing

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
}
