/// A text with placeholders, such as a divergence's finding: `{one} {one:wil|willen} samen één
/// aanbod doen; {other} niet.`
///
/// A placeholder is written between braces; braces do nothing else in such a text. `{one}` and
/// `{other}` stand for the partners on each side of a divergence, `{one:SINGULAR|PLURAL}` for a
/// word that agrees with them (the singular form when that side is one partner), and
/// `{distance}` and `{threshold}` for numbers. Which placeholders a text may hold depends on the
/// declaration it belongs to; the knowledge compiler checks that.
public struct TextTemplate: Hashable, Sendable {
    /// The side of a divergence a placeholder refers to.
    public enum Side: String, Hashable, Sendable, CaseIterable {
        /// The partners who meet the first condition (`one`), or are on the first side.
        case one
        /// The partners on the other side.
        case other
    }

    /// What a placeholder stands for.
    public enum Placeholder: Hashable, Sendable {
        /// `{one}`, `{other}`: the partners on that side, as a list.
        case partners(Side)
        /// `{one:SINGULAR|PLURAL}`: `singular` when that side is one partner, else `plural`.
        case agreeing(Side, singular: String, plural: String)
        /// `{distance}`: how far apart two positions are.
        case distance
        /// `{threshold}`: the distance above which positions count as far apart.
        case threshold

        /// The placeholder's name as written between the braces, before any `:`.
        public var name: String {
            switch self {
            case .partners(let side), .agreeing(let side, _, _): return side.rawValue
            case .distance: return Self.distanceName
            case .threshold: return Self.thresholdName
            }
        }

        /// `distance`.
        static let distanceName = "distance"
        /// `threshold`.
        static let thresholdName = "threshold"
        /// Every name a placeholder may have, in the order messages list them.
        static let names = TextTemplate.Side.allCases.map(\.rawValue) + [distanceName, thresholdName]
    }

    /// One part of the text: words as written, or a placeholder.
    public enum Piece: Hashable, Sendable {
        /// Text shown as it is.
        case text(String)
        /// A placeholder, filled in when the text is shown.
        case placeholder(Placeholder)
    }

    /// The text as written, with its placeholders.
    public let source: String
    /// The text in pieces, in order.
    public let pieces: [Piece]

    /// The template written as `source`, or `nil` when it has a brace that does not make a
    /// placeholder, or a placeholder that does not exist or takes no forms.
    ///
    /// - Complexity: O(n) in the length of `source`.
    public init?(_ source: String) {
        var pieces: [Piece] = []
        for item in TemplateScanner.scan(source) {
            switch item.kind {
            case .text(let text):
                pieces.append(.text(text))
            case .placeholder(let name, let forms):
                guard let placeholder = Self.placeholder(named: name, forms: forms) else { return nil }
                pieces.append(.placeholder(placeholder))
            case .unterminated, .unopened, .malformed:
                return nil
            }
        }
        self.source = source
        self.pieces = pieces
    }

    /// The placeholder `{name}` or `{name:singular|plural}`, or `nil` when there is no such one.
    static func placeholder(named name: String, forms: TemplateScanner.Item.Forms?) -> Placeholder? {
        if let side = Side(rawValue: name) {
            guard let forms else { return .partners(side) }
            return .agreeing(side, singular: forms.singular, plural: forms.plural)
        }
        guard forms == nil else { return nil }
        switch name {
        case Placeholder.distanceName: return .distance
        case Placeholder.thresholdName: return .threshold
        default: return nil
        }
    }

    /// The placeholders in the text, in order.
    public var placeholders: [Placeholder] {
        pieces.compactMap { piece in
            if case .placeholder(let placeholder) = piece { return placeholder }
            return nil
        }
    }

    /// The text with every placeholder replaced by `value(placeholder)`.
    ///
    /// - Complexity: O(n) in the length of the result.
    public func filled(_ value: (Placeholder) -> String) -> String {
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let text): result += text
            case .placeholder(let placeholder): result += value(placeholder)
            }
        }
        return result
    }
}

/// A text with placeholders in both languages.
public struct LocalizedTemplate: Hashable, Sendable {
    /// The Dutch template.
    public let nl: TextTemplate
    /// The English template.
    public let en: TextTemplate

    /// Creates a text from its two templates.
    public init(nl: TextTemplate, en: TextTemplate) {
        self.nl = nl
        self.en = en
    }

    /// The template in `language`.
    public func callAsFunction(_ language: Language) -> TextTemplate {
        switch language {
        case .nl: return nl
        case .en: return en
        }
    }
}
