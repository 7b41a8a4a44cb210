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
    /// The attribute a leaf reads (-1 for `all`, `any` and `not`).
    let attribute: Int32
    /// The key `attribute = value` of an `equals`, `contains` or `notEquals` leaf (-1 otherwise).
    let key: Int32
    /// The number of nodes in this subtree, this node included.
    let size: Int32
    /// The number of a `compare` leaf (0 otherwise).
    let number: Double

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
    func reads(key other: Int32, value: Value) -> Bool {
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

/// Flattens conditions into ``PremiseNode`` runs.
struct PremiseCompiler {
    /// The compiled nodes of every premise so far.
    private(set) var nodes: [PremiseNode] = []

    /// Appends the nodes of `condition` and returns the index of its root.
    ///
    /// - Parameters:
    ///   - condition: The premise to compile.
    ///   - attribute: Resolves an attribute name to its id, or `nil` when it is not declared.
    ///   - key: Interns the key of an attribute id and a value.
    /// - Throws: The name of the first undeclared attribute, in order of appearance.
    mutating func compile(
        _ condition: Condition,
        attribute: (String) -> Int32?,
        key: (Int32, Value) -> Int32
    ) throws(UndeclaredName) -> Int32 {
        let root = Int32(nodes.count)
        try append(condition, attribute: attribute, key: key)
        return root
    }

    /// An attribute name that is not declared.
    struct UndeclaredName: Swift.Error {
        /// The name.
        let name: String
    }

    private mutating func append(
        _ condition: Condition,
        attribute resolve: (String) -> Int32?,
        key: (Int32, Value) -> Int32
    ) throws(UndeclaredName) {
        func id(_ name: String) throws(UndeclaredName) -> Int32 {
            guard let id = resolve(name) else { throw UndeclaredName(name: name) }
            return id
        }
        func leaf(
            _ kind: PremiseNode.Kind, _ attribute: Int32, key: Int32 = -1,
            comparison: Condition.Comparison = .equal, number: Double = 0
        ) -> PremiseNode {
            PremiseNode(kind: kind, comparison: comparison, attribute: attribute, key: key, size: 1, number: number)
        }
        switch condition {
        case .equals(let name, let value):
            let attribute = try id(name)
            nodes.append(leaf(.equals, attribute, key: key(attribute, value)))
        case .notEquals(let name, let value):
            let attribute = try id(name)
            nodes.append(leaf(.notEquals, attribute, key: key(attribute, value)))
        case .contains(let name, let value):
            let attribute = try id(name)
            nodes.append(leaf(.contains, attribute, key: key(attribute, value)))
        case .compare(let name, let comparison, let number):
            nodes.append(leaf(.compare, try id(name), comparison: comparison, number: number))
        case .known(let name):
            nodes.append(leaf(.known, try id(name)))
        case .unknown(let name):
            nodes.append(leaf(.unknown, try id(name)))
        case .all(let parts), .any(let parts):
            let kind: PremiseNode.Kind
            if case .all = condition { kind = .all } else { kind = .any }
            try appendInner(kind, parts, attribute: resolve, key: key)
        case .not(let inner):
            try appendInner(.not, [inner], attribute: resolve, key: key)
        }
    }

    private mutating func appendInner(
        _ kind: PremiseNode.Kind,
        _ parts: [Condition],
        attribute: (String) -> Int32?,
        key: (Int32, Value) -> Int32
    ) throws(UndeclaredName) {
        let index = nodes.count
        nodes.append(PremiseNode(kind: kind, comparison: .equal, attribute: -1, key: -1, size: 1, number: 0))
        for part in parts { try append(part, attribute: attribute, key: key) }
        nodes[index] = PremiseNode(
            kind: kind, comparison: .equal, attribute: -1, key: -1, size: Int32(nodes.count - index), number: 0)
    }
}
