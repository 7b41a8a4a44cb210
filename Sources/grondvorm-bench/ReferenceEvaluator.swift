/// An independent, deliberately simple evaluation of the neutral semantics that gives the
/// expected counts for a generated rule set.
///
/// It uses the counting algorithm: every rule waits for a number of missing conditions;
/// each new fact decrements the rules that read it, and a rule whose count reaches zero
/// fires once and adds its conclusions. Nothing here shares code with either engine.
struct ReferenceEvaluator {
    /// The counts at the fixpoint (timings are zero).
    ///
    /// - Complexity: O(total number of pairs in rules and facts), expected.
    static func expectedCounts(of set: NeutralRuleSet) -> BenchResult {
        var watchers: [Pair: [Int]] = [:]
        var missing: [Int] = []
        missing.reserveCapacity(set.rules.count)
        for (index, rule) in set.rules.enumerated() {
            let distinct = Set(rule.conditions)
            missing.append(distinct.count)
            for pair in distinct { watchers[pair, default: []].append(index) }
        }
        var memory: Set<Pair> = []
        var pending: [Pair] = []
        var fired = 0
        func add(_ pair: Pair) {
            if memory.insert(pair).inserted { pending.append(pair) }
        }
        // Rules without conditions hold from the start.
        for (index, rule) in set.rules.enumerated() where missing[index] == 0 {
            fired += 1
            rule.conclusions.forEach(add)
        }
        set.facts.forEach(add)
        while let pair = pending.popLast() {
            for index in watchers[pair] ?? [] {
                missing[index] -= 1
                if missing[index] == 0 {
                    fired += 1
                    set.rules[index].conclusions.forEach(add)
                }
            }
        }
        return BenchResult(
            rules: set.rules.count, fired: fired, finalFacts: memory.count, loadSeconds: 0, runSeconds: 0)
    }
}
