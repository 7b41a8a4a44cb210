/// A language the product speaks.
public enum Language: String, Hashable, Sendable, CaseIterable, Comparable {
    /// Dutch.
    case nl
    /// English.
    case en

    /// Orders by code: `en` before `nl`.
    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A text in both languages.
public struct LocalizedText: Hashable, Sendable {
    /// The Dutch text.
    public let nl: String
    /// The English text.
    public let en: String

    /// Creates a text from its two translations.
    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// The text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        switch language {
        case .nl: return nl
        case .en: return en
        }
    }
}
