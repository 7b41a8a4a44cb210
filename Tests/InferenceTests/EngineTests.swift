import Testing

@testable import Inference

@Suite("Engine")
struct EngineTests {
    @Test func chainsFromAnInputToADerivedFact() throws {
        let base = try RuleBase(
            attributes: [.init(name: "a"), .init(name: "b"), .init(name: "c")],
            rules: [
                Rule(id: "r1", premise: .equals("a", .symbol("x")),
                     conclusions: [Conclusion(attribute: "b", value: .symbol("y"), certainty: 0.8)]),
                Rule(id: "r2", premise: .equals("b", .symbol("y")),
                     conclusions: [Conclusion(attribute: "c", value: .symbol("z"), certainty: 0.5)]),
            ])
        var engine = Engine(ruleBase: base)
        try engine.assert("a", .symbol("x"))
        let firings = engine.run()
        #expect(firings.map(\.rule) == ["r1", "r2"])
        #expect(engine.certainty(of: "b", .symbol("y")) == Certainty(0.8))
        #expect(engine.certainty(of: "c", .symbol("z")) == Certainty(0.4))
        try engine.retract("a", .symbol("x"))
        #expect(engine.run().isEmpty)
        #expect(engine.facts.isEmpty)
        #expect(engine.firedRules.isEmpty)
    }
}
