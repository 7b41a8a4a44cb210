/// Scoring compiled premises against the facts, as the table in ``Condition`` defines.
///
/// This is the one implementation of condition scoring: rule premises, conditions scored
/// through ``Engine/certainty(of:)-(Condition)``, ``Engine/whyNot(_:_:)`` and the relevance
/// analysis all compile to ``PremiseNode``s and come here.
extension WorkingMemory {
    /// The certainty of the premise subtree rooted at node `index`.
    ///
    /// - Complexity: O(size of the subtree + facts of the attributes its whole-attribute leaves read).
    func score(_ nodes: [PremiseNode], _ index: Int, threshold: Double) -> Double {
        let node = nodes[index]
        switch node.kind {
        case .equals, .contains:
            return certainty(ofKey: node.key).value
        case .notEquals:
            var best = 0 - certainty(ofKey: node.key).value
            forEachFact(of: node.attribute) { key, certainty in
                if key != node.key, certainty > best { best = certainty }
            }
            return best
        case .compare:
            var best: Double?
            forEachFact(of: node.attribute) { key, certainty in
                guard case .number(let number) = value(ofKey: key), node.comparison.holds(number, node.number) else {
                    return
                }
                best = max(best ?? certainty, certainty)
            }
            return best ?? 0
        case .known:
            return known(node.attribute) ?? 0
        case .unknown:
            guard let known = known(node.attribute), known >= threshold else { return 1 }
            return 0 - known
        case .all:
            var result = 1.0
            var child = index + 1
            let end = index + Int(node.size)
            while child < end {
                result = min(result, score(nodes, child, threshold: threshold))
                child += Int(nodes[child].size)
            }
            return result
        case .any:
            var result = -1.0
            var child = index + 1
            let end = index + Int(node.size)
            while child < end {
                result = max(result, score(nodes, child, threshold: threshold))
                child += Int(nodes[child].size)
            }
            return result
        case .not:
            return 0 - score(nodes, index + 1, threshold: threshold)
        }
    }

    /// The highest certainty of any fact of `attribute`, or `nil` when it has none.
    private func known(_ attribute: AttributeID) -> Double? {
        var best: Double?
        forEachFact(of: attribute) { _, certainty in best = max(best ?? certainty, certainty) }
        return best
    }

    /// The keys of the existing facts that the premise subtree at `index` reads, in premise
    /// order (within one leaf, by value), without repeats.
    func matchedKeys(_ nodes: [PremiseNode], _ range: Range<Int>) -> [KeyID] {
        var keys: [KeyID] = []
        func add(_ key: KeyID) { if !keys.contains(key) { keys.append(key) } }
        for index in range where nodes[index].isLeaf {
            let node = nodes[index]
            switch node.kind {
            case .equals, .contains:
                if slots[node.key.index].exists { add(node.key) }
            case .notEquals, .compare, .known, .unknown:
                for key in existingKeys(of: node.attribute) where node.reads(key: key, value: value(ofKey: key)) {
                    add(key)
                }
            case .all, .any, .not:
                break
            }
        }
        return keys
    }

    /// The range of certainties the premise subtree at `index` can still take.
    ///
    /// A leaf on an attribute in `open` (one that answers or rules may still change) could
    /// score anything in -1...1; any other leaf scores what it scores on the current facts.
    /// `all` takes the minimum of both bounds, `any` the maximum, `not` negates and swaps them.
    func interval(
        _ nodes: [PremiseNode], _ index: Int, open: [Bool], threshold: Double
    ) -> (low: Double, high: Double) {
        let node = nodes[index]
        switch node.kind {
        case .equals, .notEquals, .contains, .compare, .known, .unknown:
            if open[node.attribute.index] { return (-1, 1) }
            let score = score(nodes, index, threshold: threshold)
            return (score, score)
        case .all, .any:
            var result: (low: Double, high: Double) = node.kind == .all ? (1, 1) : (-1, -1)
            var child = index + 1
            let end = index + Int(node.size)
            while child < end {
                let part = interval(nodes, child, open: open, threshold: threshold)
                if node.kind == .all {
                    result = (min(result.low, part.low), min(result.high, part.high))
                } else {
                    result = (max(result.low, part.low), max(result.high, part.high))
                }
                child += Int(nodes[child].size)
            }
            return result
        case .not:
            let inner = interval(nodes, index + 1, open: open, threshold: threshold)
            return (0 - inner.high, 0 - inner.low)
        }
    }
}
