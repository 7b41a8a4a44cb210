/// Names one possible fact: an attribute and a value, without a certainty.
public struct FactKey: Hashable, Sendable {
    /// The attribute's name.
    public let attribute: String
    /// The value.
    public let value: Value

    /// Creates a fact key.
    public init(attribute: String, value: Value) {
        self.attribute = attribute
        self.value = value
    }
}

extension FactKey: CustomStringConvertible {
    /// The key as `attribute = value`.
    public var description: String { "\(attribute) = \(value)" }
}
