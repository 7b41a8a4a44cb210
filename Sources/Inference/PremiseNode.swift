/// One node of a compiled premise: 16 bytes.
///
/// A rule's premise is stored as a run of nodes in prefix order: a node is followed by its
/// children, and `size` counts the node and all its descendants, so the subtree of node `i`
/// is `i..<i + size`. Leaves carry interned ids instead of names and values, so scoring a
/// premise needs no hashing.
///
/// A `compare` leaf has no key and a size of 1, so it keeps its number where the others keep
/// their key and size: the nodes of 100,000 rules take a third less memory than with a field
/// for each.
struct PremiseNode: Sendable {
    /// What the node tests; mirrors ``Condition``.
    enum Kind: UInt8, Sendable {
        case equals, notEquals, contains, compare, known, unknown, all, any, not
    }

    /// What the node tests.
    let kind: Kind
    /// The operator of a `compare` leaf (unused otherwise).
    let comparison: Condition.Comparison
    /// The attribute a leaf reads (``AttributeID/none`` for `all`, `any` and `not`).
    let attribute: AttributeID
    /// The number's bits for a `compare` leaf; otherwise the key in the low 32 bits and the
    /// size in the high 32.
    private let payload: UInt64

    private init(kind: Kind, comparison: Condition.Comparison, attribute: AttributeID, key: KeyID, size: Int32) {
        self.kind = kind
        self.comparison = comparison
        self.attribute = attribute
        payload = UInt64(UInt32(bitPattern: size)) << 32 | UInt64(UInt32(bitPattern: key.rawValue))
    }

    private init(comparing attribute: AttributeID, _ comparison: Condition.Comparison, _ number: Double) {
        kind = .compare
        self.comparison = comparison
        self.attribute = attribute
        payload = number.bitPattern
    }

    /// The key `attribute = value` of an `equals`, `contains` or `notEquals` leaf
    /// (``KeyID/none`` otherwise).
    @inline(__always)
    var key: KeyID { kind == .compare ? .none : KeyID(Int32(truncatingIfNeeded: payload)) }

    /// The number of nodes in this subtree, this node included.
    @inline(__always)
    var size: Int32 { kind == .compare ? 1 : Int32(truncatingIfNeeded: payload >> 32) }

    /// The number of a `compare` leaf (0 otherwise).
    var number: Double { kind == .compare ? Double(bitPattern: payload) : 0 }

    /// A leaf node.
    static func leaf(
        _ kind: Kind, _ attribute: AttributeID, key: KeyID = .none, comparison: Condition.Comparison = .equal,
        number: Double = 0
    ) -> PremiseNode {
        if kind == .compare { return PremiseNode(comparing: attribute, comparison, number) }
        return PremiseNode(kind: kind, comparison: comparison, attribute: attribute, key: key, size: 1)
    }

    /// An `all`, `any` or `not` node whose subtree has `size` nodes.
    static func group(_ kind: Kind, size: Int32) -> PremiseNode {
        PremiseNode(kind: kind, comparison: .equal, attribute: .none, key: .none, size: size)
    }

    /// Whether the node is a leaf (reads one attribute).
    var isLeaf: Bool {
        switch kind {
        case .equals, .notEquals, .contains, .compare, .known, .unknown: return true
        case .all, .any, .not: return false
        }
    }

    /// Whether a leaf reads every fact of its attribute (rather than one key or the
    /// numeric facts that satisfy a comparison).
    var readsWholeAttribute: Bool {
        switch kind {
        case .notEquals, .known, .unknown: return true
        case .equals, .contains, .compare, .all, .any, .not: return false
        }
    }

    /// Whether this leaf reads the fact `attribute = value` (`value` being `key`'s value).
    ///
    /// An `equals` or `contains` leaf reads its one key; a `compare` leaf reads the numeric
    /// values that satisfy it; `notEquals`, `known` and `unknown` read every fact of the attribute.
    func reads(key other: KeyID, value: Value) -> Bool {
        switch kind {
        case .equals, .contains: return other == key
        case .compare:
            guard case .number(let number) = value else { return false }
            return comparison.holds(number, self.number)
        case .notEquals, .known, .unknown: return true
        case .all, .any, .not: return false
        }
    }
}
