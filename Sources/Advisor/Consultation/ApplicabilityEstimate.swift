import Inference
import KnowledgeBase

/// How likely a question's `applies-when` is to hold by the end of the interview, given the
/// answers so far: the interview's estimate of how many questions are still to come.
///
/// A leaf on an answered question, or on a derived attribute that already has a value, counts
/// as it is scored now (1 when it reaches the engine's threshold, else 0). A leaf on an
/// unanswered question takes a prior, as if every answer were equally likely:
///
/// | leaf | prior |
/// |---|---|
/// | `x = v` | 1/k for a one-of question with k options, 1/2 for yes-no, 1/n for a scale of n values |
/// | `x != v` | 1 minus the above |
/// | `x has v` | 1/3 (a many-of answer holds a few of its options) |
/// | comparisons, `is known`, `is unknown`, derived attributes without a value | 1/2 |
///
/// `and` multiplies, `or` takes `1 - Π(1 - p)`, `not` takes `1 - p` (the leaves are treated as
/// independent). The estimate is a number, not a promise: it is shown as "about N".
struct ApplicabilityEstimate {
    /// The state the estimate is made for.
    let session: Session

    /// The chance that `question` will apply: 1 without `applies-when`.
    ///
    /// - Complexity: O(size of the condition × options of the questions it reads).
    func probability(of question: Question) -> Double {
        guard let condition = question.appliesWhen else { return 1 }
        return probability(of: condition)
    }

    /// The chance that `condition` will hold.
    func probability(of condition: Condition) -> Double {
        switch condition {
        case .all(let parts):
            return parts.reduce(1) { $0 * probability(of: $1) }
        case .any(let parts):
            return 1 - parts.reduce(1) { $0 * (1 - probability(of: $1)) }
        case .not(let inner):
            return 1 - probability(of: inner)
        case .equals(let attribute, _), .notEquals(let attribute, _), .contains(let attribute, _),
            .compare(let attribute, _, _), .known(let attribute), .unknown(let attribute):
            if isSettled(attribute) {
                return session.engine.certainty(of: condition).value >= session.engine.threshold ? 1 : 0
            }
            return prior(of: condition, question: session.knowledge.question(attribute))
        }
    }

    /// Whether the attribute's value is known now: an answered question, or a derived attribute
    /// with some value.
    private func isSettled(_ attribute: String) -> Bool {
        if let question = session.knowledge.question(attribute) {
            // The readiness check's gate is never asked: as it stands now, it stays.
            return session.isAnswered(question) || question.id == ReadinessCheck.gateID
        }
        return !session.engine.values(of: attribute).isEmpty
    }

    /// The prior of a leaf on an unanswered question (or a derived attribute without a value).
    private func prior(of leaf: Condition, question: Question?) -> Double {
        let equal: Double
        switch question?.kind {
        case .oneOf?: equal = 1 / Double(max(1, question?.options.count ?? 1))
        case .yesNo?: equal = 0.5
        case .scale(let min, let max)?: equal = 1 / Double(Swift.max(1, max - min + 1))
        case .manyOf?: equal = 1.0 / 3
        case nil: equal = 0.5
        }
        switch leaf {
        case .equals, .contains: return equal
        case .notEquals: return 1 - equal
        case .compare, .known, .unknown, .all, .any, .not: return 0.5
        }
    }
}
