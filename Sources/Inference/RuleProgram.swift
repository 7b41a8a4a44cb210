/// The compiled form of a ``RuleBase``: everything the engine needs, as flat integer-indexed arrays.
///
/// Attributes, rules and conclusions are numbered by declaration order; values and
/// (attribute, value) keys by a ``FactKeyTable``. Premises are runs of ``PremiseNode``s. Two
/// indexes map a changed fact to the rules that read it:
/// - `keyReaders[key]`: the rules with an `equals` or `contains` leaf on exactly that key;
/// - `attributeReaders[attribute]`: the other leaves on the attribute (`notEquals`, `compare`,
///   `known`, `unknown`), with their rule, so a `compare` leaf can ignore values it does not read.
///
/// The memory cost is a few dozen bytes per rule plus the size of its premise and conclusions.
///
/// It is an immutable `final class` rather than a struct: every engine made from a rule base
/// shares one program, and reading it costs one reference count instead of one per array.
final class RuleProgram: Sendable {
    /// A leaf that reads a whole attribute (or its numeric values), and its rule.
    struct Reader: Sendable {
        /// The rule.
        let rule: Int32
        /// The leaf's node index.
        let node: Int32
    }

    /// Attribute name to attribute id (declaration index).
    let attributeIDs: [String: Int32]
    /// The values and keys the rules mention.
    let table: FactKeyTable
    /// All premises, each a run of nodes in prefix order.
    let nodes: [PremiseNode]
    /// The root node of each rule's premise.
    let premiseRoots: [Int32]
    /// Rule `r`'s conclusions are `conclusionStart[r]..<conclusionStart[r + 1]`.
    let conclusionStart: [Int32]
    /// The key each conclusion supports.
    let conclusionKeys: [Int32]
    /// The rule's certainty for each conclusion.
    let conclusionCertainties: [Double]
    /// The rule of each conclusion.
    let conclusionRules: [Int32]
    /// Whether some rule concludes the attribute.
    let isDerived: [Bool]
    /// Whether the attribute is multi-valued.
    let isMultiple: [Bool]
    /// The key of the attribute's default value, or -1.
    let defaultKeys: [Int32]
    /// The certainty of the attribute's default value.
    let defaultCertainties: [Certainty]
    /// The agenda position of each rule: salience (higher first), specificity (more leaves
    /// first), declaration order.
    let rankOfRule: [Int32]
    /// The rule at each agenda position.
    let ruleAtRank: [Int32]
    /// Rules with an `equals` or `contains` leaf on a key (keys interned at compile time only).
    let keyReaders: Adjacency<Int32>
    /// The other leaves reading an attribute.
    let attributeReaders: Adjacency<Reader>
    /// The rules sorted so that every rule comes after all rules concluding what it reads.
    let rulesInTopologicalOrder: [Int32]

    /// The number of rules.
    var ruleCount: Int { premiseRoots.count }
    /// The number of attributes.
    var attributeCount: Int { isDerived.count }

    /// Builds the indexes over compiled rules.
    ///
    /// - Complexity: O(*n* log *n*) in the size of the rules, for sorting the agenda order;
    ///   O(*n*) when the rules already appear in agenda order.
    init(
        attributes: [AttributeDeclaration],
        rules: [Rule],
        attributeIDs: [String: Int32],
        table: FactKeyTable,
        nodes: [PremiseNode],
        premiseRoots: [Int32],
        conclusionStart: [Int32],
        conclusionKeys: [Int32],
        conclusionCertainties: [Double],
        isDerived: [Bool],
        defaultKeys: [Int32],
        topologicalOrder: [Int32]
    ) {
        self.attributeIDs = attributeIDs
        self.table = table
        self.nodes = nodes
        self.premiseRoots = premiseRoots
        self.conclusionStart = conclusionStart
        self.conclusionKeys = conclusionKeys
        self.conclusionCertainties = conclusionCertainties
        self.isDerived = isDerived
        self.isMultiple = attributes.map { $0.cardinality == .multiple }
        self.defaultKeys = defaultKeys
        self.defaultCertainties = attributes.map(\.defaultCertainty)

        var conclusionRules = [Int32](repeating: 0, count: conclusionKeys.count)
        for rule in 0..<premiseRoots.count {
            for conclusion in Int(conclusionStart[rule])..<Int(conclusionStart[rule + 1]) {
                conclusionRules[conclusion] = Int32(rule)
            }
        }
        self.conclusionRules = conclusionRules

        // Agenda order.
        var specificity = [Int32](repeating: 0, count: premiseRoots.count)
        var keySources: [Int32] = []
        var keyElements: [Int32] = []
        var attributeSources: [Int32] = []
        var attributeElements: [Reader] = []
        keySources.reserveCapacity(premiseRoots.count)
        keyElements.reserveCapacity(premiseRoots.count)
        for (rule, root) in premiseRoots.enumerated() {
            let end = Int(root) + Int(nodes[Int(root)].size)
            var leaves: Int32 = 0
            for index in Int(root)..<end where nodes[index].isLeaf {
                leaves += 1
                let node = nodes[index]
                switch node.kind {
                case .equals, .contains:
                    keySources.append(node.key)
                    keyElements.append(Int32(rule))
                case .notEquals, .compare, .known, .unknown:
                    attributeSources.append(node.attribute)
                    attributeElements.append(Reader(rule: Int32(rule), node: Int32(index)))
                case .all, .any, .not:
                    break
                }
            }
            specificity[rule] = leaves
        }
        var order = Array(0..<Int32(premiseRoots.count))
        let isSorted = zip(order, order.dropFirst()).allSatisfy { pair in
            let (a, b) = (Int(pair.0), Int(pair.1))
            return (rules[a].salience, specificity[a]) >= (rules[b].salience, specificity[b])
        }
        if !isSorted {
            order.sort { a, b in
                let (left, right) = (Int(a), Int(b))
                if rules[left].salience != rules[right].salience {
                    return rules[left].salience > rules[right].salience
                }
                if specificity[left] != specificity[right] { return specificity[left] > specificity[right] }
                return left < right
            }
        }
        var rankOfRule = [Int32](repeating: 0, count: order.count)
        for (rank, rule) in order.enumerated() { rankOfRule[Int(rule)] = Int32(rank) }
        self.ruleAtRank = order
        self.rankOfRule = rankOfRule

        self.keyReaders = Adjacency(count: table.keyCount, sources: keySources, elements: keyElements)
        self.attributeReaders = Adjacency(
            count: attributes.count, sources: attributeSources, elements: attributeElements)

        // Rules by the topological position of the latest attribute they read (a counting sort).
        var position = [Int32](repeating: 0, count: attributes.count)
        for (index, attribute) in topologicalOrder.enumerated() { position[Int(attribute)] = Int32(index) }
        var ruleSources: [Int32] = []
        ruleSources.reserveCapacity(premiseRoots.count)
        for root in premiseRoots {
            let end = Int(root) + Int(nodes[Int(root)].size)
            var latest: Int32 = 0
            for index in Int(root)..<end where nodes[index].isLeaf {
                latest = max(latest, position[Int(nodes[index].attribute)] + 1)
            }
            ruleSources.append(latest)
        }
        let byPosition = Adjacency(
            count: attributes.count + 1, sources: ruleSources, elements: Array(0..<Int32(premiseRoots.count)))
        var topological: [Int32] = []
        topological.reserveCapacity(premiseRoots.count)
        for slot in 0...Int32(attributes.count) { topological.append(contentsOf: byPosition[slot]) }
        self.rulesInTopologicalOrder = topological
    }

    /// The conclusion indexes of `rule`.
    func conclusions(of rule: Int) -> Range<Int> {
        Int(conclusionStart[rule])..<Int(conclusionStart[rule + 1])
    }

    /// The node indexes of `rule`'s premise.
    func premiseNodes(of rule: Int) -> Range<Int> {
        let root = Int(premiseRoots[rule])
        return root..<root + Int(nodes[root].size)
    }

    /// The attributes `rule`'s premise leaves read, in premise order (with repeats).
    func attributesRead(by rule: Int) -> [Int32] {
        premiseNodes(of: rule).compactMap { nodes[$0].isLeaf ? nodes[$0].attribute : nil }
    }

    /// The attributes `rule` concludes, in conclusion order (with repeats).
    func attributesConcluded(by rule: Int) -> [Int32] {
        conclusions(of: rule).map { table.keyAttribute[Int(conclusionKeys[$0])] }
    }
}
