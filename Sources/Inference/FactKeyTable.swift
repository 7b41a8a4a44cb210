/// Interns values and (attribute, value) pairs to dense integer ids.
///
/// A *key* names one possible fact, `attribute = value`. The rule base interns every key its
/// rules mention when it is compiled; an engine interns further keys when an input asserts a
/// value no rule mentions. Ids are never reused, so an id stays valid for the table's life.
struct FactKeyTable: Sendable {
    /// The interned values, indexed by value id.
    private(set) var values: [Value] = []
    /// The attribute id of each key.
    private(set) var keyAttribute: [Int32] = []
    /// The value id of each key.
    private(set) var keyValue: [Int32] = []
    private var valueIDs: [Value: Int32] = [:]
    private var keyIDs: [UInt64: Int32] = [:]

    /// The number of interned keys.
    var keyCount: Int { keyAttribute.count }

    /// The id of `value`, interning it when new.
    mutating func intern(_ value: Value) -> Int32 {
        if let id = valueIDs[value] { return id }
        let id = Int32(values.count)
        values.append(value)
        valueIDs[value] = id
        return id
    }

    /// The key of `attribute = value`, interning it when new.
    mutating func internKey(attribute: Int32, value: Value) -> Int32 {
        let valueID = intern(value)
        let packed = Self.pack(attribute, valueID)
        if let key = keyIDs[packed] { return key }
        let key = Int32(keyAttribute.count)
        keyAttribute.append(attribute)
        keyValue.append(valueID)
        keyIDs[packed] = key
        return key
    }

    /// The key of `attribute = value`, or `nil` when it was never interned (no such fact can exist).
    func key(attribute: Int32, value: Value) -> Int32? {
        guard let valueID = valueIDs[value] else { return nil }
        return keyIDs[Self.pack(attribute, valueID)]
    }

    /// The value of `key`.
    func value(ofKey key: Int32) -> Value { values[Int(keyValue[Int(key)])] }

    /// Reserves room for about `count` keys and values.
    mutating func reserveCapacity(_ count: Int) {
        keyAttribute.reserveCapacity(count)
        keyValue.reserveCapacity(count)
        keyIDs.reserveCapacity(count)
    }

    private static func pack(_ attribute: Int32, _ value: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: attribute)) << 32 | UInt64(UInt32(bitPattern: value))
    }
}
