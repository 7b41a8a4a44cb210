/// The rules waiting to be (re)considered, in conflict-resolution order.
///
/// A rule is on the agenda when the support of its premise (the facts it reads) changed
/// since it was last considered. The agenda hands out the waiting rule with the best *rank*:
/// higher salience first, then higher specificity (more leaf conditions), then earlier
/// declaration. Ranks are fixed when the rule base is compiled, and a rule is never on the
/// agenda twice.
///
/// A new agenda holds every rule (or those the engine asks for). Rather than sifting all of
/// them through a heap, it sweeps the ranks in order with a cursor: a waiting rule at or after
/// the cursor needs only its flag, since the sweep will reach it. The flags are kept by rank,
/// so the sweep reads them front to back. Only a rule scheduled again at a rank the sweep has
/// already passed goes into a binary min-heap of ranks, which always comes first (its ranks
/// are all below the cursor). When rules fire in rank order, as in a rule base declared in
/// dependency order, the first run needs no heap operation at all.
///
/// The agenda knows rules only by their rank (``RuleProgram/rankOfRule``): the engine keeps
/// its per-rule state by rank, and looks a rule up (``RuleProgram/ruleAtRank``) only to name it.
struct Agenda: Sendable {
    /// The next rank of the initial sweep; every waiting rule at or after it is found by the sweep.
    private var cursor = 0
    /// A binary min-heap of the ranks of the waiting rules below the cursor.
    private var heap: [Int32] = []
    /// Whether the rule at each rank is on the agenda.
    private var isQueued: [Bool]
    /// The number of waiting rules.
    private(set) var count: Int

    /// Creates an agenda for `ruleCount` rules, holding every one of them.
    ///
    /// - Complexity: O(rules).
    init(ruleCount: Int) {
        isQueued = [Bool](repeating: true, count: ruleCount)
        count = ruleCount
    }

    /// Creates an agenda for `ruleCount` rules, holding those at the ranks for which
    /// `isWaiting` is true.
    ///
    /// - Complexity: O(rules).
    init(ruleCount: Int, holding isWaiting: (RuleRank) -> Bool) {
        var count = 0
        isQueued = (0..<ruleCount).map { rank in
            let waiting = isWaiting(RuleRank(index: rank))
            if waiting { count += 1 }
            return waiting
        }
        self.count = count
    }

    /// Whether no rule is waiting.
    var isEmpty: Bool { count == 0 }

    /// Puts the rule at `rank` on the agenda unless it is already there.
    ///
    /// - Complexity: O(1) when the sweep has not passed the rank; otherwise O(log *n*) for *n*
    ///   rules in the heap.
    mutating func schedule(rank: RuleRank) {
        guard !isQueued[rank.index] else { return }
        isQueued[rank.index] = true
        count += 1
        guard rank.index < cursor else { return }
        let entry = rank.rawValue
        var child = heap.count
        heap.append(entry)
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[parent] > entry else { break }
            heap[child] = heap[parent]
            child = parent
        }
        heap[child] = entry
    }

    /// Starts fetching what ``schedule(rank:)`` reads for `rank` (see ``Prefetch``); changes nothing.
    func prefetch(rank: RuleRank) {
        isQueued.withUnsafeBufferPointer { flags in
            if rank.index < flags.count, let base = flags.baseAddress { Prefetch.read(base + rank.index) }
        }
    }

    /// Takes the waiting rule with the best rank off the agenda.
    ///
    /// - Returns: The rule's rank, or `nil` when the agenda is empty.
    /// - Complexity: O(log *n*) for *n* rules in the heap; the sweep costs O(rules) over the
    ///   agenda's life.
    mutating func nextRank() -> RuleRank? {
        guard count > 0 else { return nil }
        let rank: Int
        if let top = heap.first, let last = heap.popLast() {
            if !heap.isEmpty {
                var parent = 0
                let size = heap.count
                while true {
                    var child = 2 * parent + 1
                    guard child < size else { break }
                    if child + 1 < size, heap[child + 1] < heap[child] { child += 1 }
                    guard heap[child] < last else { break }
                    heap[parent] = heap[child]
                    parent = child
                }
                heap[parent] = last
            }
            rank = Int(top)
        } else {
            // The heap is empty, so the waiting rules are all at or after the cursor.
            while !isQueued[cursor] { cursor += 1 }
            rank = cursor
            cursor += 1
        }
        isQueued[rank] = false
        count -= 1
        return RuleRank(index: rank)
    }
}
