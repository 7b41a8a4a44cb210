/// What the language knows about an attribute a condition may read.
struct AttributeInfo: Sendable {
    /// The values an attribute can hold.
    enum Domain: Sendable {
        /// Symbols from a fixed list (options, poles, ids of a kind).
        case symbols([String])
        /// `yes` or `no`.
        case boolean
        /// A whole number from `min` to `max`.
        case scale(min: Int, max: Int)
    }

    /// The attribute's name.
    let name: String
    /// Whether it holds a set of values (a many-of question, `agreement`, `form`, …).
    let isMultiple: Bool
    /// Its values.
    let domain: Domain
    /// What its values are, as messages about an unknown value name them.
    let values: Reference
    /// Whether it is a question's answer (rather than a derived attribute).
    let isQuestion: Bool
    /// Whether its kind is unknown (an error already reported): every test of it is accepted.
    let isUnchecked: Bool

    /// What the attribute is, for messages: `'x' is a many-of question`, `'form' holds several values`.
    var nature: AttributeNature {
        guard isQuestion else { return .derived(name, isMultiple: isMultiple) }
        switch domain {
        case .symbols: return .choice(name, isMultiple: isMultiple)
        case .boolean: return .yesNo(name)
        case .scale(let min, let max): return .scale(name, minimum: min, maximum: max)
        }
    }
}
