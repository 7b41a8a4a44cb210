/// One attribute-value pair of the neutral format: a condition, a conclusion or a fact.
struct Pair: Hashable, Sendable {
    /// The attribute name, for example `x0`.
    var attribute: String
    /// The symbolic value, for example `t`.
    var value: String
}

/// One rule of the neutral format: when every pair in `conditions` is in working memory,
/// it adds every pair in `conclusions` (all with certainty 1).
struct NeutralRule: Hashable, Sendable {
    /// The rule's id, unique within its set.
    var id: String
    /// The pairs that must all hold.
    var conditions: [Pair]
    /// The pairs the rule adds when it fires.
    var conclusions: [Pair]
}

/// A benchmark problem in the engine-neutral format that both Grondvorm and CLIPS run.
///
/// Semantics: working memory is a set of attribute-value pairs (an attribute may hold
/// several values); a rule fires once when all its conditions hold; run to the fixpoint.
struct NeutralRuleSet: Sendable {
    /// The rules, in declaration order.
    var rules: [NeutralRule]
    /// The initial facts.
    var facts: [Pair]

    /// Every attribute named by a rule or a fact, in order of first appearance
    /// (rules first, then facts), without repeats.
    var attributes: [String] {
        var seen: Set<String> = []
        var result: [String] = []
        // Most rules conclude a new attribute: reserve for that, so the set rarely rehashes.
        seen.reserveCapacity(rules.count + facts.count)
        result.reserveCapacity(rules.count + facts.count)
        for rule in rules {
            for pair in rule.conditions where seen.insert(pair.attribute).inserted {
                result.append(pair.attribute)
            }
            for pair in rule.conclusions where seen.insert(pair.attribute).inserted {
                result.append(pair.attribute)
            }
        }
        for pair in facts where seen.insert(pair.attribute).inserted {
            result.append(pair.attribute)
        }
        return result
    }
}
