/// A fact in working memory: an attribute holds a value, with a combined certainty and the
/// sources that support it.
///
/// The certainty is the MYCIN combination (``Certainty/combined(with:)``) of the sources'
/// certainties, folded in the order of ``sources``: the given or default value first, then
/// rule contributions in rule declaration order. A fact exists only while it has a source.
public struct Fact: Hashable, Sendable {
    /// One piece of evidence for a fact.
    public enum Source: Hashable, Sendable {
        /// The value was given as input (an answer), with this certainty.
        case given(Certainty)
        /// The value is the attribute's default, which holds while nothing was given.
        case defaulted(Certainty)
        /// The rule with this id concluded the value; `contribution` is the rule's
        /// conclusion certainty times its premise certainty.
        case rule(String, contribution: Certainty)

        /// The certainty this source contributes.
        public var certainty: Certainty {
            switch self {
            case .given(let certainty), .defaulted(let certainty): return certainty
            case .rule(_, let contribution): return contribution
            }
        }
    }

    /// The attribute's name.
    public let attribute: String
    /// The value the attribute holds.
    public let value: Value
    /// The combined certainty of all sources.
    public let certainty: Certainty
    /// The sources, in canonical combination order.
    public let sources: [Source]

    /// Creates a fact.
    ///
    /// - Parameters:
    ///   - attribute: The attribute's name.
    ///   - value: The value.
    ///   - certainty: The combined certainty of `sources`.
    ///   - sources: The evidence, in canonical order (given or default first, then rules in
    ///     declaration order).
    public init(attribute: String, value: Value, certainty: Certainty, sources: [Source]) {
        self.attribute = attribute
        self.value = value
        self.certainty = certainty
        self.sources = sources
    }

    /// The fact's attribute and value.
    public var key: FactKey { FactKey(attribute: attribute, value: value) }
}

extension Fact: CustomStringConvertible {
    /// The fact as `attribute = value (certainty)`, for example `intent = renew (0.72)`.
    public var description: String { "\(attribute) = \(value) (\(certainty))" }
}
