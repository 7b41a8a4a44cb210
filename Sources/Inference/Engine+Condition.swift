extension Engine {
    /// Scores any condition on the current facts, exactly as a rule's premise is scored
    /// (see the table in ``Condition``).
    ///
    /// Use it to ask questions of working memory that no rule asks, for example whether a
    /// question applies. The condition holds, in the engine's sense, when the result reaches
    /// ``threshold``. An undeclared attribute holds no facts.
    ///
    /// - Parameter condition: The condition to score.
    /// - Returns: Its certainty, in -1...1.
    /// - Complexity: O(size of the condition + facts of the attributes its `known`, `unknown`,
    ///   `notEquals` and `compare` leaves read).
    public func certainty(of condition: Condition) -> Certainty {
        Certainty(score(condition))
    }

    private func score(_ condition: Condition) -> Double {
        switch condition {
        case .equals(let attribute, let value), .contains(let attribute, let value):
            return certainty(of: attribute, value).value
        case .notEquals(let attribute, let value):
            var best = 0 - certainty(of: attribute, value).value
            forEachFact(of: attribute) { fact, certainty in
                if fact != value, certainty > best { best = certainty }
            }
            return best
        case .compare(let attribute, let comparison, let number):
            var best: Double?
            forEachFact(of: attribute) { value, certainty in
                guard case .number(let fact) = value, comparison.holds(fact, number) else { return }
                best = max(best ?? certainty, certainty)
            }
            return best ?? 0
        case .known(let attribute):
            return known(attribute) ?? 0
        case .unknown(let attribute):
            guard let known = known(attribute), known >= threshold else { return 1 }
            return 0 - known
        case .all(let parts):
            return parts.reduce(1.0) { min($0, score($1)) }
        case .any(let parts):
            return parts.reduce(-1.0) { max($0, score($1)) }
        case .not(let inner):
            return 0 - score(inner)
        }
    }

    private func known(_ attribute: String) -> Double? {
        var best: Double?
        forEachFact(of: attribute) { _, certainty in best = max(best ?? certainty, certainty) }
        return best
    }

    private func forEachFact(of attribute: String, _ body: (Value, Double) -> Void) {
        guard let id = ruleBase.program.attributeIDs[attribute] else { return }
        memory.forEachFact(of: id) { key, certainty in body(memory.value(ofKey: key), certainty) }
    }
}
