/// A declaration's header: its keyword and id.
struct Header: Hashable, Sendable {
    /// The keyword's place (`motive`, `rule`, …).
    let keyword: Span
    /// The id, or `nil` when it is missing or invalid (already reported).
    let id: Name?

    /// Where problems with the whole declaration point: the id, or else the keyword.
    var span: Span { id?.span ?? keyword }
}

/// A declaration as the parser read it: a keyword and an id, then fields.
///
/// Every field is optional: `nil` means it is missing (the parser reported it when it is
/// required) or it has an error of its own (reported where it is). Later phases never
/// substitute a default for a `nil` field.
protocol Declaration: Sendable {
    /// The keyword and id.
    var header: Header { get }
}

/// `knowledge`.
struct KnowledgeDeclaration: Sendable {
    let keyword: Span
    var version: String?
    var title: LocalizedText?
}

/// `motive ID`.
struct MotiveDeclaration: Declaration {
    let header: Header
    var label: LocalizedText?
    var explanation: LocalizedText?
}

/// `agreement ID`.
struct AgreementDeclaration: Declaration {
    let header: Header
    var label: LocalizedText?
    var explanation: LocalizedText?
}

/// `signal ID`.
struct SignalDeclaration: Declaration {
    let header: Header
    /// The form ids after `about-forms`, as written (empty when the line is absent).
    var aboutForms: [Name] = []
    var title: LocalizedText?
    var text: LocalizedText?
}

/// `question ID`.
struct QuestionDeclaration: Declaration {
    /// One entry of the option list, in order.
    enum OptionItem: Sendable {
        /// `option ID` with its label, and the `exclusive` keyword when it is written.
        case option(Name, LocalizedText?, exclusive: Span?)
        /// `options motives`.
        case motives(Span)
        /// `options forms`.
        case forms(Span)
    }

    let header: Header
    var kind: Question.Kind?
    /// Where `kind` is, for problems with the kind.
    var kindSpan: Span?
    var text: LocalizedText?
    var why: LocalizedText?
    var appliesWhen: WrittenCondition?
    var defaultValue: ValueSyntax?
    var options: [OptionItem] = []
    /// Whether an `options` or `option` line had an error, so the option list is incomplete.
    var hasBrokenOptions = false
}

/// `archetype ID`.
struct ArchetypeDeclaration: Declaration {
    let header: Header
    var intent: Name?
    var nature: Name?
    var name: LocalizedText?
    var essence: LocalizedText?
    var relation: LocalizedText?
    var risk: LocalizedText?
    var governance: LocalizedText?
    var pitfalls: LocalizedText?
    var growth: LocalizedText?
    var agreements: [Name] = []
}

/// One `fit ARCHETYPE LEVEL` of a form.
struct FitSyntax: Sendable {
    let keyword: Span
    let archetype: Name
    let level: FitLevel?
    let reason: LocalizedText?
}

/// `property ID`: something a form can or cannot do, which every form states.
struct PropertyDeclaration: Declaration {
    let header: Header
    var label: LocalizedText?
    var explanation: LocalizedText?
}

/// One `PROPERTY yes|no` line of a form.
struct PropertyStatement: Sendable {
    /// The property as written.
    let name: Name
    /// The value, or `nil` when it is not `yes` or `no` (reported).
    let value: Bool?
}

/// `form ID`.
struct FormDeclaration: Declaration {
    let header: Header
    var name: LocalizedText?
    var description: LocalizedText?
    var liability: LocalizedText?
    /// How heavy the form is, from 1 to 5.
    var weight: Int?
    /// The property lines, in order.
    var properties: [PropertyStatement] = []
    var fits: [FitSyntax] = []
    /// Whether a line under it is misindented (so a property that seems unstated may be there).
    var holdsMisindentedLines = false
}

/// One `then ATTRIBUTE = VALUE [with CERTAINTY]`.
struct ConclusionSyntax: Sendable {
    let keyword: Span
    let attribute: Name
    let value: ValueSyntax
    let certainty: Double
    /// Where the certainty is, when written.
    let certaintySpan: Span?
}

/// `rule ID`.
struct RuleDeclaration: Declaration {
    let header: Header
    var when: WrittenCondition?
    var conclusions: [ConclusionSyntax] = []
    var salience = 0
    var because: LocalizedText?
}

/// Which forms a requirement or preference selects.
enum FormSelection: Sendable {
    /// `where PROPERTY is yes|no`.
    case property(Name, Bool)
    /// Listed form ids.
    case forms([Name])
}

/// `requirement ID`: what a form must be able to do, given the answers; a form that cannot is
/// excluded.
struct RequirementDeclaration: Declaration {
    let header: Header
    var when: WrittenCondition?
    /// `exclude forms where PROPERTY is yes|no`.
    var selection: FormSelection?
    /// The `exclude` keyword.
    var actionSpan: Span?
    var because: LocalizedText?
}

/// `preference ID`: moves the forms it selects up or down once the archetype is known.
struct PreferenceDeclaration: Declaration {
    let header: Header
    var when: WrittenCondition?
    /// `adjust forms … by CERTAINTY`.
    var selection: FormSelection?
    /// The certainty after `by`.
    var certainty: Double?
    /// The `adjust` keyword.
    var actionSpan: Span?
    var because: LocalizedText?
}

/// A text with placeholders, as written under a field of a divergence.
struct TemplateSyntax: Sendable {
    /// One placeholder as written: its name, its forms if any, and where it is.
    struct Placeholder: Sendable {
        let name: String
        let hasForms: Bool
        let span: Span
    }

    /// The field's keyword (`finding`, …).
    let keyword: Span
    /// The text, or `nil` when it has a problem (reported).
    let text: LocalizedText?
    /// Every well-formed placeholder in both languages, in written order.
    let placeholders: [Placeholder]
}

/// `compares quadrants | positions > DISTANCE | archetypes`.
struct ComparisonSyntax: Sendable {
    /// The `compares` keyword.
    let keyword: Span
    /// What is compared.
    let test: Divergence.Test
}

/// `divergence ID`: when partners picture a different collaboration.
struct DivergenceDeclaration: Declaration {
    let header: Header
    var level: Divergence.Level?
    var source: String?
    /// `one CONDITION`.
    var one: WrittenCondition?
    /// `other CONDITION`.
    var other: WrittenCondition?
    /// `compares …`, or `nil` when absent or with an error (reported).
    var comparison: ComparisonSyntax?
    /// The `compares` keyword, when the line is written (also when it has an error).
    var comparesKeyword: Span?
    var title: TemplateSyntax?
    var finding: TemplateSyntax?
    var starter: TemplateSyntax?
}

/// Everything declared in all files, in file order: the parser's output.
struct KnowledgeSyntax: Sendable {
    var knowledge: [KnowledgeDeclaration] = []
    var motives: [MotiveDeclaration] = []
    var questions: [QuestionDeclaration] = []
    var archetypes: [ArchetypeDeclaration] = []
    var agreements: [AgreementDeclaration] = []
    var forms: [FormDeclaration] = []
    var properties: [PropertyDeclaration] = []
    var signals: [SignalDeclaration] = []
    var rules: [RuleDeclaration] = []
    var requirements: [RequirementDeclaration] = []
    var preferences: [PreferenceDeclaration] = []
    var divergences: [DivergenceDeclaration] = []
}
