import Testing

@testable import Inference

@Suite("Engine")
struct EngineTests {
    private static func conclude(_ attribute: String, _ value: String, _ certainty: Double = 1) -> [Conclusion] {
        [Conclusion(attribute: attribute, value: .symbol(value), certainty: certainty)]
    }

    @Test func chainsFromAnInputToADerivedFactAndWithdrawsIt() throws {
        let base = try RuleBase(
            attributes: [.init(name: "a"), .init(name: "b"), .init(name: "c")],
            rules: [
                Rule(id: "r1", premise: .equals("a", .symbol("x")), conclusions: Self.conclude("b", "y", 0.8)),
                Rule(id: "r2", premise: .equals("b", .symbol("y")), conclusions: Self.conclude("c", "z", 0.5)),
            ])
        var engine = Engine(ruleBase: base)
        try engine.assert("a", .symbol("x"))
        let firings = engine.run()
        #expect(firings.map(\.rule) == ["r1", "r2"])
        #expect(firings.map(\.premiseCertainty) == [Certainty(1), Certainty(0.8)])
        #expect(engine.certainty(of: "b", .symbol("y")) == Certainty(0.8))
        #expect(engine.certainty(of: "c", .symbol("z")) == Certainty(0.8 * 0.5))
        #expect(engine.facts.map(\.description) == ["a = x (1.00)", "b = y (0.80)", "c = z (0.40)"])
        try engine.retract("a", .symbol("x"))
        #expect(engine.run().isEmpty)
        #expect(engine.facts.isEmpty)
        #expect(engine.firedRules.isEmpty)
        #expect(engine.trace.isEmpty)
    }

    @Test func aFiringRecordsWhatItReadAndConcluded() throws {
        let base = try RuleBase(
            attributes: [.init(name: "a", cardinality: .multiple), .init(name: "b"), .init(name: "out")],
            rules: [
                Rule(
                    id: "r", premise: .all([.known("a"), .equals("b", .number(2)), .contains("a", .symbol("q"))]),
                    conclusions: [
                        Conclusion(attribute: "out", value: .symbol("o"), certainty: 0.5),
                        Conclusion(attribute: "out", value: .symbol("p"), certainty: -1),
                    ])
            ])
        var engine = Engine(ruleBase: base)
        try engine.assert("a", .symbol("q"), certainty: Certainty(0.6))
        try engine.assert("a", .symbol("p"))
        try engine.assert("b", .number(2), certainty: Certainty(0.9))
        let firing = try #require(engine.run().first)
        #expect(firing.rule == "r")
        #expect(firing.premiseCertainty == Certainty(0.6))
        #expect(firing.matched.map(\.description) == ["a = p (1.00)", "a = q (0.60)", "b = 2 (0.90)"])
        #expect(
            firing.concluded == [
                Firing.Concluded(attribute: "out", value: .symbol("o"), contribution: Certainty(0.5 * 0.6)),
                Firing.Concluded(attribute: "out", value: .symbol("p"), contribution: Certainty(-0.6)),
            ])
        #expect(engine.trace == [firing])
    }

    @Test func resolvesConflictsBySalienceThenSpecificityThenDeclaration() throws {
        let x = Condition.equals("in", .symbol("x"))
        let base = try RuleBase(
            attributes: [.init(name: "in"), .init(name: "other"), .init(name: "out", cardinality: .multiple)],
            rules: [
                Rule(id: "plain", premise: x, conclusions: Self.conclude("out", "1")),
                Rule(id: "specific", premise: .all([x, .unknown("other")]), conclusions: Self.conclude("out", "2")),
                Rule(id: "urgent", premise: x, conclusions: Self.conclude("out", "3"), salience: 10),
                Rule(id: "later", premise: x, conclusions: Self.conclude("out", "4")),
                Rule(
                    id: "unimportant", premise: .all([x, x, x]), conclusions: Self.conclude("out", "5"), salience: -1),
                Rule(
                    id: "also-specific", premise: .any([x, .unknown("other")]), conclusions: Self.conclude("out", "6")),
            ])
        var engine = Engine(ruleBase: base)
        try engine.assert("in", .symbol("x"))
        #expect(engine.run().map(\.rule) == ["urgent", "specific", "also-specific", "plain", "later", "unimportant"])
        #expect(engine.trace.map(\.rule) == ["urgent", "specific", "also-specific", "plain", "later", "unimportant"])
        #expect(engine.firedRules == ["also-specific", "later", "plain", "specific", "unimportant", "urgent"])
        #expect(engine.whyNot("out", .symbol("1")).map(\.rule) == ["plain"])
    }

    @Test func aRuleFiresOnceForTheSameSupport() throws {
        let base = try RuleBase(
            attributes: [.init(name: "a", cardinality: .multiple), .init(name: "b"), .init(name: "c")],
            rules: [
                Rule(id: "eq", premise: .contains("a", .symbol("x")), conclusions: Self.conclude("b", "y", 0.5)),
                Rule(id: "any", premise: .known("a"), conclusions: Self.conclude("c", "z")),
            ])
        var engine = Engine(ruleBase: base)
        try engine.assert("a", .symbol("x"))
        #expect(engine.run().map(\.rule) == ["eq", "any"])
        // Nothing changed: nothing fires.
        #expect(engine.run().isEmpty)
        // The same answer again: the support is the same.
        try engine.assert("a", .symbol("x"))
        #expect(engine.run().isEmpty)
        // Another value of `a`: `eq` does not read it; `known(a)` does, so its support changed
        // (it read a new fact) and it fires again, with the same premise certainty.
        try engine.assert("a", .symbol("w"), certainty: Certainty(0.3))
        #expect(engine.run().map(\.rule) == ["any"])
        #expect(engine.values(of: "c").first?.sources == [.rule("any", contribution: .certain)])
        // A weaker answer: `eq` withdraws its evidence and fires again with the new support.
        try engine.assert("a", .symbol("x"), certainty: Certainty(0.4))
        let firings = engine.run()
        #expect(firings.map(\.rule) == ["eq", "any"])
        #expect(firings.map(\.premiseCertainty) == [Certainty(0.4), Certainty(0.4)])
        #expect(engine.values(of: "b").first?.sources == [.rule("eq", contribution: Certainty(0.5 * 0.4))])
        #expect(engine.trace.map(\.rule) == ["eq", "any"])
    }

    @Test func aRuleBelowTheThresholdWithdrawsEverythingBuiltOnIt() throws {
        let base = try RuleBase(
            attributes: [.init(name: "a"), .init(name: "b"), .init(name: "c")],
            rules: [
                Rule(id: "r1", premise: .equals("a", .symbol("x")), conclusions: Self.conclude("b", "y")),
                Rule(id: "r2", premise: .equals("b", .symbol("y")), conclusions: Self.conclude("c", "z")),
            ])
        var engine = Engine(ruleBase: base)
        try engine.assert("a", .symbol("x"), certainty: Certainty(0.2))
        #expect(engine.run().map(\.rule) == ["r1", "r2"])  // 0.2 reaches the threshold exactly
        try engine.assert("a", .symbol("x"), certainty: Certainty(0.19))
        #expect(engine.run().isEmpty)
        #expect(engine.facts.map(\.description) == ["a = x (0.19)"])
        #expect(engine.firedRules.isEmpty)
    }

    @Test func combinesEvidenceInDeclarationOrderWhateverTheFiringOrder() throws {
        // Declared a (+1), b (-1), c (-1); salience makes them fire c, b, a.
        // Canonical: (1 ⊕ -1) ⊕ -1 = 0 ⊕ -1 = -1. Firing order would give (-1 ⊕ -1) ⊕ 1 = 0.
        let go = Condition.equals("go", .boolean(true))
        let base = try RuleBase(
            attributes: [.init(name: "go"), .init(name: "f")],
            rules: [
                Rule(id: "a", premise: go, conclusions: Self.conclude("f", "v", 1), salience: 1),
                Rule(id: "b", premise: go, conclusions: Self.conclude("f", "v", -1), salience: 2),
                Rule(id: "c", premise: go, conclusions: Self.conclude("f", "v", -1), salience: 3),
            ])
        var engine = Engine(ruleBase: base)
        try engine.assert("go", .boolean(true))
        #expect(engine.run().map(\.rule) == ["c", "b", "a"])
        let fact = try #require(engine.values(of: "f").first)
        #expect(fact.certainty == Certainty(-1))
        #expect(fact.sources.map(\.certainty) == [Certainty(1), Certainty(-1), Certainty(-1)])
        #expect(fact.sources.compactMap { if case .rule(let id, _) = $0 { id } else { nil } } == ["a", "b", "c"])
    }

    @Test func sortsFactsByDeclarationThenValueAndValuesByCertainty() throws {
        let base = try RuleBase(
            attributes: [.init(name: "z", cardinality: .multiple), .init(name: "a", cardinality: .multiple)],
            rules: [])
        var engine = Engine(ruleBase: base)
        try engine.assert("a", .symbol("m"), certainty: Certainty(0.5))
        try engine.assert("z", .number(3), certainty: Certainty(0.1))
        try engine.assert("z", .symbol("b"), certainty: Certainty(0.9))
        try engine.assert("z", .boolean(true), certainty: Certainty(0.9))
        engine.run()
        #expect(engine.facts.map(\.description) == ["z = yes (0.90)", "z = 3 (0.10)", "z = b (0.90)", "a = m (0.50)"])
        #expect(engine.values(of: "z").map(\.description) == ["z = yes (0.90)", "z = b (0.90)", "z = 3 (0.10)"])
        #expect(engine.values(of: "undeclared").isEmpty)
        #expect(engine.inputAttributes == ["z", "a"])
    }

    @Test func everyRunEndsAtTheFixpointEvenWhenSalienceFavoursLaterLayers() throws {
        // Eight layers of two attributes; every rule reads both attributes of the layer below.
        // Salience grows with the layer, so rules run before the evidence under them is
        // complete and must be reconsidered: the run still ends, at the unique fixpoint.
        let layers = 8
        var attributes: [AttributeDeclaration] = []
        var rules: [Rule] = []
        for layer in 0...layers {
            for side in ["l", "r"] { attributes.append(.init(name: "\(side)\(layer)")) }
        }
        for layer in 1...layers {
            let below = Condition.any([.known("l\(layer - 1)"), .known("r\(layer - 1)")])
            let both = Condition.all([.known("l\(layer - 1)"), .known("r\(layer - 1)")])
            rules.append(
                Rule(
                    id: "l\(layer)", premise: below, conclusions: Self.conclude("l\(layer)", "v", 0.9), salience: layer)
            )
            rules.append(
                Rule(
                    id: "r\(layer)", premise: both, conclusions: Self.conclude("r\(layer)", "v", -0.5), salience: layer)
            )
            rules.append(
                Rule(
                    id: "m\(layer)", premise: .not(both), conclusions: Self.conclude("r\(layer)", "v", 0.7),
                    salience: layer))
        }
        let base = try RuleBase(attributes: attributes, rules: rules)
        var engine = Engine(ruleBase: base)
        try engine.assert("l0", .symbol("v"))
        try engine.assert("r0", .symbol("v"), certainty: Certainty(0.6))
        let firings = engine.run()
        #expect(firings.count >= engine.firedRules.count)
        #expect(engine.run().isEmpty)
        let reference = ReferenceEngine(
            ruleBase: base, threshold: 0.2,
            given: ["l0": [.symbol("v"): .certain], "r0": [.symbol("v"): Certainty(0.6)]]
        ).solve()
        #expect(engine.facts == reference.facts)
        #expect(engine.firedRules == reference.fired)
        // Withdrawing an input settles too, and leaves the fresh state.
        try engine.retractAll("r0")
        engine.run()
        var fresh = Engine(ruleBase: base)
        try fresh.assert("l0", .symbol("v"))
        fresh.run()
        #expect(engine.facts == fresh.facts)
        #expect(engine.firedRules == fresh.firedRules)
    }

    @Test func considersEachRuleOnceWhenDeclaredInDependencyOrder() throws {
        var engine = Engine(ruleBase: try Self.chain(1_000))
        try engine.assert("x0", .symbol("t"))
        #expect(engine.runToFixpoint() == 1_000)
        #expect(engine.runToFixpoint() == 0)
    }

    /// A chain x0 → x1 → … → x`length`, as in the benchmarks.
    static func chain(_ length: Int) throws -> RuleBase {
        var attributes: [AttributeDeclaration] = []
        attributes.reserveCapacity(length + 1)
        for index in 0...length { attributes.append(AttributeDeclaration(name: "x\(index)")) }
        var rules: [Rule] = []
        rules.reserveCapacity(length)
        for index in 1...length {
            rules.append(
                Rule(
                    id: "r\(index)", premise: .equals("x\(index - 1)", .symbol("t")),
                    conclusions: [Conclusion(attribute: "x\(index)", value: .symbol("t"))]))
        }
        return try RuleBase(attributes: attributes, rules: rules)
    }

    @Test func runsAChainOf100000RulesToTheEndAndBack() throws {
        let base = try Self.chain(100_000)
        var engine = Engine(ruleBase: base)
        try engine.assert("x0", .symbol("t"))
        #expect(engine.runToFixpoint() == 100_000)
        #expect(engine.factCount == 100_001)
        #expect(engine.firedRuleCount == 100_000)
        #expect(engine.certainty(of: "x100000", .symbol("t")) == .certain)
        #expect(engine.values(of: "x100000").first?.sources == [.rule("r100000", contribution: .certain)])
        try engine.retract("x0", .symbol("t"))
        #expect(engine.runToFixpoint() == 0)
        #expect(engine.factCount == 0)
        #expect(engine.firedRules.isEmpty)
        // Asserting half-way re-derives only the second half.
        try engine.assert("x50000", .symbol("t"))
        #expect(engine.run().count == 50_000)
        #expect(engine.factCount == 50_001)
    }
}

@Suite("Engine with unusual input")
struct EngineUnusualInputTests {
    @Test func notANumberNeverMatchesAndNeverCrashes() throws {
        let base = try RuleBase(
            attributes: [.init(name: "n"), .init(name: "out")],
            rules: [
                Rule(
                    id: "r", premise: .compare("n", .lessOrEqual, .nan),
                    conclusions: [Conclusion(attribute: "out", value: .boolean(true))]),
                Rule(
                    id: "s", premise: .known("n"), conclusions: [Conclusion(attribute: "out", value: .boolean(false))]),
            ])
        var engine = Engine(ruleBase: base)
        try engine.assert("n", .number(.nan))
        try engine.assert("n", .number(.nan), certainty: Certainty(.nan))
        engine.run()
        #expect(engine.values(of: "n").count == 1)
        #expect(engine.firedRules == [])
        try engine.assert("n", .number(.infinity))
        try engine.retract("n", .number(.nan))
        engine.run()
        #expect(engine.values(of: "n").map(\.description) == ["n = inf (1.00)"])
        #expect(engine.firedRules == ["s"])
    }

    @Test(arguments: [0.0, -1, 1, Double.nan])
    func anyThresholdReachesAFixpoint(threshold: Double) throws {
        let base = try SmallRuleBase.ruleBase()
        var engine = Engine(ruleBase: base, threshold: threshold)
        try engine.assert("motive", .symbol("efficiency"))
        engine.run()
        #expect(engine.run().isEmpty)
        let reference = ReferenceEngine(
            ruleBase: base, threshold: threshold, given: ["motive": [.symbol("efficiency"): .certain]]
        ).solve()
        #expect(engine.facts == reference.facts)
        #expect(engine.firedRules == reference.fired)
    }
}

@Suite("Engine on an empty rule base")
struct EngineEmptyRuleBaseTests {
    @Test func runsAndAnswersEverythingEmpty() throws {
        var engine = Engine(ruleBase: try RuleBase(attributes: [], rules: []))
        #expect(engine.run().isEmpty)
        #expect(engine.facts.isEmpty)
        #expect(engine.trace.isEmpty)
        #expect(engine.inputAttributes.isEmpty)
        #expect(engine.relevance(goal: "x").isEmpty)
        #expect(engine.how("x", .boolean(true)) == nil)
    }

    @Test func aRuleThatReadsNothingFiresOnceAndStays() throws {
        let base = try RuleBase(
            attributes: [.init(name: "out")],
            rules: [
                Rule(id: "always", premise: .all([]), conclusions: [Conclusion(attribute: "out", value: .number(1))]),
                Rule(id: "never", premise: .any([]), conclusions: [Conclusion(attribute: "out", value: .number(2))]),
            ])
        var engine = Engine(ruleBase: base)
        #expect(engine.run().map(\.rule) == ["always"])
        #expect(engine.run().isEmpty)
        #expect(engine.facts.map(\.description) == ["out = 1 (1.00)"])
        #expect(
            engine.whyNot("out", .number(2)) == [
                WhyNot(rule: "never", outcome: .blocked(by: .any([]), certainty: Certainty(-1)))
            ])
    }
}
