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

    /// Orders by path, then line, then column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }

    /// `path:line:column`.
    public var description: String { "\(path):\(line):\(column)" }
}

/// A motive for collaborating, such as cutting costs or developing knowledge.
public struct Motive: Hashable, Sendable {
    /// The motive's id, also the option id when a question lists `options motives`.
    public let id: String
    /// A short label, as shown in option lists.
    public let label: LocalizedText
    /// What the motive means.
    public let explanation: LocalizedText
    /// Where the motive is declared.
    public let location: SourceLocation
}

/// One answer option of a question.
public struct Option: Hashable, Sendable {
    /// The option's id: the symbol the answer gives the question's attribute.
    public let id: String
    /// The label shown to the user.
    public let label: LocalizedText
    /// Whether the option cannot be chosen together with another option of its many-of question
    /// (such as "none of these").
    public let isExclusive: Bool
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

    /// The question's id, which is also the engine attribute its answer sets.
    public let id: String
    /// What kind of answer it takes.
    public let kind: Kind
    /// The question as asked.
    public let text: LocalizedText
    /// Why the advisor asks this question.
    public let why: LocalizedText
    /// The options, in declaration order (empty for yes-no and scale questions).
    public let options: [Option]
    /// When the question applies; `nil` means always.
    public let appliesWhen: Condition?
    /// `appliesWhen` as written in the knowledge file, for listings; `nil` when always.
    public let appliesWhenSource: String?
    /// The answer Enter takes at the prompt, if any: `.symbol` for an option, `.boolean` for
    /// yes-no, `.number` for a scale. It is not an engine default: no fact exists until the user
    /// answers.
    public let defaultAnswer: Value?
    /// Where the question is declared.
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
    /// The archetype's id, for example `functioneel`.
    public let id: String
    /// `verbeteren` or `vernieuwen`.
    public let intent: Pole
    /// `uitwisselen` or `delen`.
    public let nature: Pole
    /// The archetype's name, for example "Functioneel samenwerken".
    public let name: LocalizedText
    /// What the collaboration is in essence.
    public let essence: LocalizedText
    /// The relation between the partners.
    public let relation: LocalizedText
    /// Who bears which risk.
    public let risk: LocalizedText
    /// How the collaboration is steered.
    public let governance: LocalizedText
    /// Warning signs and pitfalls.
    public let pitfalls: LocalizedText
    /// How it can grow into another archetype (tussenvormen, stepping stones).
    public let growth: LocalizedText
    /// The core agreements, by agreement id, in declaration order.
    public let agreements: [String]
    /// Where the archetype is declared.
    public let location: SourceLocation
}

/// An agreement partners should make, such as result descriptions or rules of play.
public struct Agreement: Hashable, Sendable {
    /// The agreement's id.
    public let id: String
    /// A short label.
    public let label: LocalizedText
    /// What the partners should agree on, and why.
    public let explanation: LocalizedText
    /// Where the agreement is declared.
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

/// Something a legal or organisational form can or cannot do, such as "can own property"; every
/// form states each declared property with yes or no, and requirements exclude forms by them.
public struct Property: Hashable, Sendable {
    /// The property's id, for example `employs-staff`.
    public let id: String
    /// What a form with this property can do, for example "kan zelf personeel in dienst nemen".
    public let label: LocalizedText
    /// More about the property and its source, if written.
    public let explanation: LocalizedText?
    /// Where the property is declared.
    public let location: SourceLocation
}

/// A legal or organisational form, with its properties and fit per archetype.
public struct Form: Hashable, Sendable {
    /// How a form fits one archetype, and why.
    public struct Fit: Hashable, Sendable {
        /// The archetype's id.
        public let archetype: String
        /// How well the form fits it.
        public let level: FitLevel
        /// Why, in words; the "because" of the generated `fit/FORM/ARCHETYPE` rule.
        public let reason: LocalizedText
    }

    /// The form's id, for example `stichting`.
    public let id: String
    /// The form's name.
    public let name: LocalizedText
    /// What the form is.
    public let description: LocalizedText
    /// Who is liable for what, in words.
    public let liability: LocalizedText
    /// How heavy the form is to set up and run, from 1 (a phase document or light agreement) to 5
    /// (the heaviest legal entity); see ``weights``.
    public let weight: Int
    /// The form's value of every declared property, by property id.
    public let properties: [String: Bool]
    /// The fit for each of the four archetypes, in archetype declaration order.
    public let fits: [Fit]
    /// Where the form is declared.
    public let location: SourceLocation

    /// The weights a form may have: 1 (a phase document or light agreement) to 5 (the heaviest
    /// legal entity).
    public static let weights = 1...5
}

/// A warning the advisor raises, such as the Wgr applying to public partners.
public struct Signal: Hashable, Sendable {
    /// The signal's id.
    public let id: String
    /// A short title.
    public let title: LocalizedText
    /// The warning itself.
    public let text: LocalizedText
    /// The forms the signal is about (`about-forms`), in the order written; empty when it is
    /// about no form in particular. A report leaves out a signal about forms when none of them
    /// is offered or named by the user.
    public let aboutForms: [String]
    /// Where the signal is declared.
    public let location: SourceLocation
}

/// The text and origin of an engine rule, for traces.
public struct RuleInfo: Hashable, Sendable {
    /// Where an engine rule comes from: written as a `rule`, or generated from a declaration.
    public enum Origin: Hashable, Sendable {
        /// A `rule` declaration.
        case written
        /// `quadrant/ARCHETYPE`: intent and nature give the archetype.
        case quadrant(archetype: String)
        /// `agreements/ARCHETYPE`: the archetype's core agreements.
        case agreements(archetype: String)
        /// `fit/FORM/ARCHETYPE`: the form's fit for the archetype.
        case fit(form: String, archetype: String, level: FitLevel)
        /// `requirement/REQUIREMENT/FORM`: the form cannot do what the requirement asks, so it is
        /// excluded.
        case requirement(requirement: String, form: String)
        /// `preference/PREFERENCE/FORM`: a preference moves the form up or down.
        case preference(preference: String, form: String)
    }

    /// The engine rule's id.
    public let id: String
    /// The sentence the trace shows when the rule fires.
    public let because: LocalizedText
    /// Where the rule, or the declaration it was generated from, is written.
    public let location: SourceLocation
    /// Written or generated, and from what.
    public let origin: Origin
    /// The archetypes of which one must hold for the rule to fire, when its premise asks for
    /// that (`archetype = A`, alone or in a conjunction); `nil` when it does not depend on one
    /// particular archetype. A report uses this to leave out what belongs to an archetype other
    /// than the one it recommends.
    public var requiredArchetypes: Set<String>? = nil

    /// The archetypes `condition` requires one of, as ``requiredArchetypes`` documents.
    ///
    /// - Complexity: O(size of `condition`).
    static func requiredArchetypes(of condition: Condition) -> Set<String>? {
        switch condition {
        case .equals(DerivedAttribute.archetype.rawValue, .symbol(let archetype)):
            return [archetype]
        case .all(let conditions):
            let sets = conditions.compactMap(requiredArchetypes(of:))
            guard let first = sets.first else { return nil }
            return sets.dropFirst().reduce(first) { $0.intersection($1) }
        case .any(let conditions):
            var union: Set<String> = []
            for condition in conditions {
                guard let set = requiredArchetypes(of: condition) else { return nil }
                union.formUnion(set)
            }
            return conditions.isEmpty ? nil : union
        case .equals, .notEquals, .contains, .compare, .known, .unknown, .not:
            return nil
        }
    }
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
    /// Multi-valued: form ids that a requirement excludes.
    case excludedForm = "excluded-form"
    /// Multi-valued: signal ids.
    case signal
}
