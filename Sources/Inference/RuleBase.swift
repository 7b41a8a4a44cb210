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
    /// The compiled rules and their indexes.
    let program: RuleProgram

    /// Wraps a compiled program (see ``Builder``).
    init(program: RuleProgram) { self.program = program }

    /// The declared attributes, in declaration order.
    ///
    /// The rule base stores its attributes compiled; this property rebuilds the declarations.
    ///
    /// - Complexity: O(attributes).
    public var attributes: [AttributeDeclaration] {
        (0..<program.attributeCount).map { program.declaration(of: AttributeID(index: $0)) }
    }

    /// The number of rules.
    public var ruleCount: Int { program.ruleCount }

    /// The rules, in declaration order (the last tie-breaker on the agenda).
    ///
    /// The rule base stores its rules compiled; this property rebuilds `Rule` values equal to
    /// the ones it was made from.
    ///
    /// - Complexity: O(total size of the rules).
    public var rules: [Rule] {
        (0..<program.ruleCount).map { program.rule(RuleID(index: $0)) }
    }

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
        var leaves = 0
        for rule in rules { leaves += rule.premise.leafCount }
        var builder = Builder(rules: rules.count, attributes: attributes.count, leaves: leaves)
        for attribute in attributes { _ = try builder.declare(attribute) }
        // Checked here, rule by rule, to keep the order of the checks (the builder finds
        // repeated ids only when it builds).
        var ids: Set<String> = []
        ids.reserveCapacity(rules.count)
        for rule in rules {
            guard ids.insert(rule.id).inserted else { throw .duplicateRule(rule.id) }
            builder.beginRule(id: rule.id, salience: rule.salience)
            guard !rule.conclusions.isEmpty else { throw .noConclusion(rule: rule.id) }
            do {
                try builder.add(rule.premise)
            } catch {
                throw .undeclaredAttribute(rule: rule.id, attribute: error.name)
            }
            for conclusion in rule.conclusions {
                guard let target = builder.existingAttribute(named: conclusion.attribute) else {
                    throw .undeclaredAttribute(rule: rule.id, attribute: conclusion.attribute)
                }
                try builder.conclude(target, builder.value(conclusion.value), certainty: conclusion.certainty)
            }
            try builder.endRule()
        }
        self = try builder.build()
    }

    /// A cycle in the attribute graph, as attribute ids with the first one repeated at the end.
    struct Cycle: Swift.Error {
        /// The attributes on the cycle.
        let path: [AttributeID]
    }

    /// Orders the attributes so that every edge points forward, or finds a cycle.
    ///
    /// An iterative depth-first search (an explicit stack instead of recursion) that visits
    /// roots in id order and edges in their stored order; it finds the same cycle as the
    /// recursive search would. The topological order is the reverse post-order.
    ///
    /// - Complexity: O(attributes + edges).
    static func sortTopologically(_ edges: Adjacency<AttributeID, AttributeID>) -> Result<[AttributeID], Cycle> {
        enum Mark: UInt8 { case unvisited, visiting, done }
        var marks = [Mark](repeating: .unvisited, count: edges.count)
        var path: [AttributeID] = []
        var stack: [(node: AttributeID, next: Int)] = []
        var postOrder: [AttributeID] = []
        postOrder.reserveCapacity(edges.count)
        for index in 0..<edges.count where marks[index] == .unvisited {
            let root = AttributeID(index: index)
            marks[index] = .visiting
            path.append(root)
            stack.append((root, edges.positions(of: root).lowerBound))
            while let top = stack.last {
                guard top.next < edges.positions(of: top.node).upperBound else {
                    stack.removeLast()
                    path.removeLast()
                    marks[top.node.index] = .done
                    postOrder.append(top.node)
                    continue
                }
                stack[stack.count - 1].next += 1
                let successor = edges.element(at: top.next)
                switch marks[successor.index] {
                case .done:
                    continue
                case .visiting:
                    let start = path.firstIndex(of: successor) ?? 0
                    return .failure(Cycle(path: Array(path[start...]) + [successor]))
                case .unvisited:
                    marks[successor.index] = .visiting
                    path.append(successor)
                    stack.append((successor, edges.positions(of: successor).lowerBound))
                }
            }
        }
        return .success(postOrder.reversed())
    }
}
