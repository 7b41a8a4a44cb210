extension RuleBase.Builder {
    /// Adds a whole rule whose premise is `all` of `contains` leaves and whose conclusions are
    /// certain: the same as ``beginRule(id:salience:)-(UnsafeRawBufferPointer,_)``,
    /// ``beginAll()``, ``contains(_:_:)`` for each condition, ``endGroup()``,
    /// ``conclude(_:_:certainty:)`` for each conclusion and ``endRule()``, in one call that
    /// checks the builder's state once and keeps no group open, for readers of large rule bases.
    ///
    /// - Parameters:
    ///   - id: The rule's id, as UTF-8 bytes.
    ///   - conditions: The (attribute, value) pairs the premise requires, in order.
    ///   - conclusions: The (attribute, value) pairs it concludes with certainty 1, in order.
    /// - Throws: ``RuleBase/Error/noConclusion(rule:)`` when `conclusions` is empty; the
    ///   builder is then unusable, as after any throwing method.
    /// - Complexity: O(length of the id + pairs), expected.
    public mutating func addRule(
        id: UnsafeRawBufferPointer, allContaining conditions: UnsafeBufferPointer<(AttributeID, ValueID)>,
        concluding conclusions: UnsafeBufferPointer<(AttributeID, ValueID)>
    ) throws(RuleBase.Error) {
        beginRule(id: id)
        let root = Int32(nodes.count)
        nodes.append(.group(.all, size: Int32(conditions.count) + 1))
        for (attribute, value) in conditions { nodes.append(.leaf(.contains, attribute, key: key(attribute, value))) }
        guard !conclusions.isEmpty else { throw .noConclusion(rule: ruleNames.name(Int32(premiseRoots.count))) }
        for (attribute, value) in conclusions {
            conclusionKeys.append(key(attribute, value))
            conclusionCertainties.append(1)
        }
        finishRule(root: root)
    }
}
