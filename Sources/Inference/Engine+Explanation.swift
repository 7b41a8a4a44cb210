extension Engine {
    /// The firings that currently hold, in the order they last fired.
    ///
    /// A rule appears once, with its current premise certainty, matched facts and
    /// contributions; rules that stopped holding are gone.
    ///
    /// - Complexity: O(*r*) for *r* rules, plus building the firings.
    public var trace: [Firing] {
        let ruleAtRank = ruleBase.program.ruleAtRank
        return firingLog.lastFirings { rules[$0.index].isActive }.map { firing(of: ruleAtRank[$0.index]) }
    }

    /// The ids of the rules that currently hold (are active), sorted.
    ///
    /// - Complexity: O(*r* + *a* log *a*) for *r* rules of which *a* are active.
    public var firedRules: [String] {
        let program = ruleBase.program
        return rules.indices.filter { rules[$0].isActive }.map { program.id(of: program.ruleAtRank[$0]) }.sorted()
    }

    /// The number of rules that currently hold: `firedRules.count` without building the list.
    public var firedRuleCount: Int { activeCount }

    /// How a fact came to hold: its derivation tree down to the inputs.
    ///
    /// Each source of the fact becomes a step: a given or default value, or a rule with its
    /// premise certainty, its contribution and the derivations of the facts its premise read.
    ///
    /// - Returns: The derivation, or `nil` when the fact does not exist.
    /// - Complexity: O(size of the derivation graph): each fact is explained once and shared
    ///   where several rules read it. No recursion, so deep chains are safe to build.
    public func how(_ attribute: String, _ value: Value) -> Derivation? {
        guard let root = existingKey(attribute, value) else { return nil }
        var done: [KeyID: Derivation] = [:]
        var stack: [KeyID] = [root]
        // The rules whose contributions support `key`, with the facts each read.
        func supports(of key: KeyID) -> [(rule: RuleID, certainty: Certainty, matched: [KeyID])] {
            memory.contributions(ofKey: key).entries.map { entry in
                let rule = ruleBase.program.conclusionRules[Int(entry.conclusion)]
                return (rule, entry.certainty, matchedKeys(of: rule))
            }
        }
        while let key = stack.last {
            if done[key] != nil {
                stack.removeLast()
                continue
            }
            let support = supports(of: key)
            let missing = support.flatMap(\.matched).filter { done[$0] == nil }
            guard missing.isEmpty else {
                stack.append(contentsOf: missing)
                continue
            }
            stack.removeLast()
            var steps: [Derivation.Step] = []
            switch memory.input(ofKey: key) {
            case .none: break
            case .given(let certainty): steps.append(.given(certainty))
            case .defaulted(let certainty): steps.append(.defaulted(certainty))
            }
            for (rule, certainty, matched) in support {
                steps.append(
                    .rule(
                        ruleBase.program.id(of: rule), premise: Certainty(premise(of: rule)),
                        contribution: certainty,
                        from: matched.compactMap { done[$0] }))
            }
            done[key] = Derivation(fact: fact(ofKey: key), steps: steps)
        }
        return done[root]
    }

    /// Why each rule that could conclude `attribute = value` did or did not.
    ///
    /// Lists every rule with a conclusion on that attribute and value, in agenda order
    /// (salience, specificity, declaration). An active rule is ``WhyNot/Outcome/fired(contribution:)``
    /// with its evidence for the fact (combined in order, should it conclude the fact twice).
    /// Any other rule is ``WhyNot/Outcome/blocked(by:certainty:)`` with its first failing
    /// condition: starting at the premise, descend into `all` conditions through their first
    /// part that scores below the threshold; an `any`, a `not` or a leaf is reported whole.
    ///
    /// - Returns: The explanations; empty when no rule concludes the fact or the attribute
    ///   is not declared.
    /// - Complexity: O(conclusions in the rule base + premises of the rules listed).
    public func whyNot(_ attribute: String, _ value: Value) -> [WhyNot] {
        let program = ruleBase.program
        guard let id = program.attribute(named: attribute), let key = memory.table.key(attribute: id, value: value)
        else { return [] }
        var concluding: [RuleID] = []
        for (conclusion, concluded) in program.conclusionKeys.enumerated() where concluded == key {
            let rule = program.conclusionRules[conclusion]
            if concluding.last != rule { concluding.append(rule) }
        }
        concluding.sort { program.rankOfRule[$0.index] < program.rankOfRule[$1.index] }
        return concluding.map { rule in
            let id = program.id(of: rule)
            guard state(of: rule).isActive else {
                let (condition, certainty) = firstFailure(of: rule)
                return WhyNot(rule: id, outcome: .blocked(by: condition, certainty: Certainty(certainty)))
            }
            var contribution: Certainty?
            for conclusion in program.conclusions(of: rule) where program.conclusionKeys[conclusion] == key {
                let part = Certainty(program.conclusionCertainties[conclusion] * premise(of: rule))
                contribution = contribution.map { $0.combined(with: part) } ?? part
            }
            return WhyNot(rule: id, outcome: .fired(contribution: contribution ?? .unknown))
        }
    }

    /// The first failing condition of `rule`'s premise and its certainty.
    private func firstFailure(of rule: RuleID) -> (Condition, Double) {
        let program = ruleBase.program
        let nodes = program.nodes
        var index = Int(program.premiseRoots[rule.index])
        descending: while nodes[index].kind == .all {
            var child = index + 1
            let end = index + Int(nodes[index].size)
            while child < end {
                if memory.score(nodes, child, threshold: threshold) < threshold {
                    index = child
                    continue descending
                }
                child += Int(nodes[child].size)
            }
            break
        }
        return (program.condition(at: index), memory.score(nodes, index, threshold: threshold))
    }
}
