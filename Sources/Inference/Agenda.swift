/// The rules waiting to be (re)considered, in conflict-resolution order.
///
/// A rule is on the agenda when the support of its premise (the facts it reads) changed
/// since it was last considered. The agenda hands out the waiting rule with the best *rank*:
/// higher salience first, then higher specificity (more leaf conditions), then earlier
/// declaration. Ranks are fixed when the rule base is compiled, and a rule is never on the
/// agenda twice.
///
/// The waiting ranks are a set of small integers, kept as a bitmap of one bit per rank, with
/// a summary of one bit per 64-bit word of the bitmap that says whether the word has a bit
/// set. Scheduling sets two bits; taking the best rank finds the first set bit of the summary
/// at or after a lower bound of the waiting ranks, then the first set bit of that word. For
/// 100,000 rules the bitmap is 12.5 KB and the summary 200 bytes, so both stay in the
/// processor's nearest cache, where a binary heap of ranks and a flag per rule did not, and
/// neither operation compares or moves ranks.
///
/// The agenda knows rules only by their rank (``RuleProgram/rankOfRule``): the engine keeps
/// its per-rule state by rank, and looks a rule up (``RuleProgram/ruleAtRank``) only to name it.
struct Agenda: Sendable {
    /// Bit `rank % 64` of word `rank / 64` is set when the rule at `rank` is waiting.
    private var words: [UInt64]
    /// Bit `word % 64` of summary word `word / 64` is set when `words[word]` is not zero.
    private var summary: [UInt64]
    /// No rank below this one is waiting.
    private var low = 0
    /// The number of waiting rules.
    private(set) var count: Int

    /// Creates an agenda for `ruleCount` rules, holding every one of them.
    ///
    /// - Complexity: O(rules).
    init(ruleCount: Int) {
        self.init(ruleCount: ruleCount) { _ in true }
    }

    /// Creates an agenda for `ruleCount` rules, holding those at the ranks for which
    /// `isWaiting` is true.
    ///
    /// - Complexity: O(rules).
    init(ruleCount: Int, holding isWaiting: (RuleRank) -> Bool) {
        let wordCount = (ruleCount + 63) / 64
        var words = [UInt64](repeating: 0, count: wordCount)
        var summary = [UInt64](repeating: 0, count: (wordCount + 63) / 64)
        var count = 0
        for word in 0..<wordCount {
            var waiting: UInt64 = 0
            for rank in word * 64..<min(word * 64 + 64, ruleCount) where isWaiting(RuleRank(index: rank)) {
                waiting |= 1 << UInt64(rank & 63)
                count += 1
            }
            words[word] = waiting
            if waiting != 0 { summary[word >> 6] |= 1 << UInt64(word & 63) }
        }
        self.words = words
        self.summary = summary
        self.count = count
    }

    /// Whether no rule is waiting.
    var isEmpty: Bool { count == 0 }

    /// Puts the rule at `rank` on the agenda unless it is already there.
    ///
    /// - Complexity: O(1).
    mutating func schedule(rank: RuleRank) {
        let index = rank.index
        let word = index >> 6
        let bit: UInt64 = 1 << UInt64(index & 63)
        guard words[word] & bit == 0 else { return }
        words[word] |= bit
        summary[word >> 6] |= 1 << UInt64(word & 63)
        count += 1
        if index < low { low = index }
    }

    /// Takes the waiting rule with the best rank off the agenda.
    ///
    /// - Returns: The rule's rank, or `nil` when the agenda is empty.
    /// - Complexity: O(1) when a rule waits within the next 4,096 ranks after the last rank
    ///   handed out or a lower one scheduled since; O(rules / 4,096) at worst.
    mutating func nextRank() -> RuleRank? {
        guard count > 0 else { return nil }
        // Every summary bit below `low`'s word is clear, and some bit is set: the search stops.
        var summaryIndex = low >> 12
        var nonEmpty = summary[summaryIndex]
        while nonEmpty == 0 {
            summaryIndex += 1
            nonEmpty = summary[summaryIndex]
        }
        let word = summaryIndex << 6 | nonEmpty.trailingZeroBitCount
        let waiting = words[word]
        let rank = word << 6 | waiting.trailingZeroBitCount
        let rest = waiting & (waiting &- 1)
        words[word] = rest
        if rest == 0 { summary[summaryIndex] = nonEmpty & (nonEmpty &- 1) }
        count -= 1
        low = rank + 1
        return RuleRank(index: rank)
    }
}
