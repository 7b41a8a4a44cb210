/// A production rule: when its premise holds, it adds evidence for its conclusions.
public struct Rule: Hashable, Sendable {
    /// The rule's unique id, shown in traces and explanations.
    public let id: String
    /// What must hold for the rule to fire.
    public let premise: Condition
    /// What the rule concludes, each with the rule's own certainty.
    public let conclusions: [Conclusion]
    /// Higher salience fires first; the default is 0.
    public let salience: Int

    /// Creates a rule.
    ///
    /// - Parameters:
    ///   - id: A unique id.
    ///   - premise: The condition that must reach the engine's threshold.
    ///   - conclusions: At least one conclusion.
    ///   - salience: The priority on the agenda (higher first).
    public init(id: String, premise: Condition, conclusions: [Conclusion], salience: Int = 0) {
        self.id = id
        self.premise = premise
        self.conclusions = conclusions
        self.salience = salience
    }

    /// The number of leaf conditions in the premise; more specific rules fire first
    /// among rules of equal salience.
    public var specificity: Int { premise.leafCount }
}

/// One conclusion of a rule: evidence for `attribute = value` with a certainty.
///
/// When the rule fires with premise certainty `p`, the evidence it contributes is
/// `certainty × p`.
public struct Conclusion: Hashable, Sendable {
    /// The concluded attribute.
    public let attribute: String
    /// The concluded value.
    public let value: Value
    /// The rule's certainty for this conclusion, in -1...1.
    public let certainty: Double

    /// Creates a conclusion.
    public init(attribute: String, value: Value, certainty: Double = 1) {
        self.attribute = attribute
        self.value = value
        self.certainty = certainty
    }
}
