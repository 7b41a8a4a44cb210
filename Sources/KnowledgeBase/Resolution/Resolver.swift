import Inference
import Utilities

/// The third phase: resolves the declarations of all files against each other.
///
/// It indexes every kind of declaration by id (reporting duplicates), checks the `knowledge`
/// block, the archetypes' quadrants and agreements, the forms' fits, the questions' options,
/// defaults and conditions, the conditions, conclusions and selections of rules,
/// requirements and preferences, and the conditions and placeholders of divergences, and
/// makes each declaration into a complete model value where it can. Every check runs even when
/// earlier ones failed; a check that would only repeat an earlier problem (a cascade) is skipped.
/// See `Knowledge/COMPILER.md`.
enum Resolver {
    /// Resolves `syntax`, reporting problems into `problems`.
    ///
    /// - Parameters:
    ///   - syntax: Every declaration of every file, in file order.
    ///   - paths: The files' paths, by file index.
    ///   - problems: Receives every problem found.
    /// - Returns: The resolved declarations; values are `nil` where problems were reported.
    /// - Complexity: O(size of the declarations), plus O(f × a) for f forms and a archetypes and
    ///   O(q × m) for q questions that list the m motives or forms.
    static func resolve(_ syntax: KnowledgeSyntax, paths: [String], problems: inout Problems) -> ResolvedKnowledge {
        let locate = { (span: Span) in
            SourceLocation(
                path: paths.indices.contains(span.file) ? paths[span.file] : "", line: span.line, column: span.column)
        }
        let motives = DeclarationIndex(syntax.motives, keyword: .motive, locate: locate, problems: &problems)
        let questions = DeclarationIndex(syntax.questions, keyword: .question, locate: locate, problems: &problems)
        let archetypes = DeclarationIndex(syntax.archetypes, keyword: .archetype, locate: locate, problems: &problems)
        let agreements = DeclarationIndex(syntax.agreements, keyword: .agreement, locate: locate, problems: &problems)
        let forms = DeclarationIndex(syntax.forms, keyword: .form, locate: locate, problems: &problems)
        let properties = DeclarationIndex(
            syntax.properties, keyword: .property, locate: locate, problems: &problems)
        let signals = DeclarationIndex(syntax.signals, keyword: .signal, locate: locate, problems: &problems)
        let rules = DeclarationIndex(syntax.rules, keyword: .rule, locate: locate, problems: &problems)
        let requirements = DeclarationIndex(
            syntax.requirements, keyword: .requirement, locate: locate, problems: &problems)
        let preferences = DeclarationIndex(
            syntax.preferences, keyword: .preference, locate: locate, problems: &problems)
        let divergences = DeclarationIndex(
            syntax.divergences, keyword: .divergence, locate: locate, problems: &problems)

        let baseSpan =
            syntax.knowledge.first?.keyword
            ?? Span(file: paths.isEmpty ? -1 : 0, line: paths.isEmpty ? 0 : 1, column: 1, length: 1)
        let block = knowledgeBlock(syntax.knowledge, at: baseSpan, locate: locate, problems: &problems)
        let resolvedArchetypes = resolve(
            archetypes, agreements: agreements, at: baseSpan, locate: locate, problems: &problems)
        let resolvedProperties = properties.map { property, _ in
            ResolvedValue(syntax: property, value: property.value(at: locate(property.header.span)))
        }
        let resolvedForms = resolve(
            forms, archetypes: archetypes.ids, properties: properties.ids, locate: locate, problems: &problems)
        let resolvedMotives = motives.map { motive, _ in
            ResolvedValue(syntax: motive, value: motive.value(at: locate(motive.header.span)))
        }
        let resolvedAgreements = agreements.map { agreement, _ in
            ResolvedValue(syntax: agreement, value: agreement.value(at: locate(agreement.header.span)))
        }
        let resolvedSignals = signals.map { signal, _ in
            ResolvedValue(
                syntax: signal,
                value: signal.value(
                    aboutForms: aboutForms(of: signal, forms: forms, problems: &problems),
                    at: locate(signal.header.span)))
        }
        let listed = questions.map { question, _ in
            ListedQuestion(
                syntax: question,
                options: options(of: question, motives: motives, forms: forms, locate: locate, problems: &problems))
        }
        let attributes = attributes(
            of: listed, archetypes: archetypes.ids, agreements: agreements.ids, forms: forms.ids, signals: signals.ids,
            problems: &problems)
        let conditions = ConditionResolver(attributes: attributes, questions: questions.ids)
        let resolvedQuestions = listed.map { question, isPrimary in
            resolve(question, isPrimary: isPrimary, conditions: conditions, locate: locate, problems: &problems)
        }
        let resolvedRules = rules.map { rule, _ in conditions.resolve(rule, problems: &problems) }
        let resolvedRequirements = requirements.map { requirement, _ in
            conditions.resolve(requirement, forms: resolvedForms, properties: properties.ids, problems: &problems)
        }
        let resolvedPreferences = preferences.map { preference, _ in
            conditions.resolve(preference, forms: resolvedForms, properties: properties.ids, problems: &problems)
        }
        let resolvedDivergences = divergences.map { divergence, _ in
            conditions.resolve(divergence, at: locate(divergence.header.span), problems: &problems)
        }
        return ResolvedKnowledge(
            paths: paths, block: block, baseSpan: baseSpan, motives: resolvedMotives, questions: resolvedQuestions,
            archetypes: resolvedArchetypes.archetypes, agreements: resolvedAgreements, forms: resolvedForms,
            properties: resolvedProperties,
            signals: resolvedSignals, rules: resolvedRules, requirements: resolvedRequirements,
            preferences: resolvedPreferences, divergences: resolvedDivergences,
            attributes: attributes, assumedAgreements: resolvedArchetypes.assumedAgreements)
    }

    // MARK: - Knowledge block

    private static func knowledgeBlock(
        _ blocks: [KnowledgeDeclaration], at baseSpan: Span, locate: (Span) -> SourceLocation,
        problems: inout Problems
    ) -> KnowledgeBlock? {
        guard let first = blocks.first else {
            problems.add(.missingKnowledgeBlock, at: baseSpan)
            return nil
        }
        for extra in blocks.dropFirst() {
            problems.add(.duplicateKnowledgeBlock(first: locate(first.keyword)), at: extra.keyword)
        }
        guard let version = first.version, let title = first.title else { return nil }
        return KnowledgeBlock(version: version, title: title)
    }

    // MARK: - Archetypes

    private static func resolve(
        _ archetypes: DeclarationIndex<ArchetypeDeclaration>,
        agreements: DeclarationIndex<AgreementDeclaration>, at baseSpan: Span, locate: (Span) -> SourceLocation,
        problems: inout Problems
    ) -> (archetypes: DeclarationIndex<ResolvedArchetype>, assumedAgreements: Set<Read>) {
        var quadrants: [Quadrant: ArchetypeDeclaration] = [:]
        var allPolesValid = true
        var assumed: Set<Read> = []
        let resolved = archetypes.map { archetype, isPrimary in
            let intent = pole(
                archetype.intent, axis: .intent, allowed: [.verbeteren, .vernieuwen], problems: &problems)
            let nature = pole(archetype.nature, axis: .nature, allowed: [.uitwisselen, .delen], problems: &problems)
            var listed: [String] = []
            for name in archetype.agreements {
                guard agreements.contains(name.text) else {
                    let suggestion = Suggestion.closest(to: name.text, among: agreements.ids)
                    problems.add(.unknown(.agreement, name.text, hint: suggestion.map(Hint.didYouMean)), at: name.span)
                    if let suggestion {
                        assumed.insert(Read(attribute: DerivedAttribute.agreement.rawValue, value: suggestion))
                    }
                    continue
                }
                guard !listed.contains(name.text) else {
                    problems.add(
                        .agreementListedTwice(name.text, in: Owner(.archetype, archetype.header)), at: name.span)
                    continue
                }
                listed.append(name.text)
            }
            guard let intent, let nature else {
                allPolesValid = false
                return ResolvedArchetype(syntax: archetype, quadrant: nil, agreements: listed, value: nil)
            }
            let quadrant = Quadrant(intent: intent, nature: nature)
            if isPrimary, let id = archetype.header.id {
                if let first = quadrants[quadrant] {
                    problems.add(
                        .quadrantTaken(
                            archetype: id.text, quadrant: quadrant.name, by: first.header.id?.text ?? "",
                            at: locate(first.header.span)),
                        at: id.span)
                } else {
                    quadrants[quadrant] = archetype
                }
            }
            return ResolvedArchetype(
                syntax: archetype, quadrant: quadrant, agreements: listed,
                value: value(of: archetype, quadrant: quadrant, agreements: listed, locate: locate))
        }
        if allPolesValid {
            let missing = Quadrant.all.filter { quadrants[$0] == nil }.map(\.name)
            if !missing.isEmpty { problems.add(.missingQuadrants(missing), at: baseSpan) }
        }
        return (resolved, assumed)
    }

    private static func pole(_ name: Name?, axis: Reference, allowed: [Pole], problems: inout Problems) -> Pole? {
        guard let name else { return nil }
        if let pole = Pole(rawValue: name.text), allowed.contains(pole) { return pole }
        problems.add(
            .unknown(axis, name.text, hint: Hint.closest(to: name.text, orOneOf: allowed.map(\.rawValue))),
            at: name.span)
        return nil
    }

    private static func value(
        of archetype: ArchetypeDeclaration, quadrant: Quadrant, agreements: [String],
        locate: (Span) -> SourceLocation
    ) -> Archetype? {
        guard let id = archetype.header.id, let name = archetype.name, let essence = archetype.essence,
            let relation = archetype.relation, let risk = archetype.risk, let governance = archetype.governance,
            let pitfalls = archetype.pitfalls, let growth = archetype.growth, !agreements.isEmpty
        else { return nil }
        return Archetype(
            id: id.text, intent: quadrant.intent, nature: quadrant.nature, name: name, essence: essence,
            relation: relation, risk: risk, governance: governance, pitfalls: pitfalls, growth: growth,
            agreements: agreements, location: locate(archetype.header.span))
    }
}

extension Quadrant {
    /// The four quadrants, in the order messages list missing ones.
    static let all = [Pole.verbeteren, .vernieuwen].flatMap { intent in
        [Pole.uitwisselen, .delen].map { Quadrant(intent: intent, nature: $0) }
    }

    /// `intent/nature`, as messages name a quadrant.
    var name: String { "\(intent.rawValue)/\(nature.rawValue)" }
}

extension MotiveDeclaration {
    /// The complete motive, or `nil` when a part is missing (reported by the parser).
    func value(at location: SourceLocation) -> Motive? {
        guard let id = header.id, let label, let explanation else { return nil }
        return Motive(id: id.text, label: label, explanation: explanation, location: location)
    }
}

extension AgreementDeclaration {
    /// The complete agreement, or `nil` when a part is missing (reported by the parser).
    func value(at location: SourceLocation) -> Agreement? {
        guard let id = header.id, let label, let explanation else { return nil }
        return Agreement(id: id.text, label: label, explanation: explanation, location: location)
    }
}

extension SignalDeclaration {
    /// The complete signal, or `nil` when a part is missing (reported by the parser) or
    /// `aboutForms` is `nil` (an unknown form, reported by the resolver).
    func value(aboutForms: [String]?, at location: SourceLocation) -> Signal? {
        guard let id = header.id, let title, let text, let aboutForms else { return nil }
        return Signal(id: id.text, title: title, text: text, aboutForms: aboutForms, location: location)
    }
}

extension Resolver {
    /// The form ids of a signal's `about-forms`, checked against the declared forms: an unknown
    /// id is reported with a suggestion, a repeated one as listed twice.
    ///
    /// - Returns: The ids in the order written (without repeats), or `nil` when one is unknown.
    /// - Complexity: O(n × f) for n listed ids and f forms (the suggestion's edit distances).
    static func aboutForms<Form>(
        of signal: SignalDeclaration, forms: DeclarationIndex<Form>, problems: inout Problems
    ) -> [String]? {
        var listed: [String] = []
        var isComplete = true
        for name in signal.aboutForms {
            guard forms.contains(name.text) else {
                problems.add(
                    .unknown(.form, name.text, hint: Hint.closest(to: name.text, among: forms.ids)), at: name.span)
                isComplete = false
                continue
            }
            guard !listed.contains(name.text) else {
                problems.add(.formListedTwice(name.text, in: Owner(.signal, signal.header)), at: name.span)
                continue
            }
            listed.append(name.text)
        }
        return isComplete ? listed : nil
    }
}
