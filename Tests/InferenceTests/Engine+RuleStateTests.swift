import Testing

@testable import Inference

@Suite("Engine.RuleState")
struct EngineRuleStateTests {
    @Test func isSixteenBytesAndKeepsEachFieldApart() {
        #expect(MemoryLayout<Engine.RuleState>.stride == 16)
        let limit = Int32(Engine.RuleState.conclusionLimit - 1)
        for first in [0, 1, 12_345, limit] as [Int32] {
            for (one, certain) in [(false, false), (true, false), (false, true), (true, true)] {
                var state = Engine.RuleState(
                    unmetKeys: -7, uncertainKeys: Int32.min / 2, firstKey: 42, firstConclusion: first,
                    hasOneConclusion: one, isFirstConclusionCertain: certain)
                #expect(state.firstConclusion == Int(first))
                #expect(state.hasOneConclusion == one)
                #expect(state.isFirstConclusionCertain == certain)
                #expect(!state.isActive && !state.hasCertainPremise)
                state.setActive(true, certainPremise: true)
                #expect(state.isActive && state.hasCertainPremise)
                state.setActive(true, certainPremise: false)
                #expect(state.isActive && !state.hasCertainPremise)
                state.setActive(false, certainPremise: true)
                #expect(!state.isActive && !state.hasCertainPremise)
                #expect(state.firstConclusion == Int(first))
                #expect(state.hasOneConclusion == one && state.isFirstConclusionCertain == certain)
                #expect(state.unmetKeys == -7 && state.uncertainKeys == Int32.min / 2 && state.firstKey == 42)
            }
        }
    }

    /// A premise below 1 is kept apart, and read back as the firing's certainty; a premise of
    /// exactly 1 never needs that storage.
    @Test func keepsAPremiseBelowOneApartAndACertainOneInTheState() throws {
        let base = try RuleBase(
            attributes: [
                AttributeDeclaration(name: "a", cardinality: .multiple), AttributeDeclaration(name: "b"),
                AttributeDeclaration(name: "c", cardinality: .multiple),
            ],
            rules: [
                Rule(
                    id: "two", premise: .contains("a", .symbol("x")),
                    conclusions: [
                        Conclusion(attribute: "b", value: .symbol("y"), certainty: 0.5),
                        Conclusion(attribute: "c", value: .symbol("z")),
                    ])
            ])
        var engine = Engine(ruleBase: base)
        try engine.assert("a", .symbol("x"))
        engine.run()
        #expect(engine.premises.isEmpty)
        #expect(engine.trace.map(\.premiseCertainty) == [.certain])
        #expect(engine.certainty(of: "b", .symbol("y")) == Certainty(0.5))
        #expect(engine.certainty(of: "c", .symbol("z")) == .certain)
        try engine.assert("a", .symbol("x"), certainty: Certainty(0.6))
        engine.run()
        #expect(engine.trace.map(\.premiseCertainty) == [Certainty(0.6)])
        #expect(engine.certainty(of: "b", .symbol("y")) == Certainty(0.3))
        #expect(engine.certainty(of: "c", .symbol("z")) == Certainty(0.6))
        try engine.assert("a", .symbol("x"), certainty: Certainty(0.1))
        engine.run()
        #expect(engine.trace.isEmpty)
        #expect(engine.certainty(of: "c", .symbol("z")) == .unknown)
    }
}
