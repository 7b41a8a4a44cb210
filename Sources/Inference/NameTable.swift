/// Interns byte strings (attribute names, rule ids, symbols) to dense ids, in order of first use.
///
/// All names live in one byte buffer; an open-addressing hash table (linear probing, at most
/// half full) maps them to their ids. A slot packs 32 bits of the name's hash with its id, so
/// a lookup compares bytes only when the hash bits match, and growing the table needs no
/// rehashing of the names. No allocation per name: interning 100,000 names costs a few
/// buffer doublings.
///
/// Names are compared as `String`s compare: ASCII names by their bytes, and names with other
/// characters by canonical equivalence (through a dictionary of those names, so `"é"` and
/// `"e\u{301}"` are one name). Callers pass UTF-8 (a `String`'s bytes, or bytes a reader has
/// validated); ``name(_:)`` decodes with replacement characters should a name not be valid UTF-8.
struct NameTable: Sendable {
    /// The bytes of every name, one after the other.
    private var bytes: [UInt8] = []
    /// Name `i` ends at `ends[i]` and starts where name `i - 1` ends (or at 0).
    private var ends: [Int32] = []
    /// 0 for an empty slot; else the hash's high 32 bits, shifted up, with `id + 1` below.
    private var slots: [UInt64]
    /// `slots.count - 1`; the count is a power of two.
    private var mask: Int
    /// The names that are not pure ASCII, by canonical equivalence.
    private var canonical: [String: Int32] = [:]

    /// Creates an empty table with room for about `capacity` names of `averageLength` bytes.
    ///
    /// - Complexity: O(`capacity`).
    init(capacity: Int = 0, averageLength: Int = 8) {
        var size = 16
        while size < 2 * capacity { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        ends.reserveCapacity(capacity)
        bytes.reserveCapacity(capacity * averageLength)
    }

    /// The number of names.
    var count: Int { ends.count }

    /// The id of the name `name`, adding it when new.
    ///
    /// - Returns: The id, and whether the name was new.
    /// - Complexity: O(length of the name), expected; amortized over growth.
    mutating func intern(_ name: UnsafeRawBufferPointer) -> (id: Int32, isNew: Bool) {
        let (hash, isASCII) = Self.hash(name)
        guard isASCII else { return internCanonical(name) }
        let tag = hash >> 32
        var slot = Int(truncatingIfNeeded: tag) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry >> 32 == tag, matches(Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1, name) {
                return (Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1, false)
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(ends.count)
        bytes.append(contentsOf: Self.typed(name))
        ends.append(Int32(bytes.count))
        slots[slot] = tag << 32 | UInt64(id + 1)
        if 2 * ends.count > slots.count { grow() }
        return (id, true)
    }

    private mutating func internCanonical(_ name: UnsafeRawBufferPointer) -> (id: Int32, isNew: Bool) {
        let text = String(decoding: name, as: UTF8.self)
        if let id = canonical[text] { return (id, false) }
        let id = Int32(ends.count)
        bytes.append(contentsOf: Self.typed(name))
        ends.append(Int32(bytes.count))
        canonical[text] = id
        return (id, true)
    }

    /// The id of `name`, adding it when new.
    mutating func intern(_ name: String) -> (id: Int32, isNew: Bool) {
        if let result = name.utf8.withContiguousStorageIfAvailable({ intern(UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(name.utf8).withUnsafeBytes { intern($0) }
    }

    /// The id of `name`, or `nil` when it was never interned.
    ///
    /// - Complexity: O(length of the name), expected.
    func id(of name: UnsafeRawBufferPointer) -> Int32? {
        let (hash, isASCII) = Self.hash(name)
        guard isASCII else { return canonical[String(decoding: name, as: UTF8.self)] }
        let tag = hash >> 32
        var slot = Int(truncatingIfNeeded: tag) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            let id = Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
            if entry >> 32 == tag, matches(id, name) { return id }
            slot = (slot + 1) & mask
        }
    }

    /// The id of `name`, or `nil` when it was never interned.
    func id(of name: String) -> Int32? {
        if let result = name.utf8.withContiguousStorageIfAvailable({ id(of: UnsafeRawBufferPointer($0)) }) {
            return result
        }
        return Array(name.utf8).withUnsafeBytes { id(of: $0) }
    }

    /// The name with id `id`.
    func name(_ id: Int32) -> String {
        let range = self.range(id)
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        }
    }

    /// Reserves room for `count` more names of `averageLength` bytes.
    ///
    /// - Complexity: O(current size), when the table has to grow.
    mutating func reserveCapacity(_ count: Int, averageLength: Int = 8) {
        ends.reserveCapacity(ends.count + count)
        bytes.reserveCapacity(bytes.count + count * averageLength)
        while 2 * (ends.count + count) > slots.count { grow() }
    }

    /// The bytes as a typed buffer, which `Array.append(contentsOf:)` copies at once.
    private static func typed(_ name: UnsafeRawBufferPointer) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: name.baseAddress?.assumingMemoryBound(to: UInt8.self), count: name.count)
    }

    private func range(_ id: Int32) -> Range<Int> {
        let index = Int(id)
        return (index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])
    }

    private func matches(_ id: Int32, _ name: UnsafeRawBufferPointer) -> Bool {
        let range = self.range(id)
        guard range.count == name.count else { return false }
        return bytes.withUnsafeBytes { stored in
            Self.equal(UnsafeRawBufferPointer(rebasing: stored[range]), name)
        }
    }

    /// Doubles the table; the stored hash bits give every entry its new home slot.
    private mutating func grow() {
        let size = slots.count * 2
        var grown = [UInt64](repeating: 0, count: size)
        let newMask = size - 1
        for entry in slots where entry != 0 {
            var slot = Int(truncatingIfNeeded: entry >> 32) & newMask
            while grown[slot] != 0 { slot = (slot + 1) & newMask }
            grown[slot] = entry
        }
        slots = grown
        mask = newMask
    }

    /// Whether two byte strings of the same length are equal, eight bytes at a time.
    @inline(__always)
    private static func equal(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        let count = a.count
        guard count > 0, let left = a.baseAddress, let right = b.baseAddress else { return true }
        if count <= 16 { return ends(left, count) == ends(right, count) }
        var offset = 0
        while offset + 8 < count {
            guard left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                == right.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            else { return false }
            offset += 8
        }
        return left.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            == right.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }

    /// Two words that hold every byte of a string of `count` bytes (at most 16), reading
    /// only within it: the first and last eight bytes (overlapping below 16), or for shorter
    /// strings the first and last four, or the first, middle and last byte.
    @inline(__always)
    private static func ends(_ base: UnsafeRawPointer, _ count: Int) -> (UInt64, UInt64) {
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

    /// A 64-bit hash of a byte string, and whether every byte is ASCII.
    ///
    /// Strings of up to 16 bytes (most names) cost two or three loads and one mix; longer
    /// ones are read eight bytes at a time. The table's layout depends on the hash, the ids
    /// do not: they follow the order of first use.
    @inline(__always)
    static func hash(_ name: UnsafeRawBufferPointer) -> (hash: UInt64, isASCII: Bool) {
        let count = name.count
        let seed = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        guard let base = name.baseAddress else { return (mix(seed), true) }
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
        return (mix(hash), high & 0x8080_8080_8080_8080 == 0)
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
}
