/// Interns values and (attribute, value) pairs to dense integer ids.
///
/// A *key* names one possible fact, `attribute = value`. The rule base interns every key its
/// rules mention when it is built; an engine interns further keys when an input asserts a
/// value no rule mentions. Ids are never reused, so an id stays valid for the table's life.
///
/// Symbols are interned by their bytes (a ``NameTable``), so a reader can intern straight
/// from its input without making a `String` first. Keys are found through their attribute:
/// an attribute's first three keys are in its entry (``Head``), the next few in a short list,
/// and, for an attribute with many values, all of them in an open-addressing table on the
/// packed id pair. None of these hashes a `Value`.
///
/// Two numbers are the same value when they are equal as `Double`s (so `0` and `-0` are one
/// value, interned as the first seen); every NaN is its own value, as `Value`'s `==` says.
struct FactKeyTable: Sendable {
    /// The interned values, indexed by value id.
    private(set) var values: [Value] = []
    /// The attribute of each key.
    private(set) var keyAttribute: [AttributeID] = []
    /// The value of each key, and the next key of the same attribute beyond the ones in its
    /// ``Head`` (see ``heads``): one array, so that a step along an attribute's list is one read.
    private var links: [Link] = []
    /// Symbol text to symbol index; `symbolValues` maps that index to the value id.
    private var symbols = NameTable()
    private var symbolValues: [ValueID] = []
    /// Numbers and booleans (rare in large rule bases) by value.
    private var otherValues: [Value: ValueID] = [:]
    /// The keys of each attribute: the first three in place, the others as a list (its newest
    /// key, then ``Link/next``), and how many there are. One array of 32-byte entries, so that
    /// finding a key of an attribute with up to three values reads one place, which a reader
    /// can have fetched ahead (``prefetchKeys(of:)``): a walk along a list of keys interned at
    /// different times is a chain of dependent cache misses in a large rule base.
    private var heads: [Head] = []
    /// Keys of attributes with more than ``listLimit`` keys, by packed (attribute, value):
    /// 0 for empty; else hash bits above, `key + 1` below.
    private var slots = [UInt64](repeating: 0, count: 16)
    private var mask = 15
    /// The number of keys in `slots`.
    private var tableCount = 0

    /// An attribute's keys.
    private struct Head: Sendable {
        /// The number of keys of the attribute.
        var count: Int32 = 0
        /// The attribute's newest key beyond the first three, or ``KeyID/none``.
        var first = KeyID.none
        /// The values of the attribute's first three keys (-1 where there is none yet, which
        /// matches no value).
        var value0 = ValueID(-1)
        var value1 = ValueID(-1)
        var value2 = ValueID(-1)
        /// The attribute's first three keys.
        var key0 = KeyID.none
        var key1 = KeyID.none
        var key2 = KeyID.none
    }

    /// A key's value and the next key of its attribute.
    private struct Link: Sendable {
        /// The key's value.
        let value: ValueID
        /// The next (older) key of the same attribute, or ``KeyID/none``.
        let next: KeyID
    }

    /// Up to this many keys per attribute, a lookup walks the attribute's list: a few reads
    /// of memory written together, where a hash table would cost a cache miss per lookup in
    /// a large rule base. Beyond it, the attribute's keys go into the hash table.
    private static let listLimit: Int32 = 8

    /// The number of interned keys.
    var keyCount: Int { keyAttribute.count }

    // MARK: Values

    /// The id of `value`, interning it when new.
    mutating func intern(_ value: Value) -> ValueID {
        if case .symbol(let text) = value {
            let (index, isNew) = symbols.intern(text)
            return isNew ? addSymbol(value) : symbolValues[Int(index)]
        }
        if let id = otherValues[value] { return id }
        let id = ValueID(Int32(values.count))
        values.append(value)
        otherValues[value] = id
        return id
    }

    /// The id of the symbol with UTF-8 text `text`, interning it when new.
    mutating func internSymbol(_ text: UnsafeRawBufferPointer) -> ValueID {
        let (index, isNew) = symbols.intern(text)
        guard isNew else { return symbolValues[Int(index)] }
        return addSymbol(.symbol(String(decoding: text, as: UTF8.self)))
    }

    private mutating func addSymbol(_ value: Value) -> ValueID {
        let id = ValueID(Int32(values.count))
        values.append(value)
        symbolValues.append(id)
        return id
    }

    /// The id of `value`, or `nil` when it was never interned.
    func id(of value: Value) -> ValueID? {
        if case .symbol(let text) = value {
            return symbols.id(of: text).map { symbolValues[Int($0)] }
        }
        return otherValues[value]
    }

    /// The value with id `id`.
    func value(_ id: ValueID) -> Value { values[id.index] }

    // MARK: Keys

    /// The key of `attribute = value`, interning it when new.
    mutating func internKey(attribute: AttributeID, value: Value) -> KeyID {
        internKey(attribute: attribute, valueID: intern(value))
    }

    /// The key of `attribute = value`, interning it when new.
    ///
    /// - Complexity: O(1), expected; amortized over growth.
    mutating func internKey(attribute: AttributeID, valueID: ValueID) -> KeyID {
        if let key = key(attribute: attribute, valueID: valueID) { return key }
        let key = KeyID(index: keyAttribute.count)
        keyAttribute.append(attribute)
        let index = attribute.index
        if index >= heads.count {
            // An entry for every attribute up to this one (attributes are numbered in order, so
            // usually one), appended one at a time: appending a repeated element goes through a
            // generic copy per call. The capacity grows by doubling, or was reserved.
            repeat { heads.append(Head()) } while heads.count <= index
        }
        switch heads[index].count {
        case 0:
            heads[index].value0 = valueID
            heads[index].key0 = key
            links.append(Link(value: valueID, next: .none))
        case 1:
            heads[index].value1 = valueID
            heads[index].key1 = key
            links.append(Link(value: valueID, next: .none))
        case 2:
            heads[index].value2 = valueID
            heads[index].key2 = key
            links.append(Link(value: valueID, next: .none))
        default:
            links.append(Link(value: valueID, next: heads[index].first))
            heads[index].first = key
        }
        heads[index].count += 1
        let count = heads[index].count
        if count > Self.listLimit {
            if count == Self.listLimit + 1 {
                let head = heads[index]
                for inline in [head.key0, head.key1, head.key2] { insertInTable(inline) }
                var other = links[key.index].next
                while other.exists {
                    insertInTable(other)
                    other = links[other.index].next
                }
            }
            insertInTable(key)
        }
        return key
    }

    private mutating func insertInTable(_ key: KeyID) {
        let tag = Self.tag(keyAttribute[key.index], links[key.index].value)
        var slot = Int(truncatingIfNeeded: tag) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = tag << 32 | UInt64(key.rawValue + 1)
        tableCount += 1
        if 2 * tableCount > slots.count { grow() }
    }

    /// The key of `attribute = value`, or `nil` when it was never interned (no such fact can exist).
    func key(attribute: AttributeID, value: Value) -> KeyID? {
        guard let valueID = id(of: value) else { return nil }
        return key(attribute: attribute, valueID: valueID)
    }

    /// The key of `attribute = value`, or `nil` when it was never interned.
    func key(attribute: AttributeID, valueID: ValueID) -> KeyID? {
        let index = attribute.index
        guard index >= 0, index < heads.count else { return nil }
        let head = heads[index]
        if head.count <= Self.listLimit {
            if head.value0 == valueID { return head.key0 }
            if head.value1 == valueID { return head.key1 }
            if head.value2 == valueID { return head.key2 }
            var key = head.first
            while key.exists {
                let link = links[key.index]
                if link.value == valueID { return key }
                key = link.next
            }
            return nil
        }
        let tag = Self.tag(attribute, valueID)
        var slot = Int(truncatingIfNeeded: tag) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if entry >> 32 == tag {
                let key = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if keyAttribute[key] == attribute, links[key].value == valueID { return KeyID(index: key) }
            }
            slot = (slot + 1) & mask
        }
    }

    /// Starts fetching the entry through which ``key(attribute:valueID:)`` finds the keys of
    /// `attribute` (see ``Prefetch``); changes nothing.
    @inline(__always)
    func prefetchKeys(of attribute: AttributeID) {
        heads.withUnsafeBufferPointer { heads in
            if attribute.index >= 0, attribute.index < heads.count, let base = heads.baseAddress {
                Prefetch.read(base + attribute.index)
            }
        }
    }

    /// The value of `key`.
    func value(ofKey key: KeyID) -> Value { values[links[key.index].value.index] }

    /// Reserves room for about `count` keys (and entries for as many attributes) and `symbolCount` symbols.
    ///
    /// - Complexity: O(`count`).
    mutating func reserveCapacity(_ count: Int, symbols symbolCount: Int = 0) {
        keyAttribute.reserveCapacity(count)
        links.reserveCapacity(count)
        heads.reserveCapacity(count)
        if symbolCount > 0 {
            symbols.reserveCapacity(symbolCount)
            symbolValues.reserveCapacity(symbolCount)
            values.reserveCapacity(symbolCount)
        }
    }

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

    /// 32 well-mixed bits of the pair: the slot's tag, and (masked) its home slot.
    private static func tag(_ attribute: AttributeID, _ value: ValueID) -> UInt64 {
        let packed = UInt64(UInt32(bitPattern: attribute.rawValue)) << 32 | UInt64(UInt32(bitPattern: value.rawValue))
        return NameTable.mix(packed &* 0x9E37_79B9_7F4A_7C15) >> 32
    }
}
