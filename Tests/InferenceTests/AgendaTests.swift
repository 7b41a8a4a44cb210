import TestSupport
import Testing

@testable import Inference
import Utilities

@Suite("Agenda")
struct AgendaTests {
    /// An empty agenda for the ranks 0...5 (every rank it held handed out).
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

    /// Random scheduling and taking, checked against a set of ranks, for rule counts on both
    /// sides of the bitmap's word (64 ranks) and summary word (4,096 ranks) boundaries.
    @Test(arguments: [1, 63, 64, 65, 200, 4_095, 4_096, 4_097, 20_000])
    func handsOutTheBestWaitingRankUnderInterleavedUse(count: Int) {
        var random = SplitMix64(seed: UInt64(count))
        var agenda = Agenda(ruleCount: count)
        while agenda.nextRank() != nil {}
        var waiting: Set<RuleRank> = []
        for step in 0..<6_000 {
            // Phases that mostly fill and mostly drain, so that the agenda runs empty and full.
            if random.chance(step / 1_000 % 2 == 0 ? 0.7 : 0.3) {
                // Ranks near both ends as often as elsewhere.
                let rank = RuleRank(
                    index: random.chance(0.2) ? random.int(max(0, count - 3)...count - 1) : random.int(0...count - 1))
                agenda.schedule(rank: rank)
                waiting.insert(rank)
            } else {
                let rank = agenda.nextRank()
                #expect(rank == waiting.min())
                if let rank { waiting.remove(rank) }
            }
            #expect(agenda.count == waiting.count)
        }
    }

    @Test func findsTheOnlyWaitingRuleFarBehindOrFarAhead() {
        var agenda = Agenda(ruleCount: 50_000) { $0.index == 49_999 }
        #expect(agenda.nextRank() == 49_999)
        agenda.schedule(rank: 3)
        agenda.schedule(rank: 45_000)
        #expect([agenda.nextRank(), agenda.nextRank(), agenda.nextRank()] == [3, 45_000, nil])
        agenda.schedule(rank: 0)
        #expect([agenda.nextRank(), agenda.nextRank()] == [0, nil])
    }

    @Test func anAgendaForNoRulesIsEmpty() {
        var agenda = Agenda(ruleCount: 0)
        #expect(agenda.isEmpty)
        #expect(agenda.nextRank() == nil)
    }

    @Test func holdsOnlyTheRanksItIsGivenAndHandsOutARankScheduledAgainFirst() {
        var agenda = Agenda(ruleCount: 3) { $0 != 1 }
        #expect(agenda.count == 2)
        #expect(agenda.nextRank() == 0)
        // Rank 0, handed out already and scheduled again, comes before rank 2.
        agenda.schedule(rank: 0)
        agenda.schedule(rank: 0)
        #expect([agenda.nextRank(), agenda.nextRank(), agenda.nextRank()] == [0, 2, nil])
        agenda.schedule(rank: 1)
        #expect(agenda.nextRank() == 1)
    }
}
