/// A small direct-mapped cache of the ids of recently read short names, in front of the
/// engine's interning: a rule base names the same attribute again a few rules later (a
/// chain reads what the rule before concluded) and uses few distinct values, so most
/// lookups end here, in memory that stays in the cache, instead of in the engine's table
/// of every name.
///
/// Only names of 1 to 16 bytes are cached; a slot holds the name's bytes as two words and
/// its length, so a hit is exact. The names must be followed by readable bytes (the reader's
/// text has ``Files/padding`` zero bytes at its end): a short name is read as a whole word
/// and masked.
///
/// The slots are memory of their own rather than an array, so that storing one after a miss
/// checks no buffer for uniqueness; not copyable, as it owns that memory.
struct RecentNames<ID>: ~Copyable {
    private struct Entry {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var count = 0
        var id: ID?
    }

    private let entries: UnsafeMutablePointer<Entry>
    private let slotCount: Int
    private let shift: UInt64

    /// A cache of `2^bits` slots.
    init(bits: Int) {
        slotCount = 1 << bits
        entries = .allocate(capacity: slotCount)
        entries.initialize(repeating: Entry(), count: slotCount)
        shift = UInt64(64 - bits)
    }

    deinit {
        entries.deinitialize(count: slotCount)
        entries.deallocate()
    }

    /// The id of `name`: from the cache, or from `intern` (and then cached).
    @inline(__always)
    mutating func id(of name: UnsafeRawBufferPointer, intern: (UnsafeRawBufferPointer) -> ID) -> ID {
        let count = name.count
        guard count > 0, count <= 16, let base = name.baseAddress else { return intern(name) }
        let head: UInt64
        let tail: UInt64
        if count >= 8 {
            head = base.loadUnaligned(as: UInt64.self)
            tail = base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
        } else {
            let word = UInt64(littleEndian: base.loadUnaligned(as: UInt64.self))
            head = word & (1 << (8 * UInt64(count)) - 1)
            tail = 0
        }
        let mixed = ((head ^ tail &* 31) &+ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15
        // The shift leaves `bits` bits, so the slot is below `slotCount`.
        let entry = entries + Int(truncatingIfNeeded: mixed >> shift)
        if entry.pointee.head == head, entry.pointee.tail == tail, entry.pointee.count == count,
            let id = entry.pointee.id
        {
            return id
        }
        let id = intern(name)
        entry.pointee = Entry(head: head, tail: tail, count: count, id: id)
        return id
    }
}
