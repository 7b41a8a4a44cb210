/// The rule evidence for one fact: (conclusion, contribution) pairs sorted by conclusion index.
///
/// Conclusion indexes grow with rule declaration order, so the sorted order is the canonical
/// combination order. Most facts have one contribution, which is stored inline; only the
/// others take an array allocation.
struct Contributions: Sendable {
    /// One rule conclusion's evidence.
    struct Entry: Sendable, Equatable {
        /// The global conclusion index (see ``RuleProgram``).
        let conclusion: Int32
        /// The evidence: the conclusion's certainty times the rule's premise certainty.
        let certainty: Certainty
    }

    private var first = Entry(conclusion: -1, certainty: .unknown)
    private var rest: [Entry] = []

    /// Whether no rule contributes.
    var isEmpty: Bool { first.conclusion < 0 }

    /// The number of contributions.
    var count: Int { isEmpty ? 0 : 1 + rest.count }

    /// The contributions in canonical (conclusion) order.
    var entries: [Entry] { isEmpty ? [] : [first] + rest }

    /// The last contribution in canonical order, if any.
    var last: Entry? { isEmpty ? nil : rest.last ?? first }

    /// Calls `body` with each contribution in canonical order.
    func forEach(_ body: (Entry) -> Void) {
        guard !isEmpty else { return }
        body(first)
        for entry in rest { body(entry) }
    }

    /// Sets the contribution of `conclusion`, adding it or replacing its old value.
    ///
    /// - Returns: `true` when the entry was added after every existing entry (so the fact's
    ///   certainty is the old certainty combined with this one).
    /// - Complexity: O(1) when added last; O(*k*) otherwise.
    mutating func set(_ conclusion: Int32, _ certainty: Certainty) -> Bool {
        let entry = Entry(conclusion: conclusion, certainty: certainty)
        if isEmpty {
            first = entry
            return true
        }
        if conclusion == first.conclusion {
            first = entry
            return false
        }
        if conclusion < first.conclusion {
            rest.insert(first, at: 0)
            first = entry
            return false
        }
        guard let lastEntry = rest.last, conclusion <= lastEntry.conclusion else {
            rest.append(entry)
            return true
        }
        let index = insertionIndex(of: conclusion)
        if index < rest.count, rest[index].conclusion == conclusion {
            rest[index] = entry
        } else {
            rest.insert(entry, at: index)
        }
        return false
    }

    /// Removes the contribution of `conclusion`, if present.
    ///
    /// - Complexity: O(*k*).
    mutating func remove(_ conclusion: Int32) {
        guard !isEmpty else { return }
        if conclusion == first.conclusion {
            if rest.isEmpty {
                first = Entry(conclusion: -1, certainty: .unknown)
            } else {
                first = rest.removeFirst()
            }
            return
        }
        let index = insertionIndex(of: conclusion)
        if index < rest.count, rest[index].conclusion == conclusion { rest.remove(at: index) }
    }

    /// The index in `rest` of the first entry whose conclusion is not below `conclusion`.
    private func insertionIndex(of conclusion: Int32) -> Int {
        var low = 0
        var high = rest.count
        while low < high {
            let middle = (low + high) / 2
            if rest[middle].conclusion < conclusion { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
