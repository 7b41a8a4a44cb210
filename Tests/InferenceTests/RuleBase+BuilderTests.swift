import TestSupport
import Testing
import Utilities

@testable import Inference

/// The builder against `RuleBase(attributes:rules:)`: the same rule base from the same
/// declarations, and the same engine behaviour.
@Suite("RuleBase.Builder")
struct RuleBaseBuilderTests {
    /// Feeds `rules` to a builder through ids and prefix-order premises, as a reader would.
    private func build(_ attributes: [AttributeDeclaration], _ rules: [Rule]) throws -> RuleBase {
        var builder = RuleBase.Builder(rules: rules.count)
        for attribute in attributes { _ = try builder.declare(attribute) }
        func add(_ condition: Condition) throws {
            func id(_ name: String) throws -> AttributeID { try #require(builder.existingAttribute(named: name)) }
            switch condition {
            case .equals(let name, let value): builder.equals(try id(name), builder.value(value))
            case .notEquals(let name, let value): builder.notEquals(try id(name), builder.value(value))
            case .contains(let name, let value): builder.contains(try id(name), builder.value(value))
            case .compare(let name, let comparison, let number): builder.compare(try id(name), comparison, number)
            case .known(let name): builder.known(try id(name))
            case .unknown(let name): builder.unknown(try id(name))
            case .all(let parts):
                builder.beginAll()
                for part in parts { try add(part) }
                builder.endGroup()
            case .any(let parts):
                builder.beginAny()
                for part in parts { try add(part) }
                builder.endGroup()
            case .not(let inner):
                builder.beginNot()
                try add(inner)
                builder.endGroup()
            }
        }
        for rule in rules {
            builder.beginRule(id: rule.id, salience: rule.salience)
            try add(rule.premise)
            for conclusion in rule.conclusions {
                let attribute = try #require(builder.existingAttribute(named: conclusion.attribute))
                try builder.conclude(attribute, builder.value(conclusion.value), certainty: conclusion.certainty)
            }
            try builder.endRule()
        }
        return try builder.build()
    }

    /// 200 random rule bases: both paths give back the declarations and rules they were given,
    /// and engines on either agree on facts, firings, trace and explanations after every run.
    @Test(arguments: 0..<4)
    func buildsTheSameEngineAsTheRuleInitializer(batch: Int) throws {
        for offset in 0..<50 {
            let seed = UInt64(20_000 + batch * 50 + offset)
            var random = SplitMix64(seed: seed)
            let scenario = RandomRuleBase(random: &random)
            let viaRules = try RuleBase(attributes: scenario.attributes, rules: scenario.rules)
            let viaBuilder = try build(scenario.attributes, scenario.rules)
            #expect(viaRules.rules == scenario.rules, "seed \(seed)")
            #expect(viaRules.attributes == scenario.attributes, "seed \(seed)")
            #expect(viaBuilder.rules == scenario.rules, "seed \(seed)")
            #expect(viaBuilder.attributes == scenario.attributes, "seed \(seed)")
            #expect(viaBuilder.program.rankOfRule == viaRules.program.rankOfRule, "seed \(seed)")

            var first = Engine(ruleBase: viaRules, threshold: scenario.threshold)
            var second = Engine(ruleBase: viaBuilder, threshold: scenario.threshold)
            var given: [String: [Value: Certainty]] = [:]
            for _ in 0..<random.int(1...4) {
                var mirror = random
                try scenario.randomChange(&random, engine: &first, given: &given)
                var ignored: [String: [Value: Certainty]] = [:]
                try scenario.randomChange(&mirror, engine: &second, given: &ignored)
                #expect(first.run() == second.run(), "seed \(seed)")
                #expect(first.facts == second.facts, "seed \(seed)")
                #expect(first.trace == second.trace, "seed \(seed)")
                for fact in first.facts {
                    #expect(first.how(fact.attribute, fact.value) == second.how(fact.attribute, fact.value))
                    #expect(first.whyNot(fact.attribute, fact.value) == second.whyNot(fact.attribute, fact.value))
                }
                for attribute in scenario.layered {
                    #expect(first.relevance(goal: attribute) == second.relevance(goal: attribute), "seed \(seed)")
                    #expect(first.influence(of: attribute) == second.influence(of: attribute), "seed \(seed)")
                }
            }
        }
    }

    @Test func declaresAttributesOnFirstUseAndInternsFromBytes() throws {
        var builder = RuleBase.Builder()
        let x0 = Array("x0".utf8).withUnsafeBytes { builder.attribute(named: $0, cardinality: .multiple) }
        let again = builder.attribute(named: "x0")
        let x1 = builder.attribute(named: "x1")
        let t = Array("t".utf8).withUnsafeBytes { builder.symbol($0) }
        #expect(x0 == again)
        #expect(builder.value(.symbol("t")) == t)
        Array("r1".utf8).withUnsafeBytes { builder.beginRule(id: $0) }
        builder.contains(x0, t)
        try builder.conclude(x1, t)
        try builder.endRule()
        let base = try builder.build()
        #expect(
            base.attributes == [
                AttributeDeclaration(name: "x0", cardinality: .multiple), AttributeDeclaration(name: "x1"),
            ])
        #expect(
            base.rules == [
                Rule(
                    id: "r1", premise: .contains("x0", .symbol("t")),
                    conclusions: [Conclusion(attribute: "x1", value: .symbol("t"))])
            ])
        #expect(base.ruleCount == 1)
    }

    @Test func aMentionedFactHasAKeyInTheRuleBaseAndChangesNothingElse() throws {
        func base(mentioning: Bool) throws -> RuleBase {
            var builder = RuleBase.Builder()
            let input = builder.attribute(named: "in", cardinality: .multiple)
            let out = builder.attribute(named: "out")
            if mentioning { builder.mention(input, builder.value(.symbol("unread"))) }
            builder.beginRule(id: "r")
            builder.contains(input, builder.value(.symbol("read")))
            try builder.conclude(out, builder.value(.symbol("yes")))
            try builder.endRule()
            return try builder.build()
        }
        let plain = try base(mentioning: false)
        let mentioned = try base(mentioning: true)
        #expect(mentioned.program.table.keyCount == plain.program.table.keyCount + 1)
        #expect(mentioned.rules == plain.rules)
        #expect(mentioned.attributes == plain.attributes)
        var engines = [Engine(ruleBase: plain), Engine(ruleBase: mentioned)]
        for index in engines.indices {
            try engines[index].assert("in", .symbol("unread"))
            try engines[index].assert("in", .symbol("read"))
            engines[index].run()
        }
        #expect(engines[0].facts == engines[1].facts)
        #expect(engines[0].certainty(of: "out", .symbol("yes")) == .certain)
        // The plain engine added a key for the unread value; the other found it.
        #expect(engines[0].memory.table.keyCount == plain.program.table.keyCount + 1)
        #expect(engines[1].memory.table.keyCount == mentioned.program.table.keyCount)
    }

    @Test func aRuleWithoutConditionsHoldsAlways() throws {
        var builder = RuleBase.Builder()
        let out = builder.attribute(named: "out")
        builder.beginRule(id: "always")
        try builder.conclude(out, builder.value(.boolean(true)))
        try builder.endRule()
        let base = try builder.build()
        #expect(base.rules.first?.premise == .all([]))
        var engine = Engine(ruleBase: base)
        engine.run()
        #expect(engine.certainty(of: "out", .boolean(true)) == .certain)
    }

    @Test func reportsTheFirstRepeatedRuleIdWhenBuilding() throws {
        var builder = RuleBase.Builder()
        let a = builder.attribute(named: "a")
        let b = builder.attribute(named: "b")
        let yes = builder.value(.boolean(true))
        for id in ["r1", "r2", "r3", "r2", "r1"] {
            builder.beginRule(id: id)
            builder.known(a)
            try builder.conclude(b, yes)
            try builder.endRule()
        }
        #expect(throws: RuleBase.Error.duplicateRule("r2")) { try builder.build() }
    }

    @Test func rejectsAConclusionWithoutRuleOrCertaintyOutOfRange() throws {
        var builder = RuleBase.Builder()
        let a = builder.attribute(named: "a")
        builder.beginRule(id: "r")
        builder.known(a)
        #expect(throws: RuleBase.Error.noConclusion(rule: "r")) { try builder.endRule() }
        var other = RuleBase.Builder()
        let b = other.attribute(named: "b")
        other.beginRule(id: "s")
        #expect(throws: RuleBase.Error.certaintyOutOfRange(rule: "s", certainty: 2)) {
            try other.conclude(b, other.value(.number(1)), certainty: 2)
        }
    }

    /// Random rule bases of conjunctive rules (`all` of `contains`, certain conclusions), each
    /// built once rule by rule through the step-wise calls and once through ``addRule``: the
    /// same declarations, rules, agenda and engine.
    @Test(arguments: 0..<3)
    func addRuleBuildsWhatTheStepwiseCallsBuild(batch: Int) throws {
        for offset in 0..<20 {
            let seed = UInt64(30_000 + batch * 20 + offset)
            var random = SplitMix64(seed: seed)
            var stepwise = RuleBase.Builder()
            var whole = RuleBase.Builder()
            let names = (0..<6).map { "a\($0)" }
            let values = ["v0", "v1", "v2"]
            func pair(_ builder: inout RuleBase.Builder, _ attribute: Int, _ value: Int) -> (AttributeID, ValueID) {
                let id = Array(names[attribute].utf8).withUnsafeBytes {
                    builder.attribute(named: $0, cardinality: .multiple)
                }
                return (id, Array(values[value].utf8).withUnsafeBytes { builder.symbol($0) })
            }
            for rule in 0..<random.below(12) + 1 {
                // Conclusions name a later attribute than every condition, so there is no cycle.
                let target = random.below(5) + 1
                let conditionSpecs = (0..<random.below(3)).map { _ in
                    (random.below(target), random.below(3))
                }
                let conclusionSpecs = (0..<random.below(2) + 1).map { _ in (target, random.below(3)) }
                let id = Array("r\(rule)".utf8)
                id.withUnsafeBytes { stepwise.beginRule(id: $0) }
                stepwise.beginAll()
                for (attribute, value) in conditionSpecs {
                    let (a, v) = pair(&stepwise, attribute, value)
                    stepwise.contains(a, v)
                }
                stepwise.endGroup()
                for (attribute, value) in conclusionSpecs {
                    let (a, v) = pair(&stepwise, attribute, value)
                    try stepwise.conclude(a, v)
                }
                try stepwise.endRule()
                let conditions = conditionSpecs.map { pair(&whole, $0.0, $0.1) }
                let conclusions = conclusionSpecs.map { pair(&whole, $0.0, $0.1) }
                try id.withUnsafeBytes { id in
                    try conditions.withUnsafeBufferPointer { conditions in
                        try conclusions.withUnsafeBufferPointer { conclusions in
                            try whole.addRule(id: id, allContaining: conditions, concluding: conclusions)
                        }
                    }
                }
            }
            let first = try stepwise.build()
            let second = try whole.build()
            #expect(first.attributes == second.attributes, "seed \(seed)")
            #expect(first.rules == second.rules, "seed \(seed)")
            #expect(first.program.rankOfRule == second.program.rankOfRule, "seed \(seed)")
            var one = Engine(ruleBase: first)
            var other = Engine(ruleBase: second)
            for declaration in first.attributes.prefix(2) {
                try one.assert(declaration.name, .symbol("v1"))
                try other.assert(declaration.name, .symbol("v1"))
            }
            #expect(one.run() == other.run(), "seed \(seed)")
            #expect(one.facts == other.facts, "seed \(seed)")
            #expect(one.trace == other.trace, "seed \(seed)")
        }
    }

    @Test func addRuleRejectsARuleWithoutConclusion() {
        var builder = RuleBase.Builder()
        let a = builder.attribute(named: "a")
        let t = builder.value(.symbol("t"))
        #expect(throws: RuleBase.Error.noConclusion(rule: "r")) {
            try Array("r".utf8).withUnsafeBytes { id in
                try [(a, t)].withUnsafeBufferPointer { conditions in
                    try builder.addRule(
                        id: id, allContaining: conditions, concluding: UnsafeBufferPointer(start: nil, count: 0))
                }
            }
        }
    }
}
