// The engine's five integer id spaces, each its own type, so that a rule id cannot be used
// where an attribute id is expected (the compiler rejects mixed indices). Each is a 32-bit
// integer with nothing around it: in a release build it costs what an `Int32` costs.

/// An attribute of one rule base: its position in declaration order.
///
/// Ids are dense (`0..<attributeCount`) and only meaningful for the rule base (or the
/// ``RuleBase/Builder``) that issued them.
public struct AttributeID: Hashable, Comparable, Sendable {
    /// The declaration index.
    let rawValue: Int32

    init(_ rawValue: Int32) { self.rawValue = rawValue }

    /// The id at array index `index`.
    init(index: Int) { rawValue = Int32(truncatingIfNeeded: index) }

    /// The index into per-attribute arrays.
    var index: Int { Int(rawValue) }

    /// No attribute (the attribute of a premise node that is not a leaf).
    static let none = AttributeID(-1)

    /// Whether `lhs` was declared before `rhs`.
    public static func < (lhs: AttributeID, rhs: AttributeID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A value interned by one rule base (a symbol, number or boolean): dense, in order of first use.
///
/// Ids are only meaningful for the rule base (or the ``RuleBase/Builder``) that issued them.
public struct ValueID: Hashable, Comparable, Sendable {
    /// The interning index.
    let rawValue: Int32

    init(_ rawValue: Int32) { self.rawValue = rawValue }

    /// The index into per-value arrays.
    var index: Int { Int(rawValue) }

    /// Whether `lhs` was interned before `rhs`.
    public static func < (lhs: ValueID, rhs: ValueID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A rule: its position in declaration order.
struct RuleID: Hashable, Comparable, Sendable {
    /// The declaration index.
    let rawValue: Int32

    init(_ rawValue: Int32) { self.rawValue = rawValue }

    /// The id at array index `index`.
    init(index: Int) { rawValue = Int32(truncatingIfNeeded: index) }

    /// The index into per-rule arrays.
    var index: Int { Int(rawValue) }

    static func < (lhs: RuleID, rhs: RuleID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A rule's position in agenda order (see ``RuleProgram/rankOfRule``): salience, then
/// specificity, then declaration. The engine keeps its per-rule state by rank, so that the
/// agenda and the rules that read a fact need no lookup from rule to rank while running.
struct RuleRank: Hashable, Comparable, Sendable {
    /// The agenda position.
    let rawValue: Int32

    init(_ rawValue: Int32) { self.rawValue = rawValue }

    /// The rank at array index `index`.
    init(index: Int) { rawValue = Int32(truncatingIfNeeded: index) }

    /// The index into per-rank arrays.
    var index: Int { Int(rawValue) }

    static func < (lhs: RuleRank, rhs: RuleRank) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A possible fact, `attribute = value` (a *key*): dense, in order of first use.
struct KeyID: Hashable, Comparable, Sendable {
    /// The interning index.
    let rawValue: Int32

    init(_ rawValue: Int32) { self.rawValue = rawValue }

    /// The id at array index `index`.
    init(index: Int) { rawValue = Int32(truncatingIfNeeded: index) }

    /// The index into per-key arrays.
    var index: Int { Int(rawValue) }

    /// No key: the key of a leaf that names a whole attribute, or of a value never interned
    /// (no fact can exist for it).
    static let none = KeyID(-1)

    /// Whether this is a real key (not ``none``).
    var exists: Bool { rawValue >= 0 }

    static func < (lhs: KeyID, rhs: KeyID) -> Bool { lhs.rawValue < rhs.rawValue }
}
