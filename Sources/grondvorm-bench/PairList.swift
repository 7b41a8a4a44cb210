import Inference

/// The (attribute, value) pairs of the rule being read: storage that only grows and is reused
/// from rule to rule, and how much of it holds the current rule's pairs. Emptying it is one
/// store, where an array's `removeAll(keepingCapacity:)` goes through a generic replacement.
struct PairList {
    private var storage: [(AttributeID, ValueID)] = []
    /// The number of pairs.
    private(set) var count = 0

    /// Whether it holds no pair.
    var isEmpty: Bool { count == 0 }

    /// Forgets every pair, keeping the storage.
    mutating func removeAll() { count = 0 }

    /// Adds a pair at the end.
    @inline(__always)
    mutating func append(_ pair: (AttributeID, ValueID)) {
        if count < storage.count {
            storage[count] = pair
        } else {
            storage.append(pair)
        }
        count += 1
    }

    /// Calls `body` with the pairs, in order.
    func withPairs<Result>(_ body: (UnsafeBufferPointer<(AttributeID, ValueID)>) throws -> Result) rethrows -> Result {
        try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[..<count])) }
    }
}
