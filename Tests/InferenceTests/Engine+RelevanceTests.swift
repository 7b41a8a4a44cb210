import Testing

import Inference

/// `relevance(goal:)` and `influence(of:)` on the small rule base, with exact expected output.
@Suite("Engine relevance")
struct EngineRelevanceTests {
    private func engine(_ answers: [(String, Value, Double)]) throws -> Engine {
        var engine = Engine(ruleBase: try SmallRuleBase.ruleBase())
        for (attribute, value, certainty) in answers {
            try engine.assert(attribute, value, certainty: Certainty(certainty))
        }
        engine.run()
        return engine
    }

    @Test func everyInputMattersBeforeAnyAnswer() throws {
        let engine = try engine([])
        #expect(engine.inputAttributes == ["motive", "scale", "public"])
        #expect(engine.relevance(goal: "form") == ["motive", "scale", "public"])
        #expect(engine.relevance(goal: "archetype") == ["motive", "scale", "public"])
        #expect(engine.relevance(goal: "intent") == ["motive", "scale"])
        #expect(engine.relevance(goal: "scale") == ["scale"])
        #expect(engine.relevance(goal: "undeclared").isEmpty)
    }

    @Test func onlyInputsOnLiveChainsRemainRelevant() throws {
        let engine = try engine([("motive", .symbol("innovate"), 1)])
        #expect(engine.isAnswered("motive"))
        #expect(!engine.isAnswered("public"))
        // m2 and m3 are dead (no efficiency motive), so the intent and the archetype are settled;
        // f2 and f3 still wait on `public`, and f3 on `scale`.
        #expect(engine.relevance(goal: "form") == ["scale", "public"])
        #expect(engine.relevance(goal: "archetype").isEmpty)
        #expect(engine.relevance(goal: "intent").isEmpty)
    }

    @Test func nothingIsRelevantOnceEveryChainIsDecided() throws {
        // With public partners, f2 needs public = no and f3's `not` of an absent fact scores 0.
        let engine = try engine([("motive", .symbol("innovate"), 1), ("public", .boolean(true), 1)])
        #expect(engine.relevance(goal: "form").isEmpty)
        #expect(engine.firedRules == ["a1", "m1"])
    }

    @Test func aLiveRuleCanDependOnADerivedAttributeStillOpen() throws {
        let engine = try engine([("scale", .number(12), 1)])
        #expect(engine.relevance(goal: "form") == ["motive", "public"])
    }

    @Test func influenceNamesWhatAnAnswerCanStillChange() throws {
        let engine = try engine([("motive", .symbol("innovate"), 1)])
        #expect(engine.influence(of: "scale") == ["form"])
        #expect(engine.influence(of: "public") == ["form"])
        // Treated as open again (as if re-answered): everything downstream.
        #expect(engine.influence(of: "motive") == ["intent", "archetype", "form"])
        #expect(engine.influence(of: "form").isEmpty)
        #expect(engine.influence(of: "undeclared").isEmpty)
    }

    @Test func influenceBeforeAnyAnswer() throws {
        let engine = try engine([])
        #expect(engine.influence(of: "scale") == ["intent", "archetype", "form"])
        #expect(engine.influence(of: "intent") == ["archetype", "form"])
    }
}
