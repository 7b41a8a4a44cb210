/// (source, element) pairs written in place into storage of a size known beforehand, then
/// grouped by source into an ``Adjacency``: for an index built in one pass over the rules,
/// without arrays that check and grow on every append.
struct EdgeList<Source: DenseIndex, Element: Sendable>: ~Copyable {
    private let sources: UnsafeMutableBufferPointer<Source>
    private let elements: UnsafeMutableBufferPointer<Element>
    /// The number of pairs added.
    private(set) var count = 0

    /// Creates an empty list with room for `capacity` pairs, which it never exceeds.
    init(capacity: Int) {
        sources = .allocate(capacity: capacity)
        elements = .allocate(capacity: capacity)
    }

    deinit {
        sources.baseAddress?.deinitialize(count: count)
        elements.baseAddress?.deinitialize(count: count)
        sources.deallocate()
        elements.deallocate()
    }

    /// Adds a pair after the others.
    @inline(__always)
    mutating func append(_ source: Source, _ element: Element) {
        precondition(count < sources.count, "EdgeList: more pairs than its capacity")
        // Within the capacity, so both buffers have a base address.
        (sources.baseAddress.unsafelyUnwrapped + count).initialize(to: source)
        (elements.baseAddress.unsafelyUnwrapped + count).initialize(to: element)
        count += 1
    }

    /// The pairs grouped by source, keeping their order within a source.
    ///
    /// - Parameter sourceCount: The number of sources; every source added lies in `0..<sourceCount`.
    func adjacency(sourceCount: Int) -> Adjacency<Source, Element> {
        Adjacency(
            count: sourceCount, sources: UnsafeBufferPointer(rebasing: sources[..<count]),
            elements: UnsafeBufferPointer(rebasing: elements[..<count]))
    }

    /// The pairs grouped by source, keeping their order within a source, each element
    /// replaced by `transform` of it.
    ///
    /// - Parameter sourceCount: The number of sources; every source added lies in `0..<sourceCount`.
    func adjacency<Mapped: Sendable>(sourceCount: Int, transform: (Element) -> Mapped) -> Adjacency<Source, Mapped> {
        let elements = self.elements
        return Adjacency(count: sourceCount, sources: UnsafeBufferPointer(rebasing: sources[..<count])) {
            transform(elements[$0])
        }
    }
}
