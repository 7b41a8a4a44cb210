/// A read-only "compressed sparse row" list: for each source id in `0..<count`, a contiguous
/// run of elements in one flat array.
///
/// The engine's indexes (which rules read a fact, which attributes an attribute feeds) are
/// built once from a list of pairs and never change, so two flat arrays replace a dictionary
/// of arrays: no per-source allocation, and a lookup is two array reads.
struct Adjacency<Source: DenseIndex, Element: Sendable>: Sendable {
    /// `starts[s]..<starts[s + 1]` is the run of source `s` in `elements`.
    private let starts: [Int32]
    private let elements: [Element]

    /// Groups `elements` by their `sources`, keeping the given order within each source.
    ///
    /// - Parameters:
    ///   - count: The number of sources; every entry of `sources` lies in `0..<count`.
    ///   - sources: The source of each element, parallel to `elements`.
    ///   - elements: The elements, in the order they should keep within a source.
    /// - Complexity: O(`count` + number of elements): a stable counting sort.
    init(count: Int, sources: [Source], elements: [Element]) {
        self = sources.withUnsafeBufferPointer { sourceBuffer in
            elements.withUnsafeBufferPointer { elementBuffer in
                Adjacency(count: count, sources: sourceBuffer, elements: elementBuffer)
            }
        }
    }

    /// Groups `elements` by `sources` (see ``init(count:sources:elements:)-(_,[Source],[Element])``),
    /// from buffers: for a caller that fills its edges in place.
    init(count: Int, sources: UnsafeBufferPointer<Source>, elements: UnsafeBufferPointer<Element>) {
        precondition(sources.count == elements.count, "Adjacency: one source per element")
        self.init(count: count, sources: sources) { elements[$0] }
    }

    /// Groups the elements `element(0)`, `element(1)`, … by `sources` (the `i`-th element's
    /// source is `sources[i]`), without an array of elements: for elements computed from their
    /// position, such as the positions themselves.
    ///
    /// The counting runs through buffers rather than array subscripts (a bounds check, and for
    /// a write a uniqueness check, per step): each source is checked against `count` once, in
    /// the first pass, and the second pass only follows positions that pass computed.
    init(count: Int, sources: UnsafeBufferPointer<Source>, element: (Int) -> Element) {
        var starts = [Int32](repeating: 0, count: count + 1)
        // Where the next element of each source goes; one more than `count` for the first pass.
        let next = UnsafeMutableBufferPointer<Int32>.allocate(capacity: count + 1)
        defer { next.deallocate() }
        starts.withUnsafeMutableBufferPointer { starts in
            for source in sources {
                let index = source.index
                precondition(index >= 0 && index < count, "Adjacency: a source out of range")
                starts[index + 1] += 1
            }
            for index in 0..<count { starts[index + 1] += starts[index] }
            _ = next.initialize(from: starts)
        }
        self.elements = [Element](unsafeUninitializedCapacity: sources.count) { buffer, initialized in
            for (position, source) in sources.enumerated() {
                // Every source was checked above; `slot` lies in 0..<sources.count, since
                // `starts` counted every source. The loop body runs only for a non-empty
                // buffer, which has a base address.
                let slot = Int(next[source.index])
                (buffer.baseAddress.unsafelyUnwrapped + slot).initialize(to: element(position))
                next[source.index] = Int32(slot + 1)
            }
            // Every slot in 0..<sources.count was written once: `starts` counted each source.
            initialized = sources.count
        }
        self.starts = starts
    }

    /// The number of sources.
    var count: Int { starts.count - 1 }

    /// Every element, source by source: the runs of sources `0`, `1`, … one after the other,
    /// which makes the type a stable counting sort of the elements by source.
    var elementsBySource: [Element] { elements }

    /// Whether no source has an element.
    var isEmpty: Bool { elements.isEmpty }

    /// The positions of `source`'s elements, for ``element(at:)``: an empty range for a source
    /// outside `0..<count`. Unlike the subscript, it makes no slice (which retains the storage).
    @inline(__always)
    func positions(of source: Source) -> Range<Int> {
        let index = source.index
        guard index >= 0, index < count else { return 0..<0 }
        return Int(starts[index])..<Int(starts[index + 1])
    }

    /// The element at `position` (one of ``positions(of:)``).
    @inline(__always)
    func element(at position: Int) -> Element { elements[position] }

    /// The elements of `source`, or an empty slice for a source outside `0..<count`.
    subscript(source: Source) -> ArraySlice<Element> {
        let index = source.index
        guard index >= 0, index < count else { return elements[0..<0] }
        return elements[Int(starts[index])..<Int(starts[index + 1])]
    }
}

/// An integer id that indexes dense arrays.
protocol DenseIndex: Sendable {
    /// The array index.
    var index: Int { get }
}

extension Int: DenseIndex {
    var index: Int { self }
}

extension Int32: DenseIndex {
    var index: Int { Int(self) }
}

extension AttributeID: DenseIndex {}
extension ValueID: DenseIndex {}
extension RuleID: DenseIndex {}
extension KeyID: DenseIndex {}
extension RuleRank: DenseIndex {}
