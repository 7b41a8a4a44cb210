/// Interns byte strings (attribute names, rule ids, symbols) to dense ids, in order of first use.
///
/// All names live in one byte buffer; an open-addressing hash table (linear probing, at most
/// half full) maps them to their ids. A slot packs the name's length and 24 bits of its hash
/// with its id, and a list by id holds each indexed name's first eight bytes: a name of up to
/// eight bytes is found from its slot and that word, without reading the byte buffer (two
/// more dependent cache misses in a large table), and a longer one compares its bytes only
/// when all of that matches. Growing the table needs no rehashing of the names. No
/// allocation per name: interning 100,000 names costs a few buffer doublings.
///
/// Names are compared as `String`s compare: ASCII names by their bytes, and names with other
/// characters by canonical equivalence (through a dictionary of those names, so `"é"` and
/// `"e\u{301}"` are one name). Callers pass UTF-8 (a `String`'s bytes, or bytes a reader has
/// validated); ``name(_:)`` decodes with replacement characters should a name not be valid UTF-8.
///
/// A value type with copy-on-write storage: the buffers are raw memory owned by one object,
/// checked for uniqueness once per mutation rather than once per array touched, and read
/// without bounds checks where the table's own invariants keep every index in range.
struct NameTable: Sendable {
    private var storage: Storage

    /// Creates an empty table with room for about `capacity` names of `averageLength` bytes.
    ///
    /// - Complexity: O(`capacity`).
    init(capacity: Int = 0, averageLength: Int = 8) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        storage = Storage(
            slotCount: size, nameCapacity: max(capacity, 8), byteCapacity: max(capacity * averageLength, 64))
    }

    /// The number of names.
    var count: Int { storage.count }

    /// The id of the name `name`, adding it when new.
    ///
    /// - Returns: The id, and whether the name was new.
    /// - Complexity: O(length of the name), expected; amortized over growth.
    mutating func intern(_ name: UnsafeRawBufferPointer) -> (id: Int32, isNew: Bool) {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage.intern(name)
    }

    /// The id of `name`, adding it when new.
    mutating func intern(_ name: String) -> (id: Int32, isNew: Bool) {
        if let result = name.utf8.withContiguousStorageIfAvailable({ intern(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(name.utf8).withUnsafeBytes { intern($0) }
    }

    /// Reserves room for `count` more names of `averageLength` bytes that will be stored
    /// unindexed (``appendUnindexed(_:)-(UnsafeRawBufferPointer)``): the hash table is left as it is.
    ///
    /// - Complexity: O(current size), when the buffers have to grow.
    mutating func reserveUnindexed(_ count: Int, averageLength: Int = 8) {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        storage.reserveBuffers(names: count, bytes: count * averageLength)
    }

    /// Stores `name` under the next id without indexing it: ``id(of:)`` will not find it, and
    /// a repeat is only found later by ``firstRepeat()``. For lists of names that are only
    /// read back (rule ids), this avoids one random access into a large table per name.
    ///
    /// - Complexity: O(length of the name), amortized.
    mutating func appendUnindexed(_ name: UnsafeRawBufferPointer) -> Int32 {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return Int32(storage.append(name))
    }

    /// Stores `name` under the next id without indexing it (see ``appendUnindexed(_:)-(UnsafeRawBufferPointer)``).
    mutating func appendUnindexed(_ name: String) -> Int32 {
        if let result = name.utf8.withContiguousStorageIfAvailable({ appendUnindexed(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(name.utf8).withUnsafeBytes { appendUnindexed($0) }
    }

    /// The first id whose name equals the name of an earlier id (as `String`s compare), or
    /// `nil` when every name differs.
    ///
    /// Cache-friendly: the names' hashes are partitioned by their top bits in two sequential
    /// passes, and each partition is checked with a small table that stays in the cache.
    ///
    /// - Complexity: O(total length of the names), expected.
    func firstRepeat() -> Int32? { storage.firstRepeat() }

    /// The id of `name`, or `nil` when it was never interned.
    ///
    /// - Complexity: O(length of the name), expected.
    func id(of name: UnsafeRawBufferPointer) -> Int32? { storage.id(of: name) }

    /// Starts fetching the slot where a lookup of `name` begins (see ``Prefetch``); changes nothing.
    ///
    /// - Complexity: O(length of the name).
    func prefetch(_ name: UnsafeRawBufferPointer) { storage.prefetch(name) }

    /// The id of `name`, or `nil` when it was never interned.
    func id(of name: String) -> Int32? {
        if let result = name.utf8.withContiguousStorageIfAvailable({ id(of: UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(name.utf8).withUnsafeBytes { id(of: $0) }
    }

    /// The name with id `id`.
    func name(_ id: Int32) -> String {
        precondition(id >= 0 && Int(id) < storage.count, "NameTable: no name with id \(id)")
        return String(decoding: storage.bytes(of: Int(id)), as: UTF8.self)
    }

    /// Reserves room for `count` more names of `averageLength` bytes.
    ///
    /// - Complexity: O(current size), when the table has to grow.
    mutating func reserveCapacity(_ count: Int, averageLength: Int = 8) {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        storage.reserve(names: count, bytes: count * averageLength)
    }

    /// A 64-bit hash of a byte string, and whether every byte is ASCII.
    ///
    /// Strings of up to 16 bytes (most names) cost two or three loads and one mix; longer
    /// ones are read eight bytes at a time. The table's layout depends on the hash, the ids
    /// do not: they follow the order of first use.
    @inline(__always)
    static func hash(_ name: UnsafeRawBufferPointer) -> (hash: UInt64, isASCII: Bool) {
        let (hash, isASCII, _) = hashAndHead(name)
        return (hash, isASCII)
    }

    /// ``hash(_:)``, and the name's *head*: its first eight bytes as a word, or for a shorter
    /// name the word of ``ends(_:_:)`` that holds every byte of it. With the name's length, a
    /// name of up to eight bytes is determined by its head. The head is one of the words the
    /// hash reads, so it costs no load of its own.
    @inline(__always)
    static func hashAndHead(_ name: UnsafeRawBufferPointer) -> (hash: UInt64, isASCII: Bool, head: UInt64) {
        let count = name.count
        let seed = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        guard let base = name.baseAddress else { return (mix(seed), true, 0) }
        var high: UInt64 = 0
        var hash = seed
        var offset = 0
        while count - offset > 16 {
            let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            high |= word
            hash = (hash ^ word) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 29
            offset += 8
        }
        let (first, last) = ends(base + offset, count - offset)
        high |= first | last
        hash = (hash ^ first) &* 0xBF58_476D_1CE4_E5B9 ^ last &* 0x94D0_49BB_1331_11EB
        // Up to 16 bytes, `first` is the name's first word or, shorter than 8, the word that
        // holds every byte.
        let head = offset == 0 ? first : base.loadUnaligned(as: UInt64.self)
        return (mix(hash), high & 0x8080_8080_8080_8080 == 0, head)
    }

    /// A final avalanche, so that every input bit reaches the high bits.
    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var hash = value
        hash ^= hash >> 32
        hash &*= 0xD6E8_FEB8_6659_FD93
        hash ^= hash >> 32
        hash &*= 0xD6E8_FEB8_6659_FD93
        hash ^= hash >> 32
        return hash
    }

    /// Two words that hold every byte of a string of `count` bytes (at most 16), reading
    /// only within it: the first and last eight bytes (overlapping below 16), or for shorter
    /// strings the first and last four, or the first, middle and last byte.
    @inline(__always)
    static func ends(_ base: UnsafeRawPointer, _ count: Int) -> (UInt64, UInt64) {
        if count >= 8 {
            return (
                base.loadUnaligned(as: UInt64.self), base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            )
        }
        if count >= 4 {
            let first = UInt64(base.loadUnaligned(as: UInt32.self))
            let last = UInt64(base.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            return (first | last << 32, 0)
        }
        if count > 0 {
            let first = UInt64(base.load(as: UInt8.self))
            let middle = UInt64(base.load(fromByteOffset: count / 2, as: UInt8.self))
            let last = UInt64(base.load(fromByteOffset: count - 1, as: UInt8.self))
            return (first | middle << 8 | last << 16, 0)
        }
        return (0, 0)
    }

    /// Whether two byte strings of the same length are equal, eight bytes at a time.
    @inline(__always)
    static func equal(_ left: UnsafeRawPointer, _ right: UnsafeRawPointer, count: Int) -> Bool {
        if count <= 16 { return ends(left, count) == ends(right, count) }
        var offset = 0
        while offset + 8 < count {
            guard
                left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                    == right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            else { return false }
            offset += 8
        }
        return left.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            == right.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }
}

extension NameTable {
    /// A slot of the hash table: empty, or a name's tag (its length, capped at 255, in the top
    /// 8 bits, and 24 bits of its hash below) and its id.
    ///
    /// Two ASCII names of up to eight bytes are equal exactly when their tags and their heads
    /// (``NameTable/hashAndHead(_:)``) are: the tag holds the length, the head every byte. The
    /// tag's low bits choose the name's home slot, so growing the table needs no hashing; a
    /// table of more than 2^24 slots also uses the length bits, which only spreads names less
    /// evenly.
    fileprivate struct Slot {
        /// The tag above, `id + 1` below; 0 for an empty slot.
        private var entry: UInt64 = 0

        init() {}

        init(tag: UInt32, id: Int) {
            entry = UInt64(tag) << 32 | UInt64(truncatingIfNeeded: id + 1)
        }

        var isEmpty: Bool { entry == 0 }
        var tag: UInt32 { UInt32(truncatingIfNeeded: entry >> 32) }
        var id: Int { Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1 }

        /// The tag of a name of `count` bytes with hash `hash`.
        @inline(__always)
        static func tag(hash: UInt64, count: Int) -> UInt32 {
            UInt32(min(count, 255)) << 24 | UInt32(truncatingIfNeeded: hash >> 40)
        }
    }

    /// The buffers: the bytes of every name, where each name ends, and the slots.
    ///
    /// Invariants that make the unchecked accesses safe: `count <= nameCapacity`,
    /// `byteCount <= byteCapacity`, `ends[0..<count]` ascending and at most `byteCount`, the
    /// slot count a power of two above `2 * count` (so a probe always reaches an empty
    /// slot), and every id stored in a slot below `count`. It is mutated only through a
    /// uniquely referenced ``NameTable`` (copy on write), so sharing it between threads is safe.
    private final class Storage: @unchecked Sendable {
        private var bytes: UnsafeMutablePointer<UInt8>
        private var byteCount = 0
        private var byteCapacity: Int
        /// Name `i` ends at `ends[i]` and starts where name `i - 1` ends (or at 0).
        private var ends: UnsafeMutablePointer<Int32>
        private(set) var count = 0
        private var nameCapacity: Int
        /// The hash table (see ``Slot``).
        private var slots: UnsafeMutablePointer<Slot>
        /// The head (``NameTable/hashAndHead(_:)``) of each name interned through the hash
        /// table (the entries of names appended unindexed are not written, and never read).
        private var heads: UnsafeMutablePointer<UInt64>
        private var slotCount: Int
        /// The names that are not pure ASCII, by canonical equivalence.
        private var canonical: [String: Int32] = [:]

        init(slotCount: Int, nameCapacity: Int, byteCapacity: Int) {
            self.slotCount = slotCount
            slots = .allocate(capacity: slotCount)
            slots.initialize(repeating: Slot(), count: slotCount)
            self.nameCapacity = nameCapacity
            ends = .allocate(capacity: nameCapacity)
            heads = .allocate(capacity: nameCapacity)
            self.byteCapacity = byteCapacity
            bytes = .allocate(capacity: byteCapacity)
        }

        deinit {
            bytes.deallocate()
            ends.deallocate()
            heads.deallocate()
            slots.deallocate()
        }

        func copy() -> Storage {
            let copy = Storage(slotCount: slotCount, nameCapacity: nameCapacity, byteCapacity: byteCapacity)
            copy.slots.update(from: slots, count: slotCount)
            copy.ends.initialize(from: ends, count: count)
            UnsafeMutableRawPointer(copy.heads).copyMemory(from: heads, byteCount: count * MemoryLayout<UInt64>.stride)
            copy.bytes.initialize(from: bytes, count: byteCount)
            copy.count = count
            copy.byteCount = byteCount
            copy.canonical = canonical
            return copy
        }

        func bytes(of id: Int) -> UnsafeBufferPointer<UInt8> {
            let start = id == 0 ? 0 : Int(ends[id - 1])
            return UnsafeBufferPointer(start: bytes + start, count: Int(ends[id]) - start)
        }

        @inline(__always)
        private func matches(_ id: Int, _ name: UnsafeRawBufferPointer) -> Bool {
            let start = id == 0 ? 0 : Int(ends[id - 1])
            let length = Int(ends[id]) - start
            guard length == name.count else { return false }
            guard length > 0, let base = name.baseAddress else { return true }
            return NameTable.equal(bytes + start, base, count: length)
        }

        func intern(_ name: UnsafeRawBufferPointer) -> (id: Int32, isNew: Bool) {
            let (hash, isASCII, head) = NameTable.hashAndHead(name)
            guard isASCII else { return internCanonical(name) }
            let tag = Slot.tag(hash: hash, count: name.count)
            let mask = slotCount - 1
            var slot = Int(truncatingIfNeeded: tag) & mask
            while true {
                let entry = slots[slot]
                if entry.isEmpty { break }
                if entry.tag == tag {
                    let id = entry.id
                    if heads[id] == head, name.count <= 8 || matches(id, name) { return (Int32(id), false) }
                }
                slot = (slot + 1) & mask
            }
            let id = append(name)
            heads[id] = head
            slots[slot] = Slot(tag: tag, id: id)
            if 2 * count > slotCount { grow() }
            return (Int32(id), true)
        }

        private func internCanonical(_ name: UnsafeRawBufferPointer) -> (id: Int32, isNew: Bool) {
            let text = String(decoding: name, as: UTF8.self)
            if let id = canonical[text] { return (id, false) }
            let id = Int32(append(name))
            canonical[text] = id
            return (id, true)
        }

        @inline(__always)
        func prefetch(_ name: UnsafeRawBufferPointer) {
            let (hash, _) = NameTable.hash(name)
            Prefetch.read(slots + (Int(truncatingIfNeeded: Slot.tag(hash: hash, count: name.count)) & (slotCount - 1)))
        }

        func id(of name: UnsafeRawBufferPointer) -> Int32? {
            let (hash, isASCII, head) = NameTable.hashAndHead(name)
            guard isASCII else { return canonical[String(decoding: name, as: UTF8.self)] }
            let tag = Slot.tag(hash: hash, count: name.count)
            let mask = slotCount - 1
            var slot = Int(truncatingIfNeeded: tag) & mask
            while true {
                let entry = slots[slot]
                if entry.isEmpty { return nil }
                if entry.tag == tag {
                    let id = entry.id
                    if heads[id] == head, name.count <= 8 || matches(id, name) { return Int32(id) }
                }
                slot = (slot + 1) & mask
            }
        }

        func firstRepeat() -> Int32? {
            guard count > 1 else { return nil }
            // Every loop below runs through buffers: ids, partitions and table slots are in
            // range by construction (`hashes` and `order` hold `count` entries, `starts` and
            // `next` one per partition and one more, a table `size` slots).
            let hashes = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: count)
            defer { hashes.deallocate() }
            // Hashes in id order; names with other than ASCII go through `String` equality.
            var canonicalNames: [String: Int] = [:]
            var first: Int?
            for id in 0..<count {
                let name = UnsafeRawBufferPointer(self.bytes(of: id))
                let (hash, isASCII) = NameTable.hash(name)
                // A hash of 0 leaves the name out of the partitions below.
                hashes.initializeElement(at: id, to: isASCII ? hash : 0)
                if !isASCII {
                    let text = String(decoding: name, as: UTF8.self)
                    if canonicalNames[text] != nil { first = min(first ?? id, id) } else { canonicalNames[text] = id }
                }
            }
            // Partition the ids by the top bits of their hashes (a stable counting sort).
            let bits = max(0, min(16, (Int.bitWidth - (count / 256).leadingZeroBitCount)))
            let partitions = 1 << bits
            let shift = UInt64(64 - bits)
            func partition(_ hash: UInt64) -> Int { bits == 0 ? 0 : Int(truncatingIfNeeded: hash >> shift) }
            let starts = UnsafeMutableBufferPointer<Int>.allocate(capacity: partitions + 1)
            defer { starts.deallocate() }
            starts.initialize(repeating: 0)
            for hash in hashes where hash != 0 { starts[partition(hash) + 1] += 1 }
            for index in 0..<partitions { starts[index + 1] += starts[index] }
            let next = UnsafeMutableBufferPointer<Int>.allocate(capacity: partitions + 1)
            defer { next.deallocate() }
            _ = next.initialize(from: starts)
            let order = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, starts[partitions]))
            defer { order.deallocate() }
            for id in 0..<count where hashes[id] != 0 {
                let slot = partition(hashes[id])
                order.initializeElement(at: next[slot], to: Int32(id))
                next[slot] += 1
            }
            // Each partition (a few hundred ids) against a small table, in id order.
            var tableSlots: [Int32] = []
            for index in 0..<partitions {
                let members = starts[index]..<starts[index + 1]
                guard members.count > 1 else { continue }
                var size = 16
                while size < 2 * members.count { size *= 2 }
                tableSlots.removeAll(keepingCapacity: true)
                tableSlots.append(contentsOf: repeatElement(-1, count: size))
                let mask = size - 1
                tableSlots.withUnsafeMutableBufferPointer { table in
                    for position in members {
                        let id = Int(order[position])
                        let hash = hashes[id]
                        var slot = Int(truncatingIfNeeded: hash) & mask
                        while table[slot] >= 0 {
                            let other = Int(table[slot])
                            if hashes[other] == hash, other < id, bytes(of: other).elementsEqual(bytes(of: id)) {
                                first = min(first ?? id, id)
                                break
                            }
                            slot = (slot + 1) & mask
                        }
                        if table[slot] < 0 { table[slot] = Int32(id) }
                    }
                }
            }
            return first.map { Int32($0) }
        }

        /// Stores the bytes of a new name and returns its id.
        func append(_ name: UnsafeRawBufferPointer) -> Int {
            reserveBuffers(names: 1, bytes: name.count)
            if let base = name.baseAddress {
                (bytes + byteCount).initialize(from: base.assumingMemoryBound(to: UInt8.self), count: name.count)
            }
            byteCount += name.count
            ends[count] = Int32(byteCount)
            count += 1
            return count - 1
        }

        /// Makes room for `names` more names of `bytes` bytes in all, and grows the slots to
        /// stay at most half full.
        func reserve(names: Int, bytes extra: Int) {
            reserveBuffers(names: names, bytes: extra)
            while 2 * (count + names) > slotCount { grow() }
        }

        /// Makes room for `names` more names of `bytes` bytes in all (doubling); the slots
        /// are left as they are.
        func reserveBuffers(names: Int, bytes extra: Int) {
            if count + names > nameCapacity {
                let capacity = max(2 * nameCapacity, count + names)
                let grown = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
                grown.initialize(from: ends, count: count)
                ends.deallocate()
                ends = grown
                // As raw bytes: the entries of names appended unindexed were never written.
                let grownHeads = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
                UnsafeMutableRawPointer(grownHeads).copyMemory(
                    from: heads, byteCount: count * MemoryLayout<UInt64>.stride)
                heads.deallocate()
                heads = grownHeads
                nameCapacity = capacity
            }
            if byteCount + extra > byteCapacity {
                let capacity = max(2 * byteCapacity, byteCount + extra)
                let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
                grown.initialize(from: bytes, count: byteCount)
                bytes.deallocate()
                bytes = grown
                byteCapacity = capacity
            }
        }

        /// Doubles the slots; the stored hash bits give every entry its new home slot.
        private func grow() {
            let size = slotCount * 2
            let grown = UnsafeMutablePointer<Slot>.allocate(capacity: size)
            grown.initialize(repeating: Slot(), count: size)
            let mask = size - 1
            for index in 0..<slotCount {
                let entry = slots[index]
                guard !entry.isEmpty else { continue }
                var slot = Int(truncatingIfNeeded: entry.tag) & mask
                while !grown[slot].isEmpty { slot = (slot + 1) & mask }
                grown[slot] = entry
            }
            slots.deallocate()
            slots = grown
            slotCount = size
        }
    }
}
