import Inference

/// Scores a condition against an engine's facts, with the engine's own semantics (see
/// `Condition`): leaves read fact certainties, `all` takes the minimum, `any` the maximum,
/// `not` the negation. Used for `applies-when`, which the engine itself does not evaluate.
struct ConditionScore {
    let engine: Engine

    /// The certainty with which `condition` holds, -1…1.
    func score(_ condition: Condition) -> Double {
        switch condition {
        case .equals(let attribute, let value), .contains(let attribute, let value):
            return engine.certainty(of: attribute, value).value
        case .notEquals(let attribute, let value):
            var best = -engine.certainty(of: attribute, value).value
            for fact in engine.values(of: attribute) where fact.value != value {
                best = max(best, fact.certainty.value)
            }
            return best
        case .compare(let attribute, let comparison, let number):
            var best = 0.0
            for fact in engine.values(of: attribute) {
                if case .number(let given) = fact.value, comparison.holds(given, number) {
                    best = max(best, fact.certainty.value)
                }
            }
            return best
        case .known(let attribute):
            return known(attribute)
        case .unknown(let attribute):
            let strongest = known(attribute)
            return strongest >= engine.threshold ? -strongest : 1
        case .all(let parts):
            return parts.map(score).min() ?? 1
        case .any(let parts):
            return parts.map(score).max() ?? -1
        case .not(let inner):
            return -score(inner)
        }
    }

    private func known(_ attribute: String) -> Double {
        engine.values(of: attribute).map(\.certainty.value).max() ?? 0
    }
}
