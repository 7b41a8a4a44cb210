/// A validated, immutable set of attribute declarations and rules, ready for an ``Engine``.
///
/// Construction checks that rule ids are unique, every attribute a rule reads or concludes
/// is declared, certainties lie in -1...1, defaults sit only on input attributes, and the
/// attribute dependency graph (an edge from every attribute a rule reads to every attribute
/// it concludes) has no cycle. The last check is what makes every run terminate: see
/// ``Engine``.
public struct RuleBase: Sendable {
    /// The declared attributes, in declaration order.
    public let attributes: [AttributeDeclaration]
    /// The rules, in declaration order (the last tie-breaker on the agenda).
    public let rules: [Rule]

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

    /// Validates and creates a rule base.
    ///
    /// - Throws: ``Error`` for the first problem found.
    /// - Complexity: O(size of all rules + attributes).
    public init(attributes: [AttributeDeclaration], rules: [Rule]) throws(Error) {
        var declared: Set<String> = []
        for attribute in attributes where !declared.insert(attribute.name).inserted {
            throw .duplicateAttribute(attribute.name)
        }
        var ids: Set<String> = []
        var derived: Set<String> = []
        var edges: [String: [String]] = [:]
        for rule in rules {
            guard ids.insert(rule.id).inserted else { throw .duplicateRule(rule.id) }
            guard !rule.conclusions.isEmpty else { throw .noConclusion(rule: rule.id) }
            let reads = rule.premise.attributes
            for name in reads where !declared.contains(name) {
                throw .undeclaredAttribute(rule: rule.id, attribute: name)
            }
            for conclusion in rule.conclusions {
                guard declared.contains(conclusion.attribute) else {
                    throw .undeclaredAttribute(rule: rule.id, attribute: conclusion.attribute)
                }
                guard (-1...1).contains(conclusion.certainty) else {
                    throw .certaintyOutOfRange(rule: rule.id, certainty: conclusion.certainty)
                }
                derived.insert(conclusion.attribute)
                for name in reads { edges[name, default: []].append(conclusion.attribute) }
            }
        }
        for attribute in attributes where attribute.defaultValue != nil && derived.contains(attribute.name) {
            throw .defaultOnDerivedAttribute(attribute.name)
        }
        if let cycle = RuleBase.findCycle(order: attributes.map(\.name), edges: edges) {
            throw .cycle(cycle)
        }
        self.attributes = attributes
        self.rules = rules
    }

    /// Depth-first search for a cycle, visiting attributes in declaration order so the
    /// reported cycle is deterministic.
    private static func findCycle(order: [String], edges: [String: [String]]) -> [String]? {
        enum Mark { case visiting, done }
        var marks: [String: Mark] = [:]
        var path: [String] = []
        func visit(_ node: String) -> [String]? {
            switch marks[node] {
            case .done?: return nil
            case .visiting?:
                let start = path.firstIndex(of: node) ?? 0
                return Array(path[start...]) + [node]
            case nil: break
            }
            marks[node] = .visiting
            path.append(node)
            for next in edges[node] ?? [] {
                if let cycle = visit(next) { return cycle }
            }
            path.removeLast()
            marks[node] = .done
            return nil
        }
        for node in order {
            if let cycle = visit(node) { return cycle }
        }
        return nil
    }
}
