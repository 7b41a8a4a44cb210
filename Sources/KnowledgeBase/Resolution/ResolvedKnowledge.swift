import Inference

/// The declarations resolved against each other: the ``Resolver``'s output, the input of the
/// ``RuleGenerator``, the ``Analysis`` and the assembly of the ``Knowledge``.
///
/// Every declaration keeps its syntax and gets what the later phases need: resolved ids and
/// values, engine conditions, and ``ResolvedValue/value``, the complete public model value, or
/// `nil` when a problem about the declaration was reported. Nothing is filled in with a default.
struct ResolvedKnowledge: Sendable {
    /// The files' paths, by file index, for locations.
    let paths: [String]
    /// The version and title; `nil` when the `knowledge` block is missing or incomplete (reported).
    let block: KnowledgeBlock?
    /// Where problems about the base as a whole point: the first `knowledge` keyword, else the
    /// start of the first file.
    let baseSpan: Span
    let motives: DeclarationIndex<ResolvedValue<MotiveDeclaration, Motive>>
    let questions: DeclarationIndex<ResolvedQuestion>
    let archetypes: DeclarationIndex<ResolvedArchetype>
    let agreements: DeclarationIndex<ResolvedValue<AgreementDeclaration, Agreement>>
    let forms: DeclarationIndex<ResolvedForm>
    let properties: DeclarationIndex<ResolvedValue<PropertyDeclaration, Property>>
    let signals: DeclarationIndex<ResolvedValue<SignalDeclaration, Signal>>
    let rules: DeclarationIndex<ResolvedRule>
    let requirements: DeclarationIndex<ResolvedRequirement>
    let preferences: DeclarationIndex<ResolvedPreference>
    let divergences: DeclarationIndex<ResolvedDivergence>
    /// What conditions may read, by attribute name.
    let attributes: [String: AttributeInfo]
    /// Agreements an archetype probably meant where it lists an unknown one (so they do not also
    /// look never concluded).
    let assumedAgreements: Set<Read>

    /// The location of a span, for the model and for messages that point elsewhere.
    func location(_ span: Span) -> SourceLocation {
        SourceLocation(
            path: paths.indices.contains(span.file) ? paths[span.file] : "", line: span.line, column: span.column)
    }
}

/// The content of the `knowledge` block.
struct KnowledgeBlock: Sendable {
    let version: String
    let title: LocalizedText
}

/// A declaration whose resolution is only its complete model value: a motive, an agreement or a
/// signal.
struct ResolvedValue<Syntax: Declaration, Value: Sendable>: Declaration {
    let syntax: Syntax
    /// The complete value, or `nil` when a problem about the declaration was reported.
    let value: Value?

    var header: Header { syntax.header }
}

/// A condition (`when`, `applies-when`) resolved against the declarations.
struct ResolvedCondition: Sendable {
    /// As written.
    let written: WrittenCondition
    /// The engine condition, or `nil` when the condition has an error (reported).
    let condition: Condition?
    /// What it reads, also where it has errors, so one mistake does not cascade.
    let reads: [Read]
}

/// One option of a question, written out or taken from the motives or forms.
struct OptionEntry: Sendable {
    /// Where an option comes from.
    typealias Source = AnalysisProblem.OptionSource

    let id: String
    /// The label, or `nil` when it is missing (reported where it is written).
    let label: LocalizedText?
    /// The option's own declaration: the `option` id, or the motive or form id.
    let span: Span
    /// Where the question lists it: the `option` id, or `motives`/`forms` after `options`.
    let listSpan: Span
    let source: Source
    /// Where it is marked `exclusive`, if it is.
    let exclusive: Span?
}

/// A question with its options, its attribute and its resolved condition and default.
struct ResolvedQuestion: Declaration {
    let syntax: QuestionDeclaration
    /// The options in order, each id once.
    let options: [OptionEntry]
    /// Whether rules read this declaration's answer: the first declaration of its id, with an id
    /// that is not a derived attribute's name.
    let isAttribute: Bool
    /// The `applies-when`, when written.
    let appliesWhen: ResolvedCondition?
    /// The complete question, or `nil` when a problem about it was reported.
    let value: Question?

    var header: Header { syntax.header }
}

/// The intent and nature of an archetype.
struct Quadrant: Hashable, Sendable {
    let intent: Pole
    let nature: Pole
}

/// An archetype with its quadrant and agreements.
struct ResolvedArchetype: Declaration {
    let syntax: ArchetypeDeclaration
    /// The quadrant, or `nil` when a pole is missing or unknown (reported).
    let quadrant: Quadrant?
    /// The agreements it lists that exist, in order, each once.
    let agreements: [String]
    /// The complete archetype, or `nil` when a problem about it was reported.
    let value: Archetype?

    var header: Header { syntax.header }
}

/// A form with its fits checked against the archetypes.
struct ResolvedForm: Declaration {
    /// One usable fit.
    struct Fit: Sendable {
        let archetype: Name
        let level: FitLevel
        /// The reason, or `nil` when its text has a problem (reported).
        let reason: LocalizedText?
    }

    let syntax: FormDeclaration
    /// The value of each declared property it states (with `yes` or `no`), by property id.
    let properties: [String: Bool]
    /// The fits for declared archetypes that have a level, the first per archetype, in archetype
    /// declaration order.
    let fits: [Fit]
    /// Whether a fit names an unknown archetype or has no level (reported), so the form's own
    /// conclusions are not complete.
    let hasBrokenFit: Bool
    /// The complete form, or `nil` when a problem about it was reported.
    let value: Form?

    var header: Header { syntax.header }
}

/// A written rule with its condition and conclusions resolved.
struct ResolvedRule: Declaration {
    let syntax: RuleDeclaration
    /// The `when`, when written (its absence was reported).
    let when: ResolvedCondition?
    /// The conclusions that resolved, in order.
    let conclusions: [Conclusion]
    /// Where each of ``conclusions`` names its attribute.
    let conclusionSpans: [Span]
    /// What conclusions with an unknown value probably meant (`nil` value: could be any), so
    /// that a typo does not also make the meant id look never concluded.
    let assumedConclusions: [Read]

    var header: Header { syntax.header }
}

/// A requirement with its condition and the forms it excludes resolved.
struct ResolvedRequirement: Declaration {
    let syntax: RequirementDeclaration
    /// The `when`, when written (its absence was reported).
    let when: ResolvedCondition?
    /// The property it selects by (or the declared one it probably means), if any.
    let property: String?
    /// The forms that lack what it asks for, in form declaration order; `nil` when the selection
    /// is missing or has an error (reported).
    let forms: [String]?

    var header: Header { syntax.header }

    /// The complete requirement, or `nil` when a part is missing or has a problem (reported).
    func value(at location: SourceLocation) -> Requirement? {
        guard let id = header.id, let when, let condition = when.condition, let property, let forms,
            case .property(_, let excludes)? = syntax.selection, let because = syntax.because
        else { return nil }
        return Requirement(
            id: id.text, condition: condition, conditionSource: when.written.source, property: property,
            excludes: excludes, forms: forms, because: because, location: location)
    }
}

/// A preference with its condition and the forms it moves resolved.
struct ResolvedPreference: Declaration {
    let syntax: PreferenceDeclaration
    /// The `when`, when written (its absence was reported).
    let when: ResolvedCondition?
    /// The property it selects by (or the declared one it probably means), if any.
    let property: String?
    /// The forms it moves, in form declaration order for a property and as listed otherwise;
    /// `nil` when the selection is missing or has an error (reported).
    let forms: [String]?

    var header: Header { syntax.header }

    /// The complete preference, or `nil` when a part is missing or has a problem (reported).
    func value(at location: SourceLocation) -> Preference? {
        guard let id = header.id, let when, let condition = when.condition, let forms,
            let certainty = syntax.certainty, let because = syntax.because
        else { return nil }
        return Preference(
            id: id.text, condition: condition, conditionSource: when.written.source, forms: forms,
            certainty: certainty, because: because, location: location)
    }
}

/// A divergence with its conditions resolved and its placeholders checked.
struct ResolvedDivergence: Declaration {
    let syntax: DivergenceDeclaration
    /// The `one` condition, when written.
    let one: ResolvedCondition?
    /// The `other` condition, when written.
    let other: ResolvedCondition?
    /// The complete divergence, or `nil` when a problem about it was reported.
    let value: Divergence?

    var header: Header { syntax.header }
}
