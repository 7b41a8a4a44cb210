import KnowledgeBase

/// The comparison of several partners' consultations: ids and numbers only; renderers look the
/// texts up in the knowledge base and ``Phrases`` in the language of the run.
///
/// Every list is in a defined order: partners as given, divergences and shared answers in
/// knowledge (question) order, findings in the order of the knowledge base's divergences. Rendering the
/// same result twice gives the same bytes.
public struct ComparisonResult: Sendable, Hashable {
    /// One partner: its name and its full recommendation (as `advise --answers` computes it).
    public struct Partner: Sendable, Hashable {
        /// The partner's name.
        public let name: String
        /// The mark on the 2x2 plot: `A`, `B`, `C`, … in the order given.
        public let mark: String
        /// The partner's recommendation.
        public let recommendation: Recommendation
    }

    /// What one partner's conclusions do with another partner's answer to one question.
    public struct Effect: Sendable, Hashable {
        /// The partner whose consultation was recomputed.
        public let partner: String
        /// The partners whose answer was put in (several when they gave the same answer).
        public let answerOf: [String]
        /// The answer put in; `nil` when those partners have no answer that took effect (the
        /// question did not apply to them), so the recomputation leaves the question unanswered.
        public let answer: Answer?
        /// The conclusions that moved, in ``ConclusionKind`` order; empty when nothing moved.
        public let moves: [ConclusionKind]
        /// The archetype after the change (`nil`: none).
        public let archetype: String?
    }

    /// One partner's answer to one question.
    public struct Given: Sendable, Hashable {
        /// The partner's name.
        public let partner: String
        /// The answer that took effect (`nil`: no answer, or the question did not apply).
        public let answer: Answer?
    }

    /// A question the partners answered differently.
    public struct Divergence: Sendable, Hashable {
        /// The question id.
        public let question: String
        /// Each partner's answer that took effect, in partner order (`nil`: no answer, or the
        /// question did not apply to that partner).
        public let answers: [Given]
        /// The conclusions that move for at least one partner, in ``ConclusionKind`` order.
        public var moves: [ConclusionKind] {
            Array(Set(effects.flatMap(\.moves))).sorted()
        }
        /// Every recomputation: each partner with each other answer given, in partner order.
        public let effects: [Effect]
    }

    /// An answer every partner gave.
    public struct SharedAnswer: Sendable, Hashable {
        /// The question id.
        public let question: String
        /// The answer.
        public let answer: Answer
    }

    /// What all partners agree on.
    public struct SharedGround: Sendable, Hashable {
        /// Questions every partner answered the same (and that took effect for all), in
        /// knowledge order, with that answer.
        public let answers: [SharedAnswer]
        /// The archetype, when every partner has the same one.
        public let archetype: String?
        /// The intent pole, when every partner is clearly on the same side (see
        /// ``ComparisonResult/axisMargin``).
        public let intent: String?
        /// The nature pole, likewise.
        public let nature: String?
        /// Forms among every partner's best-fitting forms, in the first partner's order.
        public let forms: [String]
        /// Agreements concluded for every partner, in the first partner's order.
        public let agreements: [String]
        /// Signals raised for every partner, in knowledge order.
        public let signals: [String]
    }

    /// How seriously the partners may be talking past each other (domain.md 4.3).
    public enum Level: String, Sendable, Hashable, CaseIterable, Comparable {
        /// No divergence of the knowledge base applies.
        case none
        /// Some confusion: worth a conversation, but no contradiction in what the partners want.
        case some
        /// Serious confusion: the partners picture a different collaboration.
        case serious

        public static func < (lhs: Level, rhs: Level) -> Bool {
            allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
        }

        /// The level of a finding of a divergence with `level`.
        init(_ level: KnowledgeBase.Divergence.Level) {
            switch level {
            case .some: self = .some
            case .serious: self = .serious
            }
        }
    }

    /// A divergence of the knowledge base that applies, with the partners on each side.
    public struct Finding: Sendable, Hashable {
        /// The divergence's id.
        public let rule: String
        /// The rule's level.
        public let level: Level
        /// The partners on the first side of the divergence (`{one}` in its texts: for example
        /// those who want a joint offer), in partner order.
        public let first: [String]
        /// The partners on the other side (`{other}`), in partner order.
        public let second: [String]
    }

    /// What the partners must settle before a joint recommendation is honest.
    public enum Issue: Sendable, Hashable {
        /// A serious finding (its rule id).
        case finding(String)
        /// The partners have different archetypes (or some have none).
        case archetypes
        /// A question whose different answers move the archetype.
        case question(String)
    }

    /// The joint recommendation, or why there is none.
    public enum Advice: Sendable, Hashable {
        /// All partners have this archetype and no serious confusion: the forms and agreements
        /// every partner's consultation supports.
        case joint(archetype: String, forms: [String], agreements: [String])
        /// No honest joint recommendation: what the partners must settle first, most pressing first.
        case settleFirst([Issue])
    }

    /// The partners, in the order given.
    public let partners: [Partner]
    /// The questions answered differently, in knowledge order.
    public let divergences: [Divergence]
    /// What all partners agree on.
    public let shared: SharedGround
    /// The highest level among ``findings`` (``Level/none`` without findings).
    public let level: Level
    /// The divergences that apply, in knowledge order.
    public let findings: [Finding]
    /// The joint recommendation, or what to settle first.
    public let advice: Advice
    /// The knowledge base's version.
    public let knowledgeVersion: String

    /// The smallest change of an axis that counts as moving it: a tenth of the axis's length (2).
    public static let movementThreshold = 0.2
    /// Positions closer than this to an axis count as on the line between two quadrants (in no
    /// quadrant on that axis), so that a small difference around zero is not "different quadrants".
    public static let axisMargin = 0.1
}
