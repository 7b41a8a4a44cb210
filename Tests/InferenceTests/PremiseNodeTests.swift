import Testing

@testable import Inference

@Suite("PremiseNode")
struct PremiseNodeTests {
    private let ids: [String: Int32] = ["a": 0, "b": 1, "c": 2]

    private func compile(_ condition: Condition) throws(RuleBase.Builder.UndeclaredName) -> [PremiseNode] {
        var builder = RuleBase.Builder()
        for name in ids.sorted(by: { $0.value < $1.value }).map(\.key) {
            _ = builder.attribute(named: name)
        }
        builder.beginRule(id: "r")
        try builder.add(condition)
        return builder.nodes
    }

    @Test func flattensConditionsInPrefixOrderWithSubtreeSizes() throws {
        let nodes = try compile(
            .all([.equals("a", .symbol("x")), .any([.known("b"), .not(.compare("c", .greater, 2))])]))
        #expect(nodes.map(\.kind) == [.all, .equals, .any, .known, .not, .compare])
        #expect(nodes.map(\.size) == [6, 1, 4, 1, 2, 1])
        #expect(nodes.map(\.attribute) == [-1, 0, -1, 1, -1, 2])
        #expect(nodes.map(\.isLeaf) == [false, true, false, true, false, true])
        #expect(nodes[5].comparison == .greater)
        #expect(nodes[5].number == 2)
    }

    @Test func isSixteenBytesAndKeepsEveryNumberKeyAndSize() {
        #expect(MemoryLayout<PremiseNode>.stride == 16)
        for number in [0, -0.0, 1, -2.5, .pi, 1e300, -.infinity, .greatestFiniteMagnitude, .leastNonzeroMagnitude] {
            let node = PremiseNode.leaf(.compare, 7, comparison: .lessOrEqual, number: number)
            #expect(node.number.bitPattern == number.bitPattern)
            #expect(node.size == 1)
            #expect(node.key == .none)
            #expect(node.attribute == 7)
            #expect(node.comparison == .lessOrEqual)
        }
        for key in [KeyID.none, 0, 1, KeyID(Int32.max)] {
            let node = PremiseNode.leaf(.contains, 3, key: key)
            #expect(node.key == key)
            #expect(node.size == 1)
            #expect(node.number == 0)
        }
        for size in [1, 2, 1_000, Int32.max] as [Int32] {
            let node = PremiseNode.group(.any, size: size)
            #expect(node.size == size)
            #expect(node.key == .none)
            #expect(node.attribute == .none)
        }
    }

    @Test func namesTheFirstUndeclaredAttribute() {
        #expect {
            try compile(.any([.known("a"), .not(.known("zz")), .known("yy")]))
        } throws: { error in
            (error as? RuleBase.Builder.UndeclaredName)?.name == "zz"
        }
    }

    @Test func knowsWhichFactsALeafReads() throws {
        let nodes = try compile(
            .all([
                .equals("a", .symbol("x")), .compare("a", .less, 3), .known("a"), .notEquals("a", .symbol("x")),
            ]))
        let x: KeyID = 0  // the key of a = x
        #expect(nodes[1].reads(key: x, value: .symbol("x")))
        #expect(!nodes[1].reads(key: 99, value: .symbol("y")))
        #expect(nodes[2].reads(key: 99, value: .number(2)))
        #expect(!nodes[2].reads(key: 99, value: .number(3)))
        #expect(!nodes[2].reads(key: 99, value: .symbol("2")))
        #expect(nodes[3].reads(key: 99, value: .symbol("y")))
        #expect(nodes[4].reads(key: 99, value: .symbol("y")))
        #expect(!nodes[0].reads(key: x, value: .symbol("x")))
        #expect(nodes.map(\.readsWholeAttribute) == [false, false, false, true, true])
    }
}
