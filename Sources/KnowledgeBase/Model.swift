public import Inference

/// Where something was declared in the knowledge files.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The path as shown in diagnostics, for example `Knowledge/rules.gvk`.
    public let path: String
    /// The 1-based line.
    public let line: Int
    /// The 1-based column.
    public let column: Int

    /// Creates a location.
    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }

    /// `path:line:column`.
    public var description: String { "\(path):\(line):\(column)" }
}

/// A motive for collaborating, such as cutting costs or developing knowledge.
public struct Motive: Hashable, Sendable {
    public let id: String
    public let label: LocalizedText
    public let explanation: LocalizedText
    public let location: SourceLocation
}

/// One answer option of a question.
public struct Option: Hashable, Sendable {
    public let id: String
    public let label: LocalizedText
}

/// A question the advisor can ask; its id is also the engine attribute it answers.
public struct Question: Hashable, Sendable {
    /// What kind of answer the question takes.
    public enum Kind: Hashable, Sendable {
        /// Exactly one option.
        case oneOf
        /// Any number of options (at least one).
        case manyOf
        /// `true` or `false`.
        case yesNo
        /// A whole number from `min` to `max`.
        case scale(min: Int, max: Int)

        /// The kind as written in files and JSON: `one-of`, `many-of`, `yes-no`, `scale`.
        public var name: String {
            switch self {
            case .oneOf: return "one-of"
            case .manyOf: return "many-of"
            case .yesNo: return "yes-no"
            case .scale: return "scale"
            }
        }
    }

    public let id: String
    public let kind: Kind
    public let text: LocalizedText
    /// Why the advisor asks this question.
    public let why: LocalizedText
    /// The options, in declaration order (empty for yes-no and scale questions).
    public let options: [Option]
    /// When the question applies; `nil` means always.
    public let appliesWhen: Condition?
    /// `appliesWhen` as written in the knowledge file, for listings; `nil` when always.
    public let appliesWhenSource: String?
    /// The answer Enter takes at the prompt, if any.
    public let defaultAnswer: Value?
    public let location: SourceLocation
}

/// A pole of one of the two axes.
public enum Pole: String, Hashable, Sendable, CaseIterable {
    /// Intent axis: do existing things better (-1).
    case verbeteren
    /// Intent axis: discover or create something new (+1).
    case vernieuwen
    /// Nature axis: trade products, services or knowledge (-1).
    case uitwisselen
    /// Nature axis: set up or run part of the organisations together (+1).
    case delen
}

/// One of the four archetypes (grondvormen) with its full profile.
public struct Archetype: Hashable, Sendable {
    public let id: String
    /// `verbeteren` or `vernieuwen`.
    public let intent: Pole
    /// `uitwisselen` or `delen`.
    public let nature: Pole
    public let name: LocalizedText
    public let essence: LocalizedText
    public let relation: LocalizedText
    public let risk: LocalizedText
    public let governance: LocalizedText
    public let pitfalls: LocalizedText
    /// How it can grow into another archetype (tussenvormen, stepping stones).
    public let growth: LocalizedText
    /// The core agreements, by agreement id, in declaration order.
    public let agreements: [String]
    public let location: SourceLocation
}

/// An agreement partners should make, such as result descriptions or rules of play.
public struct Agreement: Hashable, Sendable {
    public let id: String
    public let label: LocalizedText
    public let explanation: LocalizedText
    public let location: SourceLocation
}

/// How well a form fits an archetype.
public enum FitLevel: String, Hashable, Sendable, CaseIterable {
    /// The typical choice (`++`).
    case typical
    /// Workable (`+`).
    case workable
    /// Only in specific set-ups (`±`).
    case situational
    /// A poor fit (`–`).
    case poor

    /// The certainty a fit rule concludes for this level.
    public var certainty: Double {
        switch self {
        case .typical: return 0.9
        case .workable: return 0.6
        case .situational: return 0.3
        case .poor: return -0.6
        }
    }
}

/// A boolean property of a legal or organisational form.
public enum FormProperty: String, Hashable, Sendable, CaseIterable {
    case legalPersonality = "legal-personality"
    case limitedLiability = "limited-liability"
    case profitDistribution = "profit-distribution"
    case notary = "notary"
    case employsStaff = "employs-staff"
    case publicPartners = "public-partners"
    case privatePartners = "private-partners"
    case mixedPartners = "mixed-partners"
}

/// A legal or organisational form, with its properties and fit per archetype.
public struct Form: Hashable, Sendable {
    /// How a form fits one archetype, and why.
    public struct Fit: Hashable, Sendable {
        public let archetype: String
        public let level: FitLevel
        public let reason: LocalizedText
    }

    public let id: String
    public let name: LocalizedText
    public let description: LocalizedText
    /// Who is liable for what, in words.
    public let liability: LocalizedText
    /// Every property in ``FormProperty``, each declared yes or no.
    public let properties: [FormProperty: Bool]
    /// The fit for each of the four archetypes, in archetype declaration order.
    public let fits: [Fit]
    public let location: SourceLocation
}

/// A warning the advisor raises, such as the Wgr applying to public partners.
public struct Signal: Hashable, Sendable {
    public let id: String
    public let title: LocalizedText
    public let text: LocalizedText
    public let location: SourceLocation
}

/// The text and origin of an engine rule, for traces.
public struct RuleInfo: Hashable, Sendable {
    public let id: String
    /// The sentence the trace shows when the rule fires.
    public let because: LocalizedText
    public let location: SourceLocation
}

/// A loaded, validated knowledge base: the content plus the engine rules compiled from it.
public struct Knowledge: Sendable {
    /// The knowledge base's version, shown in every report.
    public let version: String
    public let motives: [Motive]
    public let questions: [Question]
    public let archetypes: [Archetype]
    public let agreements: [Agreement]
    public let forms: [Form]
    public let signals: [Signal]
    /// One entry per engine rule (written and generated), in rule-base order.
    public let rules: [RuleInfo]
    /// The compiled engine rule base.
    public let ruleBase: RuleBase
}

/// The engine attributes the knowledge language defines itself; rules conclude only these.
public enum DerivedAttribute: String, Hashable, Sendable, CaseIterable {
    /// Single-valued: `verbeteren` or `vernieuwen`.
    case intent
    /// Single-valued: `uitwisselen` or `delen`.
    case nature
    /// Single-valued: an archetype id.
    case archetype
    /// Multi-valued: agreement ids.
    case agreement
    /// Multi-valued: form ids, each with its fit as certainty.
    case form
    /// Multi-valued: form ids that a constraint excludes.
    case excludedForm = "excluded-form"
    /// Multi-valued: signal ids.
    case signal
}
