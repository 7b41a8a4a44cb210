import Inference

/// That a condition reads an attribute, and which value (`nil`: any value, as `is known` does).
struct Read: Hashable, Sendable {
    /// The attribute read.
    let attribute: String
    /// The value tested, or `nil` when the test concerns every value.
    let value: String?
}

/// An engine rule on its way to the rule base, with what the analysis needs to know about it.
///
/// Declarations with errors still make compiled rules, so that what they read and conclude
/// counts and one mistake does not cascade; such a rule has a `nil` ``premise`` or
/// ``because``, or no ``id``, and never enters the rule base (a problem about it was reported).
struct CompiledRule: Sendable {
    /// What made a compiled rule.
    enum Origin: Hashable, Sendable {
        /// A `rule` declaration, with its id when it has a valid one.
        case written(id: String?)
        /// `quadrant/ARCHETYPE`.
        case quadrant(archetype: String)
        /// `agreements/ARCHETYPE`.
        case agreements(archetype: String)
        /// `fit/FORM/ARCHETYPE`.
        case fit(form: String, archetype: String, level: FitLevel)
        /// `requirement/REQUIREMENT/FORM`; without a form when the requirement excludes none (or
        /// has no id), so the rule only carries what the requirement reads.
        case requirement(id: String?, form: String?)
        /// `preference/PREFERENCE/FORM`; without a form as for a requirement.
        case preference(id: String?, form: String?)

        /// The engine rule id, or `nil` when the declaration has no valid id or selects no form.
        var id: String? {
            switch self {
            case .written(let id): return id
            case .quadrant(let archetype): return "quadrant/\(archetype)"
            case .agreements(let archetype): return "agreements/\(archetype)"
            case .fit(let form, let archetype, _): return "fit/\(form)/\(archetype)"
            case .requirement(let requirement?, let form?): return "requirement/\(requirement)/\(form)"
            case .preference(let preference?, let form?): return "preference/\(preference)/\(form)"
            case .requirement, .preference: return nil
            }
        }

        /// The origin the model shows, or `nil` for a rule that has no id.
        var info: RuleInfo.Origin? {
            switch self {
            case .written(let id): return id.map { _ in .written }
            case .quadrant(let archetype): return .quadrant(archetype: archetype)
            case .agreements(let archetype): return .agreements(archetype: archetype)
            case .fit(let form, let archetype, let level): return .fit(form: form, archetype: archetype, level: level)
            case .requirement(let requirement?, let form?): return .requirement(requirement: requirement, form: form)
            case .preference(let preference?, let form?): return .preference(preference: preference, form: form)
            case .requirement, .preference: return nil
            }
        }

        /// The declaration messages about its condition name: `rule 'x'`, `requirement 'y'`.
        var owner: Owner {
            switch self {
            case .written(let id): return .declaration(.rule, id: id)
            case .requirement(let id, _): return .declaration(.requirement, id: id)
            case .preference(let id, _): return .declaration(.preference, id: id)
            case .quadrant(let archetype), .agreements(let archetype): return .declaration(.archetype, id: archetype)
            case .fit(let form, _, _): return .declaration(.form, id: form)
            }
        }
    }

    /// What made the rule; its engine id follows from it.
    let origin: Origin
    /// The premise; `nil` when the written condition has errors (already reported).
    let premise: Condition?
    /// The written condition, for contradiction messages (written rules, requirements and
    /// preferences).
    let premiseSyntax: ConditionSyntax?
    /// What the premise reads, also when it has errors (so one mistake does not cascade).
    let reads: [Read]
    /// The valid conclusions.
    let conclusions: [Conclusion]
    /// Where each conclusion's attribute is written (parallel to `conclusions`).
    let conclusionSpans: [Span]
    /// What conclusions with an unknown value probably meant (`nil` value: could be any).
    var assumedConclusions: [Read] = []
    /// The agenda priority.
    let salience: Int
    /// The trace sentence; `nil` when a text it is made from has a problem (reported).
    let because: LocalizedText?
    /// Where the rule, or the declaration it comes from, is.
    let span: Span
    /// Whether it enters the rule base: it has an id, and its declaration is the first with its id.
    let isIncluded: Bool

    /// The engine rule id, or `nil` (see ``Origin/id``).
    var id: String? { origin.id }

    /// Whether the rule was written as a `rule`.
    var isWritten: Bool {
        if case .written = origin { return true }
        return false
    }
}
