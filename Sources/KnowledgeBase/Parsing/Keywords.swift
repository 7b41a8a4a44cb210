/// The keywords that start a declaration at column 1.
enum DeclarationKeyword: String, CaseIterable, Hashable, Sendable {
    case knowledge
    case motive
    case question
    case archetype
    case agreement
    case form
    case property
    case signal
    case rule
    case requirement
    case preference
    case divergence
}

/// The words after `kind` in a question.
enum KindKeyword: String, CaseIterable, Hashable, Sendable {
    case oneOf = "one-of"
    case manyOf = "many-of"
    case yesNo = "yes-no"
    case scale
}

/// The keywords of the fields of one kind of declaration, in the order messages list them.
///
/// The parser reads a declaration's fields through ``Parser/fields(of:owner:handle:)``, which
/// reports unknown and repeated fields; the declaration's parser then switches over the field
/// exhaustively.
protocol FieldKeyword: RawRepresentable, CaseIterable, Hashable, Sendable
where RawValue == String, AllCases == [Self] {
    /// Whether the field may appear more than once (default: no).
    var isRepeatable: Bool { get }
    /// Whether every declaration of the kind must have the field (default: yes).
    var isRequired: Bool { get }
}

extension FieldKeyword {
    var isRepeatable: Bool { false }
    var isRequired: Bool { true }
}

/// The fields of `knowledge`.
enum KnowledgeField: String, FieldKeyword {
    case version
    case title
}

/// The fields of `motive` and `agreement`.
enum LabelledField: String, FieldKeyword {
    case label
    case explanation
}

/// The fields of `signal`.
enum SignalField: String, FieldKeyword {
    case title
    case text
    /// The forms the signal is about (optional): it is not shown when none of them is offered.
    case aboutForms = "about-forms"

    var isRequired: Bool { self != .aboutForms }
}

/// The fields of `question`.
enum QuestionField: String, FieldKeyword {
    case kind
    case text
    case why
    case appliesWhen = "applies-when"
    case `default`
    case option
    case options

    var isRepeatable: Bool { self == .option }

    var isRequired: Bool {
        switch self {
        case .kind, .text, .why: return true
        case .appliesWhen, .default, .option, .options: return false
        }
    }
}

/// The fields of an `option` block.
enum OptionField: String, FieldKeyword {
    case label
    /// The option cannot be chosen together with another (a many-of question's "none").
    case exclusive

    var isRequired: Bool { self == .label }
}

/// The fields of `archetype`.
enum ArchetypeField: String, FieldKeyword {
    case intent
    case nature
    case name
    case essence
    case relation
    case risk
    case governance
    case pitfalls
    case growth
    case agreements
}

/// The fields of `property`.
enum PropertyField: String, FieldKeyword {
    case label
    case explanation

    var isRequired: Bool { self == .label }
}

/// The fields of `form`; its other lines state its properties (`PROPERTY yes|no`).
enum FormField: String, FieldKeyword {
    case name
    case description
    case liability
    case weight
    case fit

    var isRepeatable: Bool { self == .fit }
    var isRequired: Bool { self != .fit }
}

/// The fields of `rule`.
enum RuleField: String, FieldKeyword {
    case when
    case then
    case salience
    case because

    var isRepeatable: Bool { self == .then }
    var isRequired: Bool { self != .salience }
}

/// The fields of `requirement`.
enum RequirementField: String, FieldKeyword {
    case when
    case exclude
    case because
}

/// The fields of `preference`.
enum PreferenceField: String, FieldKeyword {
    case when
    case adjust
    case because
}

/// The fields of `divergence`.
enum DivergenceField: String, FieldKeyword {
    case level
    case source
    /// The condition on the partners of the first side.
    case one
    /// The condition on the partners of the other side.
    case other
    /// What a divergence compares instead of conditions: quadrants, positions or archetypes.
    case compares
    case title
    case finding
    /// The conversation starter (optional).
    case starter

    var isRequired: Bool {
        switch self {
        case .level, .source, .title, .finding: return true
        case .one, .other, .compares, .starter: return false
        }
    }
}

/// The words after `compares` in a divergence.
enum ComparesKeyword: String, CaseIterable, Hashable, Sendable {
    case quadrants
    case positions
    case archetypes
}
