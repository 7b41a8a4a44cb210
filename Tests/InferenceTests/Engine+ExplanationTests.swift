import Testing

import Inference

/// `trace`, `how` and `whyNot` on the small rule base, with exact expected output.
@Suite("Engine explanations")
struct EngineExplanationTests {
    /// intent = improve: m2 (0.7) then m3 (0.5), combined in declaration order.
    static let intent = 0.7 + 0.5 * (1 - 0.7)
    static let functioneel = 0.8 * intent
    static let dvo = 0.7 * functioneel

    private func efficiencyAtScale4() throws -> (Engine, [Firing]) {
        var engine = Engine(ruleBase: try SmallRuleBase.ruleBase())
        try engine.assert("motive", .symbol("efficiency"))
        try engine.assert("scale", .number(4))
        let firings = engine.run()
        return (engine, firings)
    }

    @Test func theRunReportsEveryFiringInAgendaOrder() throws {
        let (_, firings) = try efficiencyAtScale4()
        // m3 is more specific than m2, so it fires first; a2 fires on m3's evidence alone,
        // then again when m2 strengthens its support.
        #expect(firings.map(\.rule) == ["m3", "a2", "m2", "a2", "f1"])
        #expect(firings.map(\.premiseCertainty) == [1, 0.5, 1, Self.intent, Self.functioneel].map(Certainty.init))
    }

    @Test func theTraceHoldsWhatHoldsNowInTheOrderItLastFired() throws {
        let (engine, _) = try efficiencyAtScale4()
        let trace = engine.trace
        #expect(trace.map(\.rule) == ["m3", "m2", "a2", "f1"])
        #expect(trace[2].matched.map(\.description) == ["intent = improve (0.85)", "public = no (1.00)"])
        #expect(
            trace[2].concluded == [
                .init(attribute: "archetype", value: .symbol("functioneel"), contribution: Certainty(Self.functioneel))
            ])
        #expect(engine.firedRules == ["a2", "f1", "m2", "m3"])
        #expect(
            engine.facts.map(\.description) == [
                "motive = efficiency (1.00)", "scale = 4 (1.00)", "public = no (1.00)", "intent = improve (0.85)",
                "archetype = functioneel (0.68)", "form = dvo (0.48)",
            ])
    }

    @Test func howTracesAFactDownToTheInputs() throws {
        let (engine, _) = try efficiencyAtScale4()
        let derivation = try #require(engine.how("form", .symbol("dvo")))
        #expect(
            render(derivation) == """
                form = dvo (0.48)
                  f1: premise 0.68, contributes 0.48
                    archetype = functioneel (0.68)
                      a2: premise 0.85, contributes 0.68
                        intent = improve (0.85)
                          m2: premise 1.00, contributes 0.70
                            motive = efficiency (1.00)
                              given 1.00
                          m3: premise 1.00, contributes 0.50
                            motive = efficiency (1.00)
                              given 1.00
                            scale = 4 (1.00)
                              given 1.00
                        public = no (1.00)
                          default 1.00
                """)
        #expect(derivation.fact.certainty == Certainty(Self.dvo))
        guard case .rule("f1", let premise, let contribution, let from) = derivation.steps.first else {
            Issue.record("expected f1 as the only step")
            return
        }
        #expect(premise == Certainty(Self.functioneel))
        #expect(contribution == Certainty(Self.dvo))
        #expect(from.map(\.fact) == [engine.values(of: "archetype")[0]])
    }

    @Test func howExplainsInputsAndNothingForAbsentFacts() throws {
        let (engine, _) = try efficiencyAtScale4()
        #expect(engine.how("scale", .number(4))?.steps == [.given(.certain)])
        #expect(engine.how("public", .boolean(false))?.steps == [.defaulted(.certain)])
        #expect(engine.how("form", .symbol("bv")) == nil)
        #expect(engine.how("nothing", .symbol("bv")) == nil)
    }

    @Test func whyNotListsEveryRuleThatCouldConcludeTheFact() throws {
        let (engine, _) = try efficiencyAtScale4()
        // m3 (two conditions) comes before m2 on the agenda.
        #expect(
            engine.whyNot("intent", .symbol("improve")) == [
                WhyNot(rule: "m3", outcome: .fired(contribution: Certainty(0.5))),
                WhyNot(rule: "m2", outcome: .fired(contribution: Certainty(0.7))),
            ])
        #expect(
            engine.whyNot("archetype", .symbol("ondernemend")) == [
                WhyNot(rule: "a1", outcome: .blocked(by: .equals("intent", .symbol("renew")), certainty: .unknown))
            ])
        // The first failing part of an `all`.
        #expect(
            engine.whyNot("form", .symbol("bv")) == [
                WhyNot(
                    rule: "f2", outcome: .blocked(by: .equals("archetype", .symbol("ondernemend")), certainty: .unknown)
                )
            ])
        // A `not` is reported whole, with its own certainty.
        #expect(
            engine.whyNot("form", .symbol("consortium")) == [
                WhyNot(
                    rule: "f3",
                    outcome: .blocked(by: .not(.equals("public", .boolean(false))), certainty: Certainty(-1)))
            ])
        #expect(engine.whyNot("form", .symbol("nothing")).isEmpty)
        #expect(engine.whyNot("undeclared", .symbol("bv")).isEmpty)
    }

    @Test func whyNotReportsAFailingAnyWhole() throws {
        var (engine, _) = try efficiencyAtScale4()
        try engine.assert("public", .boolean(false), certainty: Certainty(-0.5))
        engine.run()
        #expect(
            engine.whyNot("form", .symbol("consortium")) == [
                WhyNot(rule: "f3", outcome: .blocked(by: SmallRuleBase.consortiumCase, certainty: .unknown))
            ])
    }

    @Test func explanationsFollowAChangedAnswer() throws {
        var (engine, _) = try efficiencyAtScale4()
        try engine.retract("motive", .symbol("efficiency"))
        try engine.assert("motive", .symbol("innovate"))
        // m3 goes first and withdraws its half of the intent; a2 (next on the agenda) fires on
        // what is left before m2 withdraws the rest, and then stops holding: it is not in the
        // final state, but this run's firings show it.
        #expect(engine.run().map(\.rule) == ["a2", "m1", "a1", "f2"])
        #expect(engine.firedRules == ["a1", "f2", "m1"])
        #expect(engine.certainty(of: "form", .symbol("bv")) == Certainty(0.8 * (0.9 * 0.8)))
        #expect(engine.certainty(of: "form", .symbol("dvo")) == .unknown)
        #expect(
            engine.whyNot("intent", .symbol("improve")) == [
                WhyNot(
                    rule: "m3", outcome: .blocked(by: .contains("motive", .symbol("efficiency")), certainty: .unknown)),
                WhyNot(
                    rule: "m2", outcome: .blocked(by: .contains("motive", .symbol("efficiency")), certainty: .unknown)),
            ])
        var fresh = Engine(ruleBase: try SmallRuleBase.ruleBase())
        try fresh.assert("motive", .symbol("innovate"))
        try fresh.assert("scale", .number(4))
        fresh.run()
        #expect(engine.facts == fresh.facts)
        #expect(engine.trace.map(\.rule) == fresh.trace.map(\.rule))
    }

    /// The derivation as indented text: facts, then their steps, then the facts each rule read.
    private func render(_ derivation: Derivation, indent: String = "") -> String {
        var lines = ["\(indent)\(derivation.fact)"]
        for step in derivation.steps {
            switch step {
            case .given(let certainty): lines.append("\(indent)  given \(certainty)")
            case .defaulted(let certainty): lines.append("\(indent)  default \(certainty)")
            case .rule(let id, let premise, let contribution, let from):
                lines.append("\(indent)  \(id): premise \(premise), contributes \(contribution)")
                lines += from.map { render($0, indent: indent + "    ") }
            }
        }
        return lines.joined(separator: "\n")
    }
}
