import Inference

/// An identifier as written, with its place.
struct Name: Hashable, Sendable {
    /// The identifier.
    let text: String
    /// Where it is.
    let span: Span
}

/// A value in a condition, a `default` or a `then`: a word (an id, `yes`, `no`) or a number.
struct ValueSyntax: Hashable, Sendable {
    /// The value's kind.
    enum Kind: Hashable, Sendable {
        /// A word: an id, `yes` or `no`.
        case word(String)
        /// A number.
        case number(Double)
    }

    /// The value.
    let kind: Kind
    /// As written.
    let raw: String
    /// Where it is.
    let span: Span
}

/// The operator of a test in a condition.
enum TestOperator: Hashable, Sendable {
    /// `=`
    case equals
    /// `!=`
    case notEquals
    /// `has`
    case has
    /// `<`, `<=`, `>`, `>=`
    case compare(Condition.Comparison)
    /// `is known`
    case isKnown
    /// `is unknown`
    case isUnknown

    /// As written.
    var text: String {
        switch self {
        case .equals: return "="
        case .notEquals: return "!="
        case .has: return "has"
        case .compare(let comparison): return comparison.rawValue
        case .isKnown: return "is known"
        case .isUnknown: return "is unknown"
        }
    }
}

/// One test of a condition: `NAME OP VALUE` or `NAME is known|unknown`.
struct TestSyntax: Hashable, Sendable {
    /// The attribute tested.
    let name: Name
    /// The operator.
    let op: TestOperator
    /// Where the operator is.
    let opSpan: Span
    /// The value, except for `is known` / `is unknown`.
    let value: ValueSyntax?
    /// The test's last token.
    let last: Span

    /// The whole test when it is on one line, else its name.
    var span: Span {
        guard last.file == name.span.file, last.line == name.span.line, last.column >= name.span.column else {
            return name.span
        }
        return Span(
            file: name.span.file, line: name.span.line, column: name.span.column,
            length: last.column + last.length - name.span.column)
    }

    /// The test as text, for messages: `x = a`.
    var text: String {
        if let value { return "\(name.text) \(op.text) \(value.raw)" }
        return "\(name.text) \(op.text)"
    }
}

/// A parsed condition.
indirect enum ConditionSyntax: Hashable, Sendable {
    /// A single test.
    case test(TestSyntax)
    /// Every part holds.
    case all([ConditionSyntax])
    /// Some part holds.
    case any([ConditionSyntax])
    /// The part does not hold.
    case not(ConditionSyntax)
}

/// A `when` or `applies-when` condition with the keyword it follows.
struct WrittenCondition: Hashable, Sendable {
    /// The condition, or `nil` when it has a syntax error (already reported).
    let condition: ConditionSyntax?
    /// Every word in it, so a condition with a syntax error still counts as reading what it names.
    let words: [Name]
    /// The condition's tokens re-joined, as shown in listings.
    let source: String
    /// The keyword (`when`, `applies-when`).
    let keyword: Span
}

/// A declaration's header: its keyword and id.
struct Header: Hashable, Sendable {
    /// The keyword's place (`motive`, `rule`, …).
    let keyword: Span
    /// The id, or `nil` when it is missing or invalid (already reported).
    let id: Name?

    /// Where problems with the whole declaration point: the id, or else the keyword.
    var span: Span { id?.span ?? keyword }
}

/// `knowledge`.
struct KnowledgeDeclaration: Sendable {
    let keyword: Span
    var version: String?
    var title: LocalizedText?
}

/// `motive ID`.
struct MotiveDeclaration: Sendable {
    let header: Header
    var label: LocalizedText?
    var explanation: LocalizedText?
}

/// `agreement ID`.
struct AgreementDeclaration: Sendable {
    let header: Header
    var label: LocalizedText?
    var explanation: LocalizedText?
}

/// `signal ID`.
struct SignalDeclaration: Sendable {
    let header: Header
    var title: LocalizedText?
    var text: LocalizedText?
}

/// `question ID`.
struct QuestionDeclaration: Sendable {
    /// One entry of the option list, in order.
    enum OptionItem: Sendable {
        /// `option ID` with its label.
        case option(Name, LocalizedText?)
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
}

/// `archetype ID`.
struct ArchetypeDeclaration: Sendable {
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

/// `form ID`.
struct FormDeclaration: Sendable {
    let header: Header
    var name: LocalizedText?
    var description: LocalizedText?
    var liability: LocalizedText?
    var properties: [FormProperty: Bool] = [:]
    var fits: [FitSyntax] = []
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
struct RuleDeclaration: Sendable {
    let header: Header
    var when: WrittenCondition?
    var conclusions: [ConclusionSyntax] = []
    var salience = 0
    var because: LocalizedText?
}

/// `constraint ID`.
struct ConstraintDeclaration: Sendable {
    /// Which forms a constraint selects.
    enum Selection: Sendable {
        /// `where PROPERTY is yes|no`.
        case property(FormProperty, Bool)
        /// Listed form ids.
        case forms([Name])
    }

    /// What a constraint does to the forms it selects.
    enum Effect: Sendable {
        /// `exclude`: conclude `excluded-form`.
        case exclude
        /// `adjust … by CERTAINTY`: conclude `form` with the certainty.
        case adjust(Double)
    }

    let header: Header
    var when: WrittenCondition?
    var selection: Selection?
    var effect: Effect?
    /// The action line's keyword.
    var actionSpan: Span?
    var because: LocalizedText?
}

/// Everything declared in all files, in file order.
struct KnowledgeSyntax: Sendable {
    var knowledge: [KnowledgeDeclaration] = []
    var motives: [MotiveDeclaration] = []
    var questions: [QuestionDeclaration] = []
    var archetypes: [ArchetypeDeclaration] = []
    var agreements: [AgreementDeclaration] = []
    var forms: [FormDeclaration] = []
    var signals: [SignalDeclaration] = []
    var rules: [RuleDeclaration] = []
    var constraints: [ConstraintDeclaration] = []
}
