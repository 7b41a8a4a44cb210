/// How a fact came to hold: its evidence, traced down to the inputs.
///
/// ``Engine/how(_:_:)`` builds it. A derivation is a tree of values; when two rules read the
/// same fact, the two subtrees are equal (and share storage).
public struct Derivation: Hashable, Sendable {
    /// The fact explained.
    public let fact: Fact
    /// One step per source of the fact, in the order of ``Fact/sources``.
    public let steps: [Step]

    /// One piece of evidence for the fact.
    public enum Step: Hashable, Sendable {
        /// The value was given as input, with this certainty.
        case given(Certainty)
        /// The value is the attribute's default, with this certainty.
        case defaulted(Certainty)
        /// A rule fired: its id, the certainty of its premise, the evidence it contributed,
        /// and the derivations of the facts its premise read (in premise order).
        case rule(String, premise: Certainty, contribution: Certainty, from: [Derivation])
    }

    /// Creates a derivation.
    ///
    /// - Parameters:
    ///   - fact: The fact explained.
    ///   - steps: One step per source of the fact.
    public init(fact: Fact, steps: [Step]) {
        self.fact = fact
        self.steps = steps
    }
}
