/// The rules waiting to be (re)considered, in conflict-resolution order.
///
/// A rule is on the agenda when the support of its premise (the facts it reads) changed
/// since it was last considered. The agenda hands out the waiting rule with the best *rank*:
/// higher salience first, then higher specificity (more leaf conditions), then earlier
/// declaration. Ranks are fixed when the rule base is compiled, so the agenda is a binary
/// min-heap of small integers, and a rule is never on it twice.
struct Agenda: Sendable {
    /// The agenda position of each rule (see ``RuleProgram/rankOfRule``).
    private let rankOfRule: [Int32]
    /// The rule at each agenda position.
    private let ruleAtRank: [RuleID]
    /// A binary min-heap of ranks.
    private var heap: [Int32]
    /// Whether each rule is on the agenda.
    private var isQueued: [Bool]

    /// Creates an agenda holding every rule, as a fresh engine needs.
    ///
    /// - Complexity: O(rules): the ranks in ascending order already form a heap.
    init(rankOfRule: [Int32], ruleAtRank: [RuleID]) {
        self.rankOfRule = rankOfRule
        self.ruleAtRank = ruleAtRank
        heap = Array(0..<Int32(ruleAtRank.count))
        isQueued = [Bool](repeating: true, count: ruleAtRank.count)
    }

    /// Whether no rule is waiting.
    var isEmpty: Bool { heap.isEmpty }

    /// The number of waiting rules.
    var count: Int { heap.count }

    /// Puts `rule` on the agenda unless it is already there.
    ///
    /// - Complexity: O(log *n*) for *n* waiting rules.
    mutating func schedule(_ rule: RuleID) {
        guard !isQueued[rule.index] else { return }
        isQueued[rule.index] = true
        var child = heap.count
        let rank = rankOfRule[rule.index]
        heap.append(rank)
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[parent] > rank else { break }
            heap[child] = heap[parent]
            child = parent
        }
        heap[child] = rank
    }

    /// Takes the waiting rule with the best rank off the agenda.
    ///
    /// - Returns: The rule, or `nil` when the agenda is empty.
    /// - Complexity: O(log *n*) for *n* waiting rules.
    mutating func next() -> RuleID? {
        guard let top = heap.first, let last = heap.popLast() else { return nil }
        if !heap.isEmpty {
            var parent = 0
            let count = heap.count
            while true {
                var child = 2 * parent + 1
                guard child < count else { break }
                if child + 1 < count, heap[child + 1] < heap[child] { child += 1 }
                guard heap[child] < last else { break }
                heap[parent] = heap[child]
                parent = child
            }
            heap[parent] = last
        }
        let rule = ruleAtRank[Int(top)]
        isQueued[rule.index] = false
        return rule
    }
}
