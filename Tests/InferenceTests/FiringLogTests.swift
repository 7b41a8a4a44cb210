import Testing
import Utilities

@testable import Inference

@Suite("FiringLog")
struct FiringLogTests {
    @Test func givesEachRuleOnceInTheOrderOfItsLastFiring() {
        var log = FiringLog(ruleCount: 5)
        for rank in [3, 1, 3, 4, 0, 1] as [RuleRank] { log.append(rank) }
        #expect(log.lastFirings { _ in true } == [3, 4, 0, 1])
        #expect(log.lastFirings { $0 != 4 } == [3, 0, 1])
        #expect(FiringLog(ruleCount: 5).lastFirings { _ in true } == [])
    }

    /// Many firings, so that the log is compacted again and again, against the last position
    /// of each rank.
    @Test(arguments: [1, 2, 10, 300])
    func keepsTheOrderAndStaysSmallAcrossCompactions(ruleCount: Int) {
        var random = SplitMix64(seed: UInt64(ruleCount))
        var log = FiringLog(ruleCount: ruleCount)
        var last: [Int: Int] = [:]
        for step in 0..<5_000 {
            let rank = random.int(0...ruleCount - 1)
            log.append(RuleRank(index: rank))
            last[rank] = step
            #expect(log.count <= 2 * ruleCount + 64)
            if step % 997 == 0 || step == 4_999 {
                let expected = last.sorted { $0.value < $1.value }.map { RuleRank(index: $0.key) }
                #expect(log.lastFirings { _ in true } == expected)
                #expect(log.lastFirings { $0.index % 2 == 0 } == expected.filter { $0.index % 2 == 0 })
            }
        }
    }
}
