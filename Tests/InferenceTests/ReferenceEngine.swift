import Inference

/// An independent, deliberately naive implementation of the engine's semantics, used as the
/// oracle of the property tests.
///
/// It shares nothing with the engine but the public types: it scores `Condition` trees
/// directly from the table in `Condition.swift`, and it finds the fixpoint by Jacobi
/// iteration (recompute every fact from the inputs and the active rules, re-score every rule,
/// repeat until nothing changes), which converges on an acyclic rule base.
struct ReferenceEngine {
    let ruleBase: RuleBase
    let threshold: Double
    /// The given values: attribute → value → certainty.
    let given: [String: [Value: Certainty]]

    /// The final facts, sorted as `Engine.facts`, and the ids of the active rules, sorted.
    func solve() -> (facts: [Fact], fired: [String]) {
        var premises: [Int: Double] = [:]
        var facts = buildFacts(premises: premises)
        for _ in 0...(ruleBase.rules.count + 1) {
            var next: [Int: Double] = [:]
            for (index, rule) in ruleBase.rules.enumerated() {
                let score = score(rule.premise, facts)
                if score >= threshold { next[index] = score }
            }
            if next == premises { break }
            premises = next
            facts = buildFacts(premises: premises)
        }
        let ordered = ruleBase.attributes.flatMap { attribute in
            (facts[attribute.name] ?? [:]).values.sorted { $0.value < $1.value }
        }
        return (ordered, premises.keys.map { ruleBase.rules[$0].id }.sorted())
    }

    private func buildFacts(premises: [Int: Double]) -> [String: [Value: Fact]] {
        var sources: [String: [Value: [Fact.Source]]] = [:]
        for attribute in ruleBase.attributes {
            let values = given[attribute.name] ?? [:]
            for (value, certainty) in values { sources[attribute.name, default: [:]][value] = [.given(certainty)] }
            if values.isEmpty, let value = attribute.defaultValue {
                sources[attribute.name, default: [:]][value] = [.defaulted(attribute.defaultCertainty)]
            }
        }
        for (index, rule) in ruleBase.rules.enumerated() {
            guard let premise = premises[index] else { continue }
            for conclusion in rule.conclusions {
                sources[conclusion.attribute, default: [:]][conclusion.value, default: []].append(
                    .rule(rule.id, contribution: Certainty(conclusion.certainty * premise)))
            }
        }
        var facts: [String: [Value: Fact]] = [:]
        for (attribute, values) in sources {
            for (value, sources) in values {
                let certainty = sources.dropFirst().reduce(sources[0].certainty) { $0.combined(with: $1.certainty) }
                facts[attribute, default: [:]][value] = Fact(
                    attribute: attribute, value: value, certainty: certainty, sources: sources)
            }
        }
        return facts
    }

    func score(_ condition: Condition, _ facts: [String: [Value: Fact]]) -> Double {
        func cf(_ attribute: String, _ value: Value) -> Double { facts[attribute]?[value]?.certainty.value ?? 0 }
        func all(_ attribute: String) -> [Fact] { Array((facts[attribute] ?? [:]).values) }
        switch condition {
        case .equals(let attribute, let value), .contains(let attribute, let value):
            return cf(attribute, value)
        case .notEquals(let attribute, let value):
            let others = all(attribute).filter { $0.value != value }.map(\.certainty.value)
            return ([0 - cf(attribute, value)] + others).max() ?? 0
        case .compare(let attribute, let comparison, let number):
            let matching = all(attribute).filter { fact in
                if case .number(let value) = fact.value { return comparison.holds(value, number) }
                return false
            }
            return matching.map(\.certainty.value).max() ?? 0
        case .known(let attribute):
            return all(attribute).map(\.certainty.value).max() ?? 0
        case .unknown(let attribute):
            let known = all(attribute).map(\.certainty.value).max()
            guard let known, known >= threshold else { return 1 }
            return 0 - known
        case .all(let parts):
            return parts.map { score($0, facts) }.min() ?? 1
        case .any(let parts):
            return parts.map { score($0, facts) }.max() ?? -1
        case .not(let inner):
            return 0 - score(inner, facts)
        }
    }
}
