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
    /// How messages name one of its values: `option`, `archetype`, `intent`, …
    let valueNoun: String
    /// What follows an unknown value's quote: ` of question 'x'` or `; expected 'a' or 'b'`.
    let valueSuffix: String
    /// The question's index among the question declarations, when it is a question.
    let question: Int?
    /// Whether its kind is unknown (an error already reported): every test of it is accepted.
    let isUnchecked: Bool

    /// What the attribute is, as a clause: `'x' is a many-of question`, `'form' holds several values`.
    var nature: String {
        guard question != nil else { return "'\(name)' holds \(isMultiple ? "several values" : "one value")" }
        switch domain {
        case .symbols: return "'\(name)' is a \(isMultiple ? "many-of" : "one-of") question"
        case .boolean: return "'\(name)' is a yes-no question"
        case .scale(let min, let max): return "'\(name)' is a scale question from \(min) to \(max)"
        }
    }
}
