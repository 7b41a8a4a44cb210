/// One node of a compiled premise.
///
/// A rule's premise is stored as a run of nodes in prefix order: a node is followed by its
/// children, and `size` counts the node and all its descendants, so the subtree of node `i`
/// is `i..<i + size`. Leaves carry interned ids instead of names and values, so scoring a
/// premise needs no hashing.
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
    /// The key `attribute = value` of an `equals`, `contains` or `notEquals` leaf
    /// (``KeyID/none`` otherwise).
    let key: KeyID
    /// The number of nodes in this subtree, this node included.
    let size: Int32
    /// The number of a `compare` leaf (0 otherwise).
    let number: Double

    /// A leaf node.
    static func leaf(
        _ kind: Kind, _ attribute: AttributeID, key: KeyID = .none, comparison: Condition.Comparison = .equal,
        number: Double = 0
    ) -> PremiseNode {
        PremiseNode(kind: kind, comparison: comparison, attribute: attribute, key: key, size: 1, number: number)
    }

    /// An `all`, `any` or `not` node whose subtree has `size` nodes.
    static func group(_ kind: Kind, size: Int32) -> PremiseNode {
        PremiseNode(kind: kind, comparison: .equal, attribute: .none, key: .none, size: size, number: 0)
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
