import TestSupport
import Testing

@testable import Inference
import Utilities

@Suite("Agenda")
struct AgendaTests {
    /// An empty agenda for the ranks 0...5 (its initial sweep done).
    private func agenda() -> Agenda {
        var agenda = Agenda(ruleCount: 6)
        while agenda.nextRank() != nil {}
        return agenda
    }

    @Test func startsWithEveryRuleInRankOrder() {
        var agenda = Agenda(ruleCount: 3)
        #expect(agenda.count == 3)
        #expect([agenda.nextRank(), agenda.nextRank(), agenda.nextRank(), agenda.nextRank()] == [0, 1, 2, nil])
        #expect(agenda.isEmpty)
    }

    @Test func handsOutTheBestRankFirstWhateverTheSchedulingOrder() {
        var agenda = agenda()
        for rank in [5, 2, 0, 4, 1, 3] as [RuleRank] { agenda.schedule(rank: rank) }
        var order: [RuleRank] = []
        while let rank = agenda.nextRank() { order.append(rank) }
        #expect(order == [0, 1, 2, 3, 4, 5])
    }

    @Test func holdsARuleAtMostOnce() {
        var agenda = agenda()
        agenda.schedule(rank: 3)
        agenda.schedule(rank: 3)
        agenda.schedule(rank: 1)
        #expect(agenda.count == 2)
        #expect(agenda.nextRank() == 1)
        agenda.schedule(rank: 1)
        #expect([agenda.nextRank(), agenda.nextRank(), agenda.nextRank()] == [1, 3, nil])
    }

    @Test func staysAHeapUnderInterleavedUse() {
        let count = 200
        var random = SplitMix64(seed: 7)
        var agenda = Agenda(ruleCount: count)
        while agenda.nextRank() != nil {}
        var waiting: Set<RuleRank> = []
        for _ in 0..<2_000 {
            if random.chance(0.6) {
                let rank = RuleRank(index: random.int(0...count - 1))
                agenda.schedule(rank: rank)
                waiting.insert(rank)
            } else if let rank = agenda.nextRank() {
                #expect(rank == waiting.min())
                waiting.remove(rank)
            }
            #expect(agenda.count == waiting.count)
        }
    }

    @Test func holdsOnlyTheRanksItIsGivenAndSchedulesBehindTheSweep() {
        var agenda = Agenda(ruleCount: 3) { $0 != 1 }
        #expect(agenda.count == 2)
        #expect(agenda.nextRank() == 0)
        // Rank 0 is behind the sweep now: scheduled again, it comes before rank 2.
        agenda.schedule(rank: 0)
        agenda.schedule(rank: 0)
        #expect([agenda.nextRank(), agenda.nextRank(), agenda.nextRank()] == [0, 2, nil])
        agenda.schedule(rank: 1)
        #expect(agenda.nextRank() == 1)
    }
}
