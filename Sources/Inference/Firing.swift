/// One firing of a rule: the premise held with some certainty, and the rule added evidence
/// for its conclusions.
public struct Firing: Hashable, Sendable {
    /// The rule's id.
    public let rule: String
    /// The certainty of the premise when the rule fired (at least the engine's threshold).
    public let premiseCertainty: Certainty
    /// The existing facts the premise read, in premise order (within one condition, by value).
    public let matched: [Fact]
    /// Each conclusion with the evidence it contributed.
    public let concluded: [Concluded]

    /// The evidence a firing contributed to one fact.
    public struct Concluded: Hashable, Sendable {
        /// The concluded attribute's name.
        public let attribute: String
        /// The concluded value.
        public let value: Value
        /// The conclusion's certainty times the premise certainty.
        public let contribution: Certainty

        /// Creates a concluded contribution.
        public init(attribute: String, value: Value, contribution: Certainty) {
            self.attribute = attribute
            self.value = value
            self.contribution = contribution
        }
    }

    /// Creates a firing.
    ///
    /// - Parameters:
    ///   - rule: The rule's id.
    ///   - premiseCertainty: The certainty of its premise.
    ///   - matched: The existing facts the premise read.
    ///   - concluded: The evidence for each conclusion.
    public init(rule: String, premiseCertainty: Certainty, matched: [Fact], concluded: [Concluded]) {
        self.rule = rule
        self.premiseCertainty = premiseCertainty
        self.matched = matched
        self.concluded = concluded
    }
}
