import TestSupport
import Testing

@testable import Inference
import Utilities

@Suite("Agenda")
struct AgendaTests {
    /// Rules 0...5 with ranks that reverse their ids.
    private func agenda() -> Agenda {
        var agenda = Agenda(rankOfRule: [5, 4, 3, 2, 1, 0], ruleAtRank: [5, 4, 3, 2, 1, 0])
        while agenda.next() != nil {}
        return agenda
    }

    @Test func startsWithEveryRuleInRankOrder() {
        var agenda = Agenda(rankOfRule: [2, 0, 1], ruleAtRank: [1, 2, 0])
        #expect(agenda.count == 3)
        #expect([agenda.next(), agenda.next(), agenda.next(), agenda.next()] == [1, 2, 0, nil])
        #expect(agenda.isEmpty)
    }

    @Test func handsOutTheBestRankFirstWhateverTheSchedulingOrder() {
        var agenda = agenda()
        for rule in [0, 3, 5, 1, 4, 2] as [RuleID] { agenda.schedule(rule) }
        var order: [RuleID] = []
        while let rule = agenda.next() { order.append(rule) }
        #expect(order == [5, 4, 3, 2, 1, 0])
    }

    @Test func holdsARuleAtMostOnce() {
        var agenda = agenda()
        agenda.schedule(2)
        agenda.schedule(2)
        agenda.schedule(4)
        #expect(agenda.count == 2)
        #expect(agenda.next() == 4)
        agenda.schedule(4)
        #expect([agenda.next(), agenda.next(), agenda.next()] == [4, 2, nil])
    }

    @Test func staysAHeapUnderInterleavedUse() {
        let count = 200
        var random = SplitMix64(seed: 7)
        let ranks = Array(0..<Int32(count)).shuffled(using: &random)
        var ruleAtRank = [RuleID](repeating: 0, count: count)
        for (rule, rank) in ranks.enumerated() { ruleAtRank[Int(rank)] = RuleID(index: rule) }
        var agenda = Agenda(rankOfRule: ranks, ruleAtRank: ruleAtRank)
        while agenda.next() != nil {}
        var waiting: Set<RuleID> = []
        for _ in 0..<2_000 {
            if random.chance(0.6) {
                let rule = RuleID(index: random.int(0...count - 1))
                agenda.schedule(rule)
                waiting.insert(rule)
            } else if let rule = agenda.next() {
                #expect(ranks[rule.index] == waiting.map { ranks[$0.index] }.min())
                waiting.remove(rule)
            }
            #expect(agenda.count == waiting.count)
        }
    }

    @Test func schedulesAndHandsOutByRankAsTheEngineDoes() {
        var agenda = Agenda(rankOfRule: [2, 0, 1], ruleAtRank: [1, 2, 0]) { $0 != 1 }
        #expect(agenda.count == 2)
        #expect(agenda.nextRank() == 0)
        // Rank 0 is behind the sweep now: scheduled again, it comes before rank 2.
        agenda.schedule(rank: 0)
        agenda.schedule(rank: 0)
        #expect([agenda.nextRank(), agenda.nextRank(), agenda.nextRank()] == [0, 2, nil])
        agenda.schedule(rank: 1)
        #expect(agenda.next() == 2)
    }
}
