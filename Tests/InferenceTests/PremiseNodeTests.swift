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
