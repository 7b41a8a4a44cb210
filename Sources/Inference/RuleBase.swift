/// A validated, immutable set of attribute declarations and rules, ready for an ``Engine``.
///
/// Construction checks that rule ids are unique, every attribute a rule reads or concludes
/// is declared, certainties lie in -1...1, defaults sit only on input attributes, and the
/// attribute dependency graph (an edge from every attribute a rule reads to every attribute
/// it concludes) has no cycle. The last check is what makes every run terminate: see
/// ``Engine``.
///
/// Construction also compiles the rules into the flat, integer-indexed form the engine runs
/// on. Engines made from the same rule base share that compiled form.
public struct RuleBase: Sendable {
    /// The declared attributes, in declaration order.
    public let attributes: [AttributeDeclaration]
    /// The rules, in declaration order (the last tie-breaker on the agenda).
    public let rules: [Rule]
    /// The compiled rules and their indexes.
    let program: RuleProgram

    /// A reason a rule base cannot be built.
    public enum Error: Swift.Error, Equatable, Sendable, CustomStringConvertible {
        /// Two attributes share a name.
        case duplicateAttribute(String)
        /// Two rules share an id.
        case duplicateRule(String)
        /// A rule reads or concludes an attribute that was not declared.
        case undeclaredAttribute(rule: String, attribute: String)
        /// A conclusion's certainty lies outside -1...1.
        case certaintyOutOfRange(rule: String, certainty: Double)
        /// A rule has no conclusion.
        case noConclusion(rule: String)
        /// An attribute that some rule concludes also declares a default.
        case defaultOnDerivedAttribute(String)
        /// The rules form a cycle through these attributes (first repeated at the end).
        case cycle([String])

        /// The problem as one English sentence, quoting names in single quotes.
        public var description: String {
            switch self {
            case .duplicateAttribute(let name):
                return "attribute '\(name)' is declared more than once"
            case .duplicateRule(let id):
                return "rule '\(id)' is declared more than once"
            case .undeclaredAttribute(let rule, let attribute):
                return "rule '\(rule)' uses undeclared attribute '\(attribute)'"
            case .certaintyOutOfRange(let rule, let certainty):
                return "rule '\(rule)' has certainty \(certainty) outside -1...1"
            case .noConclusion(let rule):
                return "rule '\(rule)' concludes nothing"
            case .defaultOnDerivedAttribute(let name):
                return "attribute '\(name)' is concluded by a rule and cannot have a default"
            case .cycle(let path):
                return "rules form a cycle: \(path.joined(separator: " -> "))"
            }
        }
    }

    /// Validates, compiles and creates a rule base.
    ///
    /// Problems are checked in this order, and the first one found is thrown: duplicate
    /// attributes (in declaration order); then, rule by rule, a duplicate id, a missing
    /// conclusion, an undeclared attribute in the premise (in order of appearance), an
    /// undeclared concluded attribute or a certainty outside -1...1; then a default on a
    /// derived attribute; then a cycle, found by a depth-first search that visits attributes
    /// in declaration order and edges in rule order.
    ///
    /// - Parameters:
    ///   - attributes: The attribute declarations, in the order output should follow.
    ///   - rules: The rules, in declaration order.
    /// - Throws: ``Error`` for the first problem found.
    /// - Complexity: O(*n* log *n*), *n* being the total size of all declarations and rules;
    ///   every step but the sort of the agenda order is linear, and nothing recurses over the
    ///   rule graph, so a chain of 100,000 rules needs no deep stack.
    public init(attributes: [AttributeDeclaration], rules: [Rule]) throws(Error) {
        var attributeIDs: [String: Int32] = [:]
        attributeIDs.reserveCapacity(attributes.count)
        for (index, attribute) in attributes.enumerated() {
            guard attributeIDs.updateValue(Int32(index), forKey: attribute.name) == nil else {
                throw .duplicateAttribute(attribute.name)
            }
        }

        var table = FactKeyTable()
        table.reserveCapacity(rules.count + attributes.count)
        var compiler = PremiseCompiler()
        var premiseRoots: [Int32] = []
        premiseRoots.reserveCapacity(rules.count)
        var conclusionStart: [Int32] = [0]
        conclusionStart.reserveCapacity(rules.count + 1)
        var conclusionKeys: [Int32] = []
        var conclusionCertainties: [Double] = []
        conclusionKeys.reserveCapacity(rules.count)
        conclusionCertainties.reserveCapacity(rules.count)
        var isDerived = [Bool](repeating: false, count: attributes.count)
        var edgeSources: [Int32] = []
        var edgeTargets: [Int32] = []
        var ids: Set<String> = []
        ids.reserveCapacity(rules.count)
        // The rule that last read each attribute, to list a rule's reads without repeats.
        var lastReader = [Int32](repeating: -1, count: attributes.count)
        var reads: [Int32] = []

        for (ruleIndex, rule) in rules.enumerated() {
            guard ids.insert(rule.id).inserted else { throw .duplicateRule(rule.id) }
            guard !rule.conclusions.isEmpty else { throw .noConclusion(rule: rule.id) }
            let root: Int32
            do {
                root = try compiler.compile(
                    rule.premise,
                    attribute: { attributeIDs[$0] },
                    key: { table.internKey(attribute: $0, value: $1) })
            } catch {
                throw .undeclaredAttribute(rule: rule.id, attribute: error.name)
            }
            premiseRoots.append(root)
            reads.removeAll(keepingCapacity: true)
            let nodes = compiler.nodes
            for node in nodes[Int(root)..<nodes.count] where node.isLeaf {
                if lastReader[Int(node.attribute)] != Int32(ruleIndex) {
                    lastReader[Int(node.attribute)] = Int32(ruleIndex)
                    reads.append(node.attribute)
                }
            }
            for conclusion in rule.conclusions {
                guard let target = attributeIDs[conclusion.attribute] else {
                    throw .undeclaredAttribute(rule: rule.id, attribute: conclusion.attribute)
                }
                guard (-1...1).contains(conclusion.certainty) else {
                    throw .certaintyOutOfRange(rule: rule.id, certainty: conclusion.certainty)
                }
                isDerived[Int(target)] = true
                conclusionKeys.append(table.internKey(attribute: target, value: conclusion.value))
                conclusionCertainties.append(conclusion.certainty)
                for source in reads {
                    edgeSources.append(source)
                    edgeTargets.append(target)
                }
            }
            conclusionStart.append(Int32(conclusionKeys.count))
        }

        var defaultKeys = [Int32](repeating: -1, count: attributes.count)
        for (index, attribute) in attributes.enumerated() {
            guard let value = attribute.defaultValue else { continue }
            guard !isDerived[index] else { throw .defaultOnDerivedAttribute(attribute.name) }
            defaultKeys[index] = table.internKey(attribute: Int32(index), value: value)
        }

        let edges = Adjacency(count: attributes.count, sources: edgeSources, elements: edgeTargets)
        let topologicalOrder: [Int32]
        switch Self.sortTopologically(edges) {
        case .success(let order): topologicalOrder = order
        case .failure(let cycle): throw .cycle(cycle.path.map { attributes[Int($0)].name })
        }

        self.attributes = attributes
        self.rules = rules
        self.program = RuleProgram(
            attributes: attributes,
            rules: rules,
            attributeIDs: attributeIDs,
            table: table,
            nodes: compiler.nodes,
            premiseRoots: premiseRoots,
            conclusionStart: conclusionStart,
            conclusionKeys: conclusionKeys,
            conclusionCertainties: conclusionCertainties,
            isDerived: isDerived,
            defaultKeys: defaultKeys,
            topologicalOrder: topologicalOrder)
    }

    /// A cycle in the attribute graph, as attribute ids with the first one repeated at the end.
    struct Cycle: Swift.Error {
        /// The attributes on the cycle.
        let path: [Int32]
    }

    /// Orders the attributes so that every edge points forward, or finds a cycle.
    ///
    /// An iterative depth-first search (an explicit stack instead of recursion) that visits
    /// roots in id order and edges in their stored order; it finds the same cycle as the
    /// recursive search would. The topological order is the reverse post-order.
    ///
    /// - Complexity: O(attributes + edges).
    static func sortTopologically(_ edges: Adjacency<Int32>) -> Result<[Int32], Cycle> {
        enum Mark: UInt8 { case unvisited, visiting, done }
        var marks = [Mark](repeating: .unvisited, count: edges.count)
        var path: [Int32] = []
        var stack: [(node: Int32, next: Int)] = []
        var postOrder: [Int32] = []
        postOrder.reserveCapacity(edges.count)
        for root in 0..<Int32(edges.count) where marks[Int(root)] == .unvisited {
            marks[Int(root)] = .visiting
            path.append(root)
            stack.append((root, edges[root].startIndex))
            while let top = stack.last {
                let successors = edges[top.node]
                guard top.next < successors.endIndex else {
                    stack.removeLast()
                    path.removeLast()
                    marks[Int(top.node)] = .done
                    postOrder.append(top.node)
                    continue
                }
                stack[stack.count - 1].next += 1
                let successor = successors[top.next]
                switch marks[Int(successor)] {
                case .done:
                    continue
                case .visiting:
                    let start = path.firstIndex(of: successor) ?? 0
                    return .failure(Cycle(path: Array(path[start...]) + [successor]))
                case .unvisited:
                    marks[Int(successor)] = .visiting
                    path.append(successor)
                    stack.append((successor, edges[successor].startIndex))
                }
            }
        }
        return .success(postOrder.reversed())
    }
}
