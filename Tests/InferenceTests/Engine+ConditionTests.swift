import Testing

import Inference

@Suite("Engine condition scoring")
struct EngineConditionTests {
    @Test func scoresAnyConditionOnTheCurrentFacts() throws {
        var engine = Engine(ruleBase: try SmallRuleBase.ruleBase())
        try engine.assert("motive", .symbol("efficiency"), certainty: Certainty(0.6))
        try engine.assert("scale", .number(4))
        engine.run()
        #expect(engine.certainty(of: .contains("motive", .symbol("efficiency"))) == Certainty(0.6))
        #expect(engine.certainty(of: .notEquals("public", .boolean(true))) == .certain)
        #expect(engine.certainty(of: .compare("scale", .less, 5)) == .certain)
        // intent = improve: m2 contributes 0.7 × 0.6, m3 contributes 0.5 × min(0.6, 1).
        let (m2, m3) = (0.7 * 0.6, 0.5 * 0.6)
        let intent = m2 + m3 * (1 - m2)
        #expect(engine.certainty(of: .unknown("intent")) == Certainty(-intent))
        #expect(engine.certainty(of: .not(.known("archetype"))) == Certainty(-(0.8 * intent)))
        #expect(engine.certainty(of: .not(.known("archetype"))).description == "-0.48")
        #expect(engine.certainty(of: .all([])) == .certain)
        #expect(engine.certainty(of: .any([])) == Certainty(-1))
        #expect(engine.certainty(of: .known("undeclared")) == .unknown)
        #expect(engine.certainty(of: .unknown("undeclared")) == .certain)
    }
}
