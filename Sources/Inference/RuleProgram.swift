/// The compiled form of a ``RuleBase``: everything the engine needs, as flat integer-indexed arrays.
///
/// Attributes, rules and conclusions are numbered by declaration order; values and
/// (attribute, value) keys by a ``FactKeyTable``; names and rule ids live in ``NameTable``s.
/// Premises are runs of ``PremiseNode``s. Two indexes map a changed fact to the rules that read it:
/// - `keyReaders[key]`: the ranks of the rules with an `equals` or `contains` leaf on exactly
///   that key (the engine keeps its rule state by rank);
/// - `attributeReaders[attribute]`: the other leaves on the attribute (`notEquals`, `compare`,
///   `known`, `unknown`), with their rule, so a `compare` leaf can ignore values it does not read.
///
/// Nothing is stored per rule or per condition as an object: the memory cost is a few dozen
/// bytes per rule plus 24 per premise node, and the public `Rule` and `AttributeDeclaration`
/// values are rebuilt from these arrays when asked for.
///
/// It is an immutable `final class` rather than a struct: every engine made from a rule base
/// shares one program, and reading it costs one reference count instead of one per array.
final class RuleProgram: Sendable {
    /// A leaf that reads a whole attribute (or its numeric values), and its rule.
    struct Reader: Sendable {
        /// The rule.
        let rule: RuleID
        /// The leaf's node index.
        let node: Int32
    }

    /// Attribute names, by attribute id.
    let attributeNames: NameTable
    /// Rule ids, by rule.
    let ruleNames: NameTable
    /// The values and keys the rules mention.
    let table: FactKeyTable
    /// All premises, each a run of nodes in prefix order.
    let nodes: [PremiseNode]
    /// The root node of each rule's premise.
    let premiseRoots: [Int32]
    /// The salience of each rule.
    let saliences: [Int]
    /// Rule `r`'s conclusions are `conclusionStart[r]..<conclusionStart[r + 1]`.
    let conclusionStart: [Int32]
    /// The key each conclusion supports.
    let conclusionKeys: [KeyID]
    /// The rule's certainty for each conclusion.
    let conclusionCertainties: [Double]
    /// The rule of each conclusion.
    let conclusionRules: [RuleID]
    /// The conclusions supporting each key, in conclusion order (the canonical combination order).
    let concluders: Adjacency<KeyID, Int32>
    /// Whether some rule concludes the attribute.
    let isDerived: [Bool]
    /// Whether the attribute is multi-valued.
    let isMultiple: [Bool]
    /// The key of the attribute's default value, or ``KeyID/none``.
    let defaultKeys: [KeyID]
    /// The certainty of the attribute's default value.
    let defaultCertainties: [Certainty]
    /// The agenda position of each rule: salience (higher first), specificity (more leaves
    /// first), declaration order.
    let rankOfRule: [Int32]
    /// The rule at each agenda position.
    let ruleAtRank: [RuleID]
    /// The agenda ranks of the rules with an `equals` or `contains` leaf on a key (keys interned
    /// at compile time only): ranks rather than rules, since the engine keeps its rule state by
    /// rank and so schedules a reader without looking its rank up.
    let keyReaders: Adjacency<KeyID, RuleRank>
    /// The other leaves reading an attribute.
    let attributeReaders: Adjacency<AttributeID, Reader>
    /// The rules sorted so that every rule comes after all rules concluding what it reads.
    let rulesInTopologicalOrder: [RuleID]
    /// For a rule whose premise is a *conjunction of keys* (`equals` and `contains` leaves,
    /// possibly under `all` nodes), the number of those leaves; ``unconstrained`` for any other
    /// rule. Such a premise scores the minimum of its keys' certainties, so it reaches the
    /// threshold exactly when every one of its keys does: the engine counts the keys that do
    /// not (see ``Engine``), as Dowling and Gallier's linear-time algorithm for Horn clauses does.
    let conjunctionSizes: [Int32]

    /// The ``conjunctionSizes`` entry of a rule whose premise is not a conjunction of keys: so
    /// far below zero that counting its keys up and down never brings it near zero.
    static let unconstrained = Int32.min / 2

    /// The number of rules.
    var ruleCount: Int { premiseRoots.count }
    /// The number of attributes.
    var attributeCount: Int { isDerived.count }

    /// Builds the indexes over the rules a builder compiled.
    ///
    /// - Complexity: O(*n*) in the size of the rules, plus O(*r* log *r*) for sorting *r* rules
    ///   into agenda order when saliences differ and the rules are not already in that order.
    init(
        _ builder: RuleBase.Builder,
        isDerived: [Bool],
        defaultKeys: [KeyID],
        defaultCertainties: [Certainty],
        topologicalOrder: [AttributeID]
    ) {
        attributeNames = builder.attributeNames
        ruleNames = builder.ruleNames
        table = builder.table
        let nodes = builder.nodes
        let premiseRoots = builder.premiseRoots
        let conclusionStart = builder.conclusionStart
        self.nodes = nodes
        self.premiseRoots = premiseRoots
        saliences = builder.saliences
        self.conclusionStart = conclusionStart
        conclusionKeys = builder.conclusionKeys
        conclusionCertainties = builder.conclusionCertainties
        self.isDerived = isDerived
        isMultiple = builder.isMultiple
        self.defaultKeys = defaultKeys
        self.defaultCertainties = defaultCertainties
        let ruleCount = premiseRoots.count
        let attributeCount = isDerived.count

        let conclusionKeys = builder.conclusionKeys
        let keyCount = builder.table.keyCount
        conclusionRules = [RuleID](unsafeUninitializedCapacity: conclusionKeys.count) { buffer, initialized in
            // `conclusionStart` runs from 0 to the number of conclusions: every slot is written.
            for rule in 0..<ruleCount {
                for conclusion in Int(conclusionStart[rule])..<Int(conclusionStart[rule + 1]) {
                    (buffer.baseAddress.unsafelyUnwrapped + conclusion).initialize(to: RuleID(index: rule))
                }
            }
            initialized = conclusionKeys.count
        }
        concluders = conclusionKeys.withUnsafeBufferPointer { keys in
            Adjacency(count: keyCount, sources: keys) { Int32($0) }
        }

        // One pass over the premises: specificity, the two reader indexes, and the topological
        // position of each rule (after the latest attribute it reads).
        var position = [Int32](repeating: 0, count: attributeCount)
        for (index, attribute) in topologicalOrder.enumerated() { position[attribute.index] = Int32(index) }
        var specificity = [Int32](repeating: 0, count: ruleCount)
        var latestRead = [Int32](repeating: 0, count: ruleCount)
        var conjunctionSizes = [Int32](repeating: 0, count: ruleCount)
        // The key readers are written in place: at most one per node.
        var keyEdges = EdgeList<KeyID, RuleID>(capacity: nodes.count)
        var attributeSources: [AttributeID] = []
        var attributeElements: [Reader] = []
        for rule in 0..<ruleCount {
            let root = Int(premiseRoots[rule])
            var leaves: Int32 = 0
            var latest: Int32 = 0
            var isConjunction = true
            for index in root..<root + Int(nodes[root].size) {
                let node = nodes[index]
                switch node.kind {
                case .equals, .contains:
                    keyEdges.append(node.key, RuleID(index: rule))
                case .notEquals, .compare, .known, .unknown:
                    attributeSources.append(node.attribute)
                    attributeElements.append(Reader(rule: RuleID(index: rule), node: Int32(index)))
                    isConjunction = false
                case .all:
                    continue
                case .any, .not:
                    isConjunction = false
                    continue
                }
                leaves += 1
                latest = max(latest, position[node.attribute.index] + 1)
            }
            specificity[rule] = leaves
            latestRead[rule] = latest
            conjunctionSizes[rule] = isConjunction ? leaves : Self.unconstrained
        }
        self.conjunctionSizes = conjunctionSizes
        attributeReaders = Adjacency(count: attributeCount, sources: attributeSources, elements: attributeElements)

        let order = Self.agendaOrder(saliences: saliences, specificity: specificity)
        var rankOfRule = [Int32](repeating: 0, count: ruleCount)
        for (rank, rule) in order.enumerated() { rankOfRule[rule.index] = Int32(rank) }
        ruleAtRank = order
        self.rankOfRule = rankOfRule
        keyReaders = rankOfRule.withUnsafeBufferPointer { ranks in
            keyEdges.adjacency(sourceCount: keyCount) { RuleRank(ranks[$0.index]) }
        }

        // Rules by the topological position of the latest attribute they read (a counting sort).
        rulesInTopologicalOrder = latestRead.withUnsafeBufferPointer { latestRead in
            Adjacency(count: attributeCount + 1, sources: latestRead) { RuleID(index: $0) }.elementsBySource
        }
    }

    /// The rules in agenda order: higher salience first, then higher specificity, then
    /// declaration order.
    ///
    /// - Complexity: O(*r*) when the rules are already in that order or share one salience
    ///   (a counting sort on specificity); O(*r* log *r*) otherwise.
    private static func agendaOrder(saliences: [Int], specificity: [Int32]) -> [RuleID] {
        let count = saliences.count
        var isSorted = true
        var isOneSalience = true
        var maximum: Int32 = 0
        for rule in 0..<count {
            maximum = max(maximum, specificity[rule])
            guard rule > 0 else { continue }
            if saliences[rule] != saliences[rule - 1] { isOneSalience = false }
            if (saliences[rule - 1], specificity[rule - 1]) < (saliences[rule], specificity[rule]) { isSorted = false }
        }
        if isSorted { return (0..<count).map { RuleID(index: $0) } }
        if isOneSalience {
            // Buckets by descending specificity; the counting sort keeps declaration order.
            let buckets = specificity.map { maximum - $0 }
            return buckets.withUnsafeBufferPointer { buckets in
                Adjacency(count: Int(maximum) + 1, sources: buckets) { RuleID(index: $0) }.elementsBySource
            }
        }
        return (0..<count).map { RuleID(index: $0) }.sorted { a, b in
            let (left, right) = (a.index, b.index)
            if saliences[left] != saliences[right] { return saliences[left] > saliences[right] }
            if specificity[left] != specificity[right] { return specificity[left] > specificity[right] }
            return left < right
        }
    }

    // MARK: Reading

    /// The conclusion indexes of `rule`.
    func conclusions(of rule: RuleID) -> Range<Int> {
        Int(conclusionStart[rule.index])..<Int(conclusionStart[rule.index + 1])
    }

    /// The node indexes of `rule`'s premise.
    func premiseNodes(of rule: RuleID) -> Range<Int> {
        let root = Int(premiseRoots[rule.index])
        return root..<root + Int(nodes[root].size)
    }

    /// The attributes `rule`'s premise leaves read, in premise order (with repeats).
    func attributesRead(by rule: RuleID) -> [AttributeID] {
        premiseNodes(of: rule).compactMap { nodes[$0].isLeaf ? nodes[$0].attribute : nil }
    }

    /// The attributes `rule` concludes, in conclusion order (with repeats).
    func attributesConcluded(by rule: RuleID) -> [AttributeID] {
        conclusions(of: rule).map { table.keyAttribute[conclusionKeys[$0].index] }
    }

    /// Whether a premise leaf of `rule` reads an attribute marked in `marked` (indexed by
    /// attribute); the same as `attributesRead(by:)` containing one, without building the list.
    func reads(_ rule: RuleID, anyOf marked: [Bool]) -> Bool {
        for node in premiseNodes(of: rule) where nodes[node].isLeaf && marked[nodes[node].attribute.index] {
            return true
        }
        return false
    }

    /// Marks in `marked` (indexed by attribute) every attribute `rule` concludes.
    func markAttributesConcluded(by rule: RuleID, in marked: inout [Bool]) {
        for conclusion in conclusions(of: rule) {
            marked[table.keyAttribute[conclusionKeys[conclusion].index].index] = true
        }
    }

    /// The attribute named `name`, or `nil` when it is not declared.
    func attribute(named name: String) -> AttributeID? {
        attributeNames.id(of: name).map(AttributeID.init)
    }

    /// The name of `attribute`.
    func name(of attribute: AttributeID) -> String { attributeNames.name(attribute.rawValue) }

    /// The id of `rule`.
    func id(of rule: RuleID) -> String { ruleNames.name(rule.rawValue) }

    // MARK: Rebuilding public values

    /// The declaration of `attribute`, as given.
    func declaration(of attribute: AttributeID) -> AttributeDeclaration {
        let key = defaultKeys[attribute.index]
        return AttributeDeclaration(
            name: name(of: attribute),
            cardinality: isMultiple[attribute.index] ? .multiple : .single,
            defaultValue: key.exists ? table.value(ofKey: key) : nil,
            defaultCertainty: defaultCertainties[attribute.index])
    }

    /// `rule` as a public value, equal to the one it was compiled from.
    func rule(_ rule: RuleID) -> Rule {
        Rule(
            id: id(of: rule),
            premise: condition(at: Int(premiseRoots[rule.index])),
            conclusions: conclusions(of: rule).map { conclusion in
                let key = conclusionKeys[conclusion]
                return Conclusion(
                    attribute: name(of: table.keyAttribute[key.index]), value: table.value(ofKey: key),
                    certainty: conclusionCertainties[conclusion])
            },
            salience: saliences[rule.index])
    }

    /// The condition the premise subtree at node `index` was compiled from.
    ///
    /// - Complexity: O(size of the subtree).
    func condition(at index: Int) -> Condition {
        let node = nodes[index]
        switch node.kind {
        case .equals: return .equals(name(of: node.attribute), table.value(ofKey: node.key))
        case .notEquals: return .notEquals(name(of: node.attribute), table.value(ofKey: node.key))
        case .contains: return .contains(name(of: node.attribute), table.value(ofKey: node.key))
        case .compare: return .compare(name(of: node.attribute), node.comparison, node.number)
        case .known: return .known(name(of: node.attribute))
        case .unknown: return .unknown(name(of: node.attribute))
        case .all: return .all(children(of: index))
        case .any: return .any(children(of: index))
        case .not: return .not(condition(at: index + 1))
        }
    }

    private func children(of index: Int) -> [Condition] {
        var result: [Condition] = []
        var child = index + 1
        let end = index + Int(nodes[index].size)
        while child < end {
            result.append(condition(at: child))
            child += Int(nodes[child].size)
        }
        return result
    }
}
