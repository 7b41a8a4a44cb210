import Inference

/// The (attribute, value) pairs of the rule being read: storage that only grows and is reused
/// from rule to rule, and how much of it holds the current rule's pairs. Emptying it is one
/// store.
///
/// The storage is memory of its own rather than an array: reading a rule then neither checks
/// an array's buffer for uniqueness on each pair nor retains and releases it around the
/// call that hands the pairs on, which at 100,000 rules is several hundred thousand atomic
/// operations on the load path. Not copyable, as it owns that memory.
struct PairList: ~Copyable {
    private var base: UnsafeMutablePointer<(AttributeID, ValueID)>
    private var capacity: Int
    /// The number of pairs.
    private(set) var count = 0

    /// An empty list with room for `capacity` pairs before it grows.
    init(capacity: Int = 8) {
        self.capacity = max(capacity, 1)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Whether it holds no pair.
    var isEmpty: Bool { count == 0 }

    /// Forgets every pair, keeping the storage.
    mutating func removeAll() { count = 0 }

    /// Adds a pair at the end.
    @inline(__always)
    mutating func append(_ pair: (AttributeID, ValueID)) {
        if count == capacity { grow() }
        (base + count).initialize(to: pair)
        count += 1
    }

    /// Calls `body` with the pairs, in order. The buffer is valid only during the call.
    func withPairs<Result, Failure: Error>(
        _ body: (UnsafeBufferPointer<(AttributeID, ValueID)>) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// Doubles the storage, keeping the pairs.
    private mutating func grow() {
        let grown = UnsafeMutablePointer<(AttributeID, ValueID)>.allocate(capacity: 2 * capacity)
        grown.moveInitialize(from: base, count: count)
        base.deallocate()
        base = grown
        capacity *= 2
    }
}
