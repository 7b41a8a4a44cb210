/// The order in which the rules fired, for ``Engine/trace``.
///
/// Each firing appends its rule's rank, so a run writes the log front to back, where a
/// sequence number per rule was a write to a random place per firing (in a large rule base,
/// a cache miss each). When the log reaches twice the number of rules it is compacted to the
/// last firing of each rule, in order, so it never holds more than that: over an engine's
/// life a firing costs O(1), amortized.
struct FiringLog: Sendable {
    /// The rank of each firing, oldest first; a rule may appear more than once.
    private var ranks: [Int32] = []
    /// The number of rules.
    private let ruleCount: Int
    /// The log's length at which the next append first makes room (see ``makeRoom()``).
    private var checkpoint = 0

    /// Creates an empty log for `ruleCount` rules.
    init(ruleCount: Int) {
        self.ruleCount = ruleCount
    }

    /// The number of firings logged (each rule's last, and possibly earlier ones).
    var count: Int { ranks.count }

    /// Logs a firing of the rule at `rank`.
    ///
    /// - Complexity: O(1), amortized.
    @inline(__always)
    mutating func append(_ rank: RuleRank) {
        if ranks.count == checkpoint { makeRoom() }
        ranks.append(rank.rawValue)
    }

    /// Before an append at the ``checkpoint``: at twice the number of rules (plus a little) a
    /// compaction; room for one firing per rule at first (a first run fires each rule at most
    /// once), then for twice as many as logged, up to that limit.
    private mutating func makeRoom() {
        let limit = 2 * ruleCount + 64
        if ranks.count >= limit { compact() }
        if ranks.count == ranks.capacity { ranks.reserveCapacity(min(max(ruleCount, 2 * ranks.count, 64), limit)) }
        checkpoint = min(ranks.capacity, limit)
    }

    /// The ranks for which `isIncluded` holds, each once, in the order of their last firing;
    /// a rank that never fired is left out.
    ///
    /// - Complexity: O(log + rules / 64).
    func lastFirings(where isIncluded: (RuleRank) -> Bool) -> [RuleRank] {
        var result: [RuleRank] = []
        var seen = Bitmap(count: ruleCount)
        for raw in ranks.reversed() {
            let rank = RuleRank(raw)
            guard seen.insert(rank.index), isIncluded(rank) else { continue }
            result.append(rank)
        }
        return result.reversed()
    }

    /// Keeps only the last firing of each rule, in order.
    private mutating func compact() {
        ranks = lastFirings { _ in true }.map(\.rawValue)
    }

    /// A set of ranks below `count`, one bit each.
    private struct Bitmap {
        private var words: [UInt64]

        init(count: Int) {
            words = [UInt64](repeating: 0, count: (count + 63) / 64)
        }

        /// Adds `index`; returns whether it was new.
        mutating func insert(_ index: Int) -> Bool {
            let bit: UInt64 = 1 << UInt64(index & 63)
            guard words[index >> 6] & bit == 0 else { return false }
            words[index >> 6] |= bit
            return true
        }
    }
}
