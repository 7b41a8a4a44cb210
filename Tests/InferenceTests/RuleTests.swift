import Testing

import Inference

@Suite("Rule")
struct RuleTests {
    @Test func specificityIsTheNumberOfLeafConditions() {
        let rule = Rule(
            id: "r", premise: .all([.equals("a", .symbol("x")), .not(.known("b"))]),
            conclusions: [Conclusion(attribute: "c", value: .boolean(true))])
        #expect(rule.specificity == 2)
        #expect(rule.salience == 0)
        #expect(rule.conclusions[0].certainty == 1)
    }
}
