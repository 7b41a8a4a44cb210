/// Declares an attribute the engine reasons about.
public struct AttributeDeclaration: Hashable, Sendable {
    /// Whether an attribute holds one value or a set of values.
    public enum Cardinality: Hashable, Sendable {
        /// One value: asserting a new given value replaces the previous one.
        case single
        /// A set of values, like the motives someone picks: asserting adds to the set.
        case multiple
    }

    /// The attribute's unique name.
    public let name: String
    /// Single- or multi-valued.
    public let cardinality: Cardinality
    /// A value that holds, with origin "default", while the attribute has no given value.
    /// Only input attributes (ones no rule concludes) may have a default.
    public let defaultValue: Value?
    /// The certainty of the default value.
    public let defaultCertainty: Certainty

    /// Creates an attribute declaration.
    public init(
        name: String,
        cardinality: Cardinality = .single,
        defaultValue: Value? = nil,
        defaultCertainty: Certainty = .certain
    ) {
        self.name = name
        self.cardinality = cardinality
        self.defaultValue = defaultValue
        self.defaultCertainty = defaultCertainty
    }
}
