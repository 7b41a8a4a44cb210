import TestSupport
import Testing

import Inference
import Utilities

/// Relevance and influence are sound: an answer they call irrelevant cannot change the goal.
@Suite("Engine relevance (seeded property test)")
struct EngineRelevancePropertyTests {
    @Test(arguments: 0..<4)
    func anAnswerOutsideTheRelevantInputsNeverChangesTheGoal(batch: Int) throws {
        var checked = 0
        for offset in 0..<100 {
            let seed = UInt64(50_000 + batch * 100 + offset)
            var random = SplitMix64(seed: seed)
            let scenario = RandomRuleBase(random: &random)
            let base = try RuleBase(attributes: scenario.attributes, rules: scenario.rules)
            var engine = Engine(ruleBase: base, threshold: scenario.threshold)
            var given: [String: [Value: Certainty]] = [:]
            for _ in 0..<random.int(0...3) { try scenario.randomChange(&random, engine: &engine, given: &given) }
            engine.run()
            let derived = base.attributes.map(\.name).filter { !engine.inputAttributes.contains($0) }
            for goal in derived {
                let relevant = Set(engine.relevance(goal: goal))
                for input in engine.inputAttributes where !engine.isAnswered(input) {
                    let influenced = engine.influence(of: input).contains(goal)
                    if relevant.contains(input) {
                        #expect(influenced, "seed \(seed): \(input) is relevant to \(goal) but does not influence it")
                        continue
                    }
                    for _ in 0..<3 {
                        var trial = engine
                        let value = random.pick(RandomRuleBase.values)
                        try trial.assert(input, value, certainty: Certainty(random.pick(RandomRuleBase.certainties)))
                        trial.run()
                        #expect(trial.values(of: goal) == engine.values(of: goal), "seed \(seed): \(input) → \(goal)")
                        checked += 1
                    }
                }
                // An answered input can change the goal only if it influences it.
                for input in engine.inputAttributes where engine.isAnswered(input) {
                    guard !engine.influence(of: input).contains(goal) else { continue }
                    var trial = engine
                    try trial.retractAll(input)
                    try trial.assert(input, random.pick(RandomRuleBase.values))
                    trial.run()
                    #expect(trial.values(of: goal) == engine.values(of: goal), "seed \(seed): \(input) ↛ \(goal)")
                }
            }
        }
        #expect(checked > 100)
    }
}
