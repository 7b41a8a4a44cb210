/// The outcome of a consultation: archetype, position, forms, signals, flips and the trace.
///
/// A recommendation holds ids and numbers only; renderers look texts up in the knowledge base
/// in the chosen language. All lists are in a defined order (see each property), so rendering
/// the same recommendation twice gives the same bytes.
public struct Recommendation: Sendable, Hashable {
    /// An archetype with its score (the certainty the engine concluded for it, -1…1).
    public struct Scored: Sendable, Hashable {
        /// The archetype id.
        public let id: String
        /// The certainty of `archetype = id`.
        public let score: Double
    }

    /// A close runner-up: the collaboration is a tussenvorm between two archetypes.
    public struct Tussenvorm: Sendable, Hashable {
        /// The runner-up archetype id.
        public let archetype: String
        /// Its score.
        public let score: Double
        /// The flips that would make the runner-up the archetype (may be empty).
        public let tips: [Flip]
    }

    /// One contribution of a fired rule to a conclusion.
    public struct Reason: Sendable, Hashable {
        /// The rule id.
        public let rule: String
        /// The evidence the rule added, -1…1 (negative: evidence against).
        public let contribution: Double
    }

    /// A legal or organisational form with its fit and the reasons behind it.
    public struct RankedForm: Sendable, Hashable {
        /// The form id.
        public let id: String
        /// The certainty of `form = id` (the fit), -1…1.
        public let fit: Double
        /// The rules that contributed, positive and negative, strongest evidence for first.
        public let reasons: [Reason]

        /// Whether the form is offered: its fit reaches the engine's firing threshold (0.2), the
        /// certainty at which the knowledge's rules treat `form has ID` as true. A form below it
        /// is listed as less fitting, so the report and the rules (signals about forms, for
        /// example) always agree on which forms are in view.
        public var isOffered: Bool { fit >= Recommendation.offerThreshold }
    }

    /// The fit at or above which a form is offered: the engine's default firing threshold.
    public static let offerThreshold = 0.2

    /// A form that a constraint excluded.
    public struct ExcludedForm: Sendable, Hashable {
        /// The form id.
        public let id: String
        /// The constraint rules that excluded it, strongest first.
        public let reasons: [Reason]
    }

    /// An alternative answer to an answered question that changes the archetype.
    public struct Flip: Sendable, Hashable {
        /// The question id.
        public let question: String
        /// The answer given.
        public let given: Answer
        /// The alternative answer (for many-of: the given options with one toggled).
        public let alternative: Answer
        /// The archetype the alternative leads to (`nil`: no archetype at all).
        public let archetype: String?
        /// The score of that archetype with the alternative answer (0 when there is none): how
        /// strongly the alternative would change the advice.
        public let score: Double

        /// Creates a flip.
        public init(question: String, given: Answer, alternative: Answer, archetype: String?, score: Double = 0) {
            self.question = question
            self.given = given
            self.alternative = alternative
            self.archetype = archetype
            self.score = score
        }
    }

    /// One active rule firing, in firing order.
    public struct Step: Sendable, Hashable {
        /// The rule id.
        public let rule: String
        /// What it concluded: attribute, value (as text) and the evidence added.
        public let concluded: [Conclusion]
    }

    /// One conclusion of a firing.
    public struct Conclusion: Sendable, Hashable {
        /// The derived attribute (`intent`, `nature`, `archetype`, `agreement`, `form`, `excluded-form`, `signal`).
        public let attribute: String
        /// The value, as text (an id or a pole).
        public let value: String
        /// The evidence added, -1…1.
        public let contribution: Double
    }

    /// The archetype, or `nil` when no archetype has a positive score (no recommendation).
    public let archetype: Scored?
    /// All archetypes with their scores, highest first, ties in knowledge order.
    public let archetypes: [Scored]
    /// The runner-up when it is close (within ``closeMargin``) and positive.
    public let tussenvorm: Tussenvorm?
    /// Intent: -1 verbeteren … +1 vernieuwen (cf(vernieuwen) − cf(verbeteren), clamped).
    public let intent: Double
    /// Nature: -1 uitwisselen … +1 delen (cf(delen) − cf(uitwisselen), clamped).
    public let nature: Double
    /// The agreements concluded (certainty at least the engine threshold) that belong to the
    /// archetype or the tussenvorm's runner-up, or to no archetype: the archetype's own order
    /// first, then the runner-up's, then knowledge order.
    public let agreements: [String]
    /// Forms not excluded that have any evidence, by fit (highest first), ties in knowledge order.
    public let forms: [RankedForm]
    /// Excluded forms, in knowledge order.
    public let excludedForms: [ExcludedForm]
    /// The form the user had in mind, with its verdict; `nil` when no form was named (the
    /// question that lists the forms is unanswered or answered `geen`).
    public let chosenForm: ChosenForm?
    /// The signals raised (certainty at least the engine threshold) and shown, in knowledge
    /// order: a signal about forms (`about-forms`) is left out when none of its forms is offered
    /// (see ``offeredForms``) or is the form the user named.
    public let signals: [String]
    /// Flips, grouped by question: the question whose strongest flip has the highest score
    /// first (ties in knowledge order), and within a question the alternatives by score
    /// (ties in option order). The first few questions are the ones that decide the archetype.
    public let flips: [Flip]
    /// The active firings, in firing order.
    public let trace: [Step]
    /// The answers that took effect, by question id.
    public let answers: [String: Answer]
    /// The question ids whose answers took effect, in knowledge order.
    public let applied: [String]
    /// Question ids answered although their `applies-when` does not hold, in knowledge order.
    public let ignored: [String]
    /// The partner name, if given.
    public let partner: String?
    /// The knowledge base's version.
    public let knowledgeVersion: String

    /// The number of questions whose answers took effect (the `asked` count).
    public var asked: Int { applied.count }

    /// How close a runner-up must be to the winner to be called a tussenvorm.
    public static let closeMargin = 0.15
}
