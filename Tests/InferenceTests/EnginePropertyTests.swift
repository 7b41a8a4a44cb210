import TestSupport
import Testing

@testable import Inference
import Utilities

/// Random rule bases and random input histories: the incremental state after every run must
/// equal a fresh engine's on the final inputs, and both must equal the naive reference.
@Suite("Engine truth maintenance (seeded property test)")
struct EnginePropertyTests {
    /// 1,000 rule bases in 10 batches that run in parallel; the seed of a failing base is
    /// printed with the failure.
    @Test(arguments: 0..<10)
    func incrementalStateEqualsAFreshRun(batch: Int) throws {
        for offset in 0..<100 {
            let seed = UInt64(batch * 100 + offset)
            try check(seed: seed)
        }
    }

    /// 100 larger rule bases (up to 16 attributes and 40 rules, so deeper chains).
    @Test(arguments: 0..<2)
    func incrementalStateEqualsAFreshRunOnLargerRuleBases(batch: Int) throws {
        for offset in 0..<50 {
            try check(seed: 10_000 + UInt64(batch * 50 + offset), attributes: 8...16, rules: 15...40)
        }
    }

    private func check(
        seed: UInt64, attributes: ClosedRange<Int> = 3...8, rules: ClosedRange<Int> = 2...12
    ) throws {
        var random = SplitMix64(seed: seed)
        let scenario = RandomRuleBase(random: &random, attributeCount: attributes, ruleCount: rules)
        let base = try RuleBase(attributes: scenario.attributes, rules: scenario.rules)
        var engine = Engine(ruleBase: base, threshold: scenario.threshold)
        var given: [String: [Value: Certainty]] = [:]
        for _ in 0..<random.int(2...8) {
            for _ in 0..<random.int(1...4) {
                try scenario.randomChange(&random, engine: &engine, given: &given)
            }
            engine.run()

            var fresh = Engine(ruleBase: base, threshold: scenario.threshold)
            for (attribute, values) in given.sorted(by: { $0.key < $1.key }) {
                for (value, certainty) in values.sorted(by: { $0.key < $1.key }) {
                    try fresh.assert(attribute, value, certainty: certainty)
                }
            }
            fresh.run()
            let reference = ReferenceEngine(ruleBase: base, threshold: scenario.threshold, given: given).solve()

            #expect(engine.facts == fresh.facts, "seed \(seed)")
            #expect(engine.firedRules == fresh.firedRules, "seed \(seed)")
            #expect(Set(engine.trace) == Set(fresh.trace), "seed \(seed)")
            #expect(engine.facts == reference.facts, "seed \(seed)")
            #expect(engine.firedRules == reference.fired, "seed \(seed)")
            #expect(engine.factCount == reference.facts.count, "seed \(seed)")
            #expect(engine.firedRuleCount == reference.fired.count, "seed \(seed)")
            guard engine.facts == reference.facts, engine.firedRules == reference.fired else { return }

            // Scoring an arbitrary condition agrees with the reference on the final facts, and
            // with the premise certainty of every firing that holds.
            let oracle = ReferenceEngine(ruleBase: base, threshold: scenario.threshold, given: given)
            let facts = Dictionary(grouping: engine.facts, by: \.attribute).mapValues { facts in
                Dictionary(uniqueKeysWithValues: facts.map { ($0.value, $0) })
            }
            let premises = Dictionary(uniqueKeysWithValues: engine.trace.map { ($0.rule, $0.premiseCertainty) })
            for rule in base.rules {
                let certainty = engine.certainty(of: rule.premise)
                #expect(certainty == Certainty(oracle.score(rule.premise, facts)), "seed \(seed)")
                if let premise = premises[rule.id] { #expect(certainty == premise, "seed \(seed)") }
            }
        }
    }
}

/// A random acyclic rule base with every kind of condition, random salience, mixed-sign
/// certainties, defaults and both cardinalities.
struct RandomRuleBase {
    let attributes: [AttributeDeclaration]
    let rules: [Rule]
    let threshold: Double
    /// Attribute names in dependency order: rules read earlier ones and conclude later ones.
    let layered: [String]

    static let values: [Value] = [
        .symbol("p"), .symbol("q"), .number(1), .number(2.5), .boolean(true),
    ]
    static let certainties: [Double] = [1, 1, 0.9, 0.7, 0.5, 0.3, 0.15, -0.3, -0.6, -1]

    init(random: inout SplitMix64, attributeCount: ClosedRange<Int> = 3...8, ruleCount: ClosedRange<Int> = 2...12) {
        let count = random.int(attributeCount)
        layered = (0..<count).map { "a\($0)" }
        let inputs = random.int(1...min(3, count - 1))
        var declarations: [AttributeDeclaration] = []
        var derived: Set<String> = []
        var rules: [Rule] = []
        for index in 0..<random.int(ruleCount) {
            let target = random.int(inputs...count - 1)
            var conclusions = [
                Conclusion(
                    attribute: layered[target], value: random.pick(Self.values),
                    certainty: random.pick(Self.certainties))
            ]
            if random.chance(0.3) {
                let second = random.int(target...count - 1)
                conclusions.append(
                    Conclusion(
                        attribute: layered[second], value: random.pick(Self.values),
                        certainty: random.pick(Self.certainties)))
            }
            derived.formUnion(conclusions.map(\.attribute))
            let readable = Array(layered[0..<target])
            rules.append(
                Rule(
                    id: "r\(index)", premise: Self.condition(&random, readable: readable, depth: 0),
                    conclusions: conclusions, salience: random.int(-1...1)))
        }
        for name in layered {
            let cardinality: AttributeDeclaration.Cardinality = random.chance(0.4) ? .multiple : .single
            if !derived.contains(name), random.chance(0.3) {
                declarations.append(
                    AttributeDeclaration(
                        name: name, cardinality: cardinality, defaultValue: random.pick(Self.values),
                        defaultCertainty: Certainty(random.pick(Self.certainties))))
            } else {
                declarations.append(AttributeDeclaration(name: name, cardinality: cardinality))
            }
        }
        declarations.shuffle(using: &random)
        self.attributes = declarations
        self.rules = rules
        self.threshold = random.pick([0.2, 0.2, 0.2, 0.1, 0.5, 0, 1])
    }

    static func condition(_ random: inout SplitMix64, readable: [String], depth: Int) -> Condition {
        let composite = depth < 2 && random.chance(0.4)
        if composite || readable.isEmpty {
            switch random.int(0...2) {
            case 0:
                return .all(
                    (0..<random.int(0...3)).map { _ in condition(&random, readable: readable, depth: depth + 1) })
            case 1:
                return .any(
                    (0..<random.int(0...3)).map { _ in condition(&random, readable: readable, depth: depth + 1) })
            default:
                guard !readable.isEmpty else { return .all([]) }
                return .not(condition(&random, readable: readable, depth: depth + 1))
            }
        }
        let attribute = random.pick(readable)
        switch random.int(0...7) {
        case 0, 1: return .equals(attribute, random.pick(values))
        case 2: return .notEquals(attribute, random.pick(values))
        case 3: return .contains(attribute, random.pick(values))
        case 4: return .compare(attribute, random.pick(Condition.Comparison.allCases), random.pick([1, 2.5, 3]))
        case 5: return .known(attribute)
        case 6: return .unknown(attribute)
        default: return .not(.equals(attribute, random.pick(values)))
        }
    }

    /// Applies one random input change to the engine and mirrors it in `given`.
    func randomChange(
        _ random: inout SplitMix64, engine: inout Engine, given: inout [String: [Value: Certainty]]
    ) throws {
        // Mostly inputs (what a consultation changes), sometimes a derived attribute.
        let inputs = attributes.filter { declaration in
            !rules.contains { $0.conclusions.contains { $0.attribute == declaration.name } }
        }
        let attribute = random.chance(0.85) && !inputs.isEmpty ? random.pick(inputs) : random.pick(attributes)
        let name = attribute.name
        let value = random.pick(Self.values)
        switch random.int(0...5) {
        case 0...2:
            let certainty = Certainty(random.pick(Self.certainties))
            try engine.assert(name, value, certainty: certainty)
            if attribute.cardinality == .single { given[name] = [:] }
            given[name, default: [:]][value] = certainty
        case 3, 4:
            try engine.retract(name, value)
            given[name]?[value] = nil
        default:
            try engine.retractAll(name)
            given[name] = nil
        }
        if given[name]?.isEmpty == true { given[name] = nil }
    }
}
