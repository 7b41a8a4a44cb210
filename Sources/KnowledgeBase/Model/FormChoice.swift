public import Inference

/// What a form must be able to do, given the answers: the forms that cannot are excluded,
/// whatever their fit.
public struct Requirement: Hashable, Sendable {
    /// The requirement's id; its rules are `requirement/ID/FORM`.
    public let id: String
    /// When it applies: a condition on answers only.
    public let condition: Condition
    /// The condition as written, for listings.
    public let conditionSource: String
    /// The property it is about.
    public let property: String
    /// The value of ``property`` that excludes a form (`false` for `where PROPERTY is no`).
    public let excludes: Bool
    /// The forms it excludes, in form declaration order.
    public let forms: [String]
    /// Why, in words; the "because" of its rules.
    public let because: LocalizedText
    /// Where it is declared.
    public let location: SourceLocation
}

/// A preference that moves forms up or down once the archetype is known; it never decides alone.
public struct Preference: Hashable, Sendable {
    /// The preference's id; its rules are `preference/ID/FORM`.
    public let id: String
    /// When it applies (its rules also wait for the archetype).
    public let condition: Condition
    /// The condition as written, for listings.
    public let conditionSource: String
    /// The forms it moves, in form declaration order for a property and as listed otherwise.
    public let forms: [String]
    /// How much: a certainty from -0.9 to 0.9, not 0.
    public let certainty: Double
    /// Why, in words; the "because" of its rules.
    public let because: LocalizedText
    /// Where it is declared.
    public let location: SourceLocation
}
