import Testing

@testable import Inference

/// Given values, defaults and the canonical combination of sources.
@Suite("Working memory")
struct WorkingMemoryTests {
    private let base: RuleBase

    init() throws {
        base = try RuleBase(
            attributes: [
                AttributeDeclaration(name: "size", defaultValue: .symbol("small"), defaultCertainty: Certainty(0.5)),
                AttributeDeclaration(name: "motive", cardinality: .multiple),
                AttributeDeclaration(name: "tags", cardinality: .multiple, defaultValue: .symbol("none")),
                AttributeDeclaration(name: "derived"),
            ],
            rules: [
                Rule(
                    id: "r1", premise: .known("motive"),
                    conclusions: [Conclusion(attribute: "derived", value: .symbol("d"), certainty: 0.5)])
            ])
    }

    @Test func aKeysSlotIsSixteenBytesAndItsInputKeepsItsCertainty() throws {
        #expect(MemoryLayout<WorkingMemory.Slot>.stride == 16)
        var engine = Engine(ruleBase: base)
        try engine.assert("motive", .symbol("costs"), certainty: Certainty(0.25))
        try engine.assert("motive", .symbol("quality"), certainty: Certainty(-0.75))
        engine.run()
        #expect(engine.values(of: "motive").map(\.sources) == [[.given(Certainty(0.25))], [.given(Certainty(-0.75))]])
        #expect(engine.values(of: "size").map(\.sources) == [[.defaulted(Certainty(0.5))]])
        try engine.retract("motive", .symbol("costs"))
        engine.run()
        #expect(engine.values(of: "motive").map(\.description) == ["motive = quality (-0.75)"])
    }

    @Test func defaultsHoldWhileNothingIsGiven() {
        let engine = Engine(ruleBase: base)
        #expect(engine.facts.map(\.description) == ["size = small (0.50)", "tags = none (1.00)"])
        #expect(engine.values(of: "size").first?.sources == [.defaulted(Certainty(0.5))])
        #expect(!engine.isAnswered("size"))
    }

    @Test func aGivenValueReplacesTheDefaultAndRetractingRestoresIt() throws {
        var engine = Engine(ruleBase: base)
        try engine.assert("size", .symbol("large"))
        engine.run()
        #expect(engine.values(of: "size").map(\.description) == ["size = large (1.00)"])
        #expect(engine.isAnswered("size"))
        try engine.retractAll("size")
        engine.run()
        #expect(engine.values(of: "size").map(\.description) == ["size = small (0.50)"])
        #expect(!engine.isAnswered("size"))
    }

    @Test func givingTheDefaultValueMakesItGiven() throws {
        var engine = Engine(ruleBase: base)
        try engine.assert("size", .symbol("small"), certainty: Certainty(0.9))
        engine.run()
        #expect(engine.values(of: "size").map(\.sources) == [[.given(Certainty(0.9))]])
    }

    @Test func singleValuedAssertReplacesEveryGivenValue() throws {
        var engine = Engine(ruleBase: base)
        try engine.assert("size", .symbol("large"))
        try engine.assert("size", .symbol("medium"), certainty: Certainty(0.7))
        engine.run()
        #expect(engine.values(of: "size").map(\.description) == ["size = medium (0.70)"])
    }

    @Test func multiValuedAssertAddsAndUpdates() throws {
        var engine = Engine(ruleBase: base)
        try engine.assert("motive", .symbol("a"), certainty: Certainty(0.4))
        try engine.assert("motive", .symbol("b"))
        try engine.assert("motive", .symbol("a"), certainty: Certainty(0.6))
        engine.run()
        #expect(engine.values(of: "motive").map(\.description) == ["motive = b (1.00)", "motive = a (0.60)"])
        try engine.retract("motive", .symbol("b"))
        try engine.retract("motive", .symbol("never-given"))
        engine.run()
        #expect(engine.values(of: "motive").map(\.description) == ["motive = a (0.60)"])
        try engine.retractAll("motive")
        engine.run()
        #expect(engine.values(of: "motive").isEmpty)
    }

    @Test func aMultiValuedDefaultGoesOnceAnyValueIsGiven() throws {
        var engine = Engine(ruleBase: base)
        try engine.assert("tags", .symbol("x"))
        engine.run()
        #expect(engine.values(of: "tags").map(\.description) == ["tags = x (1.00)"])
        try engine.retract("tags", .symbol("x"))
        engine.run()
        #expect(engine.values(of: "tags").map(\.description) == ["tags = none (1.00)"])
    }

    @Test func changesTakeEffectOnRun() throws {
        var engine = Engine(ruleBase: base)
        engine.run()
        try engine.assert("motive", .symbol("a"))
        #expect(engine.values(of: "motive").isEmpty)
        #expect(!engine.isAnswered("motive"))
        #expect(engine.run().map(\.rule) == ["r1"])
        #expect(engine.isAnswered("motive"))
    }

    @Test func assertingADerivedAttributeAddsASourceBeforeTheRules() throws {
        var engine = Engine(ruleBase: base)
        try engine.assert("motive", .symbol("a"))
        try engine.assert("derived", .symbol("d"), certainty: Certainty(-0.2))
        engine.run()
        let fact = try #require(engine.values(of: "derived").first)
        #expect(fact.sources == [.given(Certainty(-0.2)), .rule("r1", contribution: Certainty(0.5))])
        // (-0.2 + 0.5) / (1 - 0.2)
        #expect(fact.certainty == Certainty((-0.2 + 0.5) / (1 - 0.2)))
        #expect(!engine.inputAttributes.contains("derived"))
        #expect(engine.isAnswered("derived"))
    }

    @Test func anUndeclaredAttributeIsAnInputError() {
        var engine = Engine(ruleBase: base)
        #expect(throws: Engine.InputError.undeclaredAttribute("colour")) { try engine.assert("colour", .symbol("red")) }
        #expect(throws: Engine.InputError.undeclaredAttribute("x")) { try engine.retract("x", .number(1)) }
        #expect(throws: Engine.InputError.undeclaredAttribute("y")) { try engine.retractAll("y") }
        #expect(Engine.InputError.undeclaredAttribute("colour").description == "attribute 'colour' is not declared")
    }

    @Test func aNewValueGetsItsOwnKeyAndFactCountFollows() throws {
        var engine = Engine(ruleBase: base)
        let keys = engine.memory.table.keyCount
        try engine.assert("motive", .symbol("brand-new"))
        engine.run()
        #expect(engine.memory.table.keyCount == keys + 1)
        #expect(engine.factCount == 4)  // size, tags, motive, derived
        #expect(engine.certainty(of: "motive", .symbol("brand-new")) == .certain)
        #expect(engine.certainty(of: "motive", .symbol("other")) == .unknown)
        #expect(engine.certainty(of: "nope", .symbol("brand-new")) == .unknown)
    }

    /// Rules that fire in another order than they are declared: the more specific ones first.
    /// Each concludes `f = yes`; `weak` (declared first, one condition) fires last.
    private func outOfOrderBase(weakCertainty: Double) throws -> RuleBase {
        let both: Condition = .all([.equals("a", .boolean(true)), .equals("b", .boolean(true))])
        return try RuleBase(
            attributes: [
                AttributeDeclaration(name: "a"), AttributeDeclaration(name: "b"), AttributeDeclaration(name: "f"),
            ],
            rules: [
                Rule(
                    id: "weak", premise: .equals("a", .boolean(true)),
                    conclusions: [Conclusion(attribute: "f", value: .symbol("yes"), certainty: weakCertainty)]),
                Rule(
                    id: "strong", premise: both,
                    conclusions: [Conclusion(attribute: "f", value: .symbol("yes"), certainty: 0.6)]),
                Rule(
                    id: "sure", premise: both,
                    conclusions: [Conclusion(attribute: "f", value: .symbol("yes"), certainty: 1)]),
            ])
    }

    @Test func aCertainSourceArrivingOutOfOrderMakesTheFactCertain() throws {
        // "sure" fires before "weak", which comes first in the canonical order: the fact is
        // certain, its sources listed in declaration order.
        var engine = Engine(ruleBase: try outOfOrderBase(weakCertainty: 1))
        try engine.assert("a", .boolean(true))
        try engine.assert("b", .boolean(true), certainty: Certainty(0.3))
        engine.run()
        try engine.assert("b", .boolean(true))
        engine.run()
        let fact = try #require(engine.values(of: "f").first)
        #expect(fact.certainty == .certain)
        #expect(fact.sources.map(\.certainty.value) == [1, 0.6, 1])
    }

    @Test func negativeEvidenceIsCombinedInCanonicalOrder() throws {
        // With a negative source the order matters: -0.4, then 0.6, then 1 gives 1; the
        // shortcut for certain sources must not apply, and the result equals a fresh engine's.
        var engine = Engine(ruleBase: try outOfOrderBase(weakCertainty: -0.4))
        try engine.assert("a", .boolean(true))
        try engine.assert("b", .boolean(true))
        engine.run()
        var fresh = Engine(ruleBase: try outOfOrderBase(weakCertainty: -0.4))
        try fresh.assert("a", .boolean(true))
        try fresh.assert("b", .boolean(true))
        fresh.run()
        let fact = try #require(engine.values(of: "f").first)
        #expect(fact.sources.map(\.certainty.value) == [-0.4, 0.6, 1])
        let folded = Certainty(-0.4).combined(with: Certainty(0.6)).combined(with: .certain)
        #expect(fact.certainty == folded)
        #expect(engine.values(of: "f") == fresh.values(of: "f"))
    }
}
