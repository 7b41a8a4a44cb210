/// Why a rule that could conclude a fact did or did not contribute to it.
///
/// ``Engine/whyNot(_:_:)`` lists one for every rule with a conclusion on the fact.
public struct WhyNot: Hashable, Sendable {
    /// The rule's id.
    public let rule: String
    /// Whether the rule fired, or what blocks it.
    public let outcome: Outcome

    /// The state of a rule that could conclude a fact.
    public enum Outcome: Hashable, Sendable {
        /// The rule is active and contributes this evidence to the fact.
        case fired(contribution: Certainty)
        /// The rule is not active: `by` is the first condition that fails (scores below the
        /// threshold), and `certainty` is what it scores.
        ///
        /// The search starts at the premise and descends into `all` conditions, taking their
        /// first failing part; an `any`, a `not` or a leaf is reported as a whole.
        case blocked(by: Condition, certainty: Certainty)
    }

    /// Creates an explanation for one rule.
    public init(rule: String, outcome: Outcome) {
        self.rule = rule
        self.outcome = outcome
    }
}
