import Testing

import Inference

@Suite("Condition")
struct ConditionTests {
    let premise = Condition.all([
        .equals("a", .symbol("x")),
        .any([.known("b"), .not(.contains("a", .symbol("y")))]),
        .compare("c", .greater, 2),
        .unknown("b"),
    ])

    @Test func listsTheAttributesItReadsInOrderWithoutRepeats() {
        #expect(premise.attributes == ["a", "b", "c"])
        #expect(Condition.all([]).attributes.isEmpty)
    }

    @Test func countsLeafConditions() {
        #expect(premise.leafCount == 5)
        #expect(Condition.all([]).leafCount == 0)
        #expect(Condition.not(.notEquals("a", .number(1))).leafCount == 1)
    }

    @Test(arguments: [
        (Condition.Comparison.less, 1.0, 2.0, true), (.less, 2, 2, false),
        (.lessOrEqual, 2, 2, true), (.greater, 3, 2, true), (.greater, 2, 2, false),
        (.greaterOrEqual, 2, 2, true), (.equal, 2, 2, true), (.equal, 2, 2.5, false),
    ])
    func comparesNumbers(comparison: Condition.Comparison, lhs: Double, rhs: Double, holds: Bool) {
        #expect(comparison.holds(lhs, rhs) == holds)
    }

    @Test func comparisonsSpellTheirOperator() {
        #expect(Condition.Comparison.allCases.map(\.rawValue) == ["<", "<=", ">", ">=", "=="])
    }
}
