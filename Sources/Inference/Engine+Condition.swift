extension Engine {
    /// Scores any condition on the current facts, exactly as a rule's premise is scored
    /// (see the table in ``Condition``).
    ///
    /// Use it to ask questions of working memory that no rule asks, for example whether a
    /// question applies. The condition holds, in the engine's sense, when the result reaches
    /// ``threshold``. An undeclared attribute holds no facts.
    ///
    /// The condition is compiled to premise nodes, as a rule's premise is, and scored by the
    /// same code; names and values are looked up, never interned.
    ///
    /// - Parameter condition: The condition to score.
    /// - Returns: Its certainty, in -1...1.
    /// - Complexity: O(size of the condition + facts of the attributes its `known`, `unknown`,
    ///   `notEquals` and `compare` leaves read).
    public func certainty(of condition: Condition) -> Certainty {
        var nodes: [PremiseNode] = []
        appendNodes(of: condition, to: &nodes)
        return Certainty(memory.score(nodes, 0, threshold: threshold))
    }

    /// Appends the premise nodes of `condition` in prefix order: undeclared attributes become
    /// ``AttributeID/none`` and values no fact can have ``KeyID/none``, which score as no facts.
    private func appendNodes(of condition: Condition, to nodes: inout [PremiseNode]) {
        let program = ruleBase.program
        func id(_ name: String) -> AttributeID { program.attribute(named: name) ?? .none }
        func key(_ name: String, _ value: Value) -> KeyID {
            let attribute = id(name)
            guard attribute.rawValue >= 0 else { return .none }
            return memory.table.key(attribute: attribute, value: value) ?? .none
        }
        func group(_ kind: PremiseNode.Kind, _ parts: [Condition]) {
            let index = nodes.count
            nodes.append(.group(kind, size: 1))
            for part in parts { appendNodes(of: part, to: &nodes) }
            nodes[index] = .group(kind, size: Int32(nodes.count - index))
        }
        switch condition {
        case .equals(let name, let value): nodes.append(.leaf(.equals, id(name), key: key(name, value)))
        case .notEquals(let name, let value): nodes.append(.leaf(.notEquals, id(name), key: key(name, value)))
        case .contains(let name, let value): nodes.append(.leaf(.contains, id(name), key: key(name, value)))
        case .compare(let name, let comparison, let number):
            nodes.append(.leaf(.compare, id(name), comparison: comparison, number: number))
        case .known(let name): nodes.append(.leaf(.known, id(name)))
        case .unknown(let name): nodes.append(.leaf(.unknown, id(name)))
        case .all(let parts): group(.all, parts)
        case .any(let parts): group(.any, parts)
        case .not(let inner): group(.not, [inner])
        }
    }
}
