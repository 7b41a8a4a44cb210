import Inference
import Utilities

/// The fourth phase: makes the engine rules, written and generated, from the resolved
/// declarations. It reports nothing: every problem was found by the phases before.
///
/// Rule-base order: the written rules in file order (files by name), then `quadrant/…` for each
/// archetype, `agreements/…` for each archetype, `fit/FORM/ARCHETYPE` for each form (archetypes
/// in declaration order), `requirement/ID/FORM` for each requirement and `preference/ID/FORM`
/// for each preference (forms in declaration order for a property, as listed otherwise).
enum RuleGenerator {
    /// Every rule, in rule-base order, including those of declarations with problems (they carry
    /// what those read and conclude, and do not enter the rule base).
    ///
    /// - Complexity: O(size of the declarations + f × a) for f forms and a archetypes.
    static func rules(for knowledge: ResolvedKnowledge) -> [CompiledRule] {
        writtenRules(knowledge.rules) + quadrantRules(knowledge.archetypes)
            + agreementRules(knowledge.archetypes, agreements: knowledge.agreements) + fitRules(knowledge.forms)
            + requirementRules(knowledge.requirements) + preferenceRules(knowledge.preferences)
    }

    private static func writtenRules(_ rules: DeclarationIndex<ResolvedRule>) -> [CompiledRule] {
        rules.all.indices.map { position in
            let rule = rules.all[position]
            var compiled = CompiledRule(
                origin: .written(id: rule.header.id?.text), premise: rule.when?.condition,
                premiseSyntax: rule.when?.written.condition, reads: rule.when?.reads ?? [],
                conclusions: rule.conclusions, conclusionSpans: rule.conclusionSpans, salience: rule.syntax.salience,
                because: rule.syntax.because, span: rule.header.span, isIncluded: rules.isPrimary(position))
            compiled.assumedConclusions = rule.assumedConclusions
            return compiled
        }
    }

    private static func quadrantRules(_ archetypes: DeclarationIndex<ResolvedArchetype>) -> [CompiledRule] {
        archetypes.all.indices.compactMap { position -> CompiledRule? in
            let archetype = archetypes.all[position]
            guard let id = archetype.header.id, let quadrant = archetype.quadrant else { return nil }
            let (intent, nature) = (quadrant.intent, quadrant.nature)
            let because = archetype.syntax.name.map { name in
                LocalizedText(
                    nl: "De intentie is \(intent.rawValue) en de aard is \(nature.rawValue): "
                        + "dat is de grondvorm \(name.nl).",
                    en: "The intent is to \(intent.english) and the nature is to \(nature.english): "
                        + "that is the archetype \(name.en).")
            }
            return CompiledRule(
                origin: .quadrant(archetype: id.text),
                premise: .all([
                    .equals(DerivedAttribute.intent.rawValue, .symbol(intent.rawValue)),
                    .equals(DerivedAttribute.nature.rawValue, .symbol(nature.rawValue)),
                ]),
                premiseSyntax: nil,
                reads: [
                    Read(attribute: DerivedAttribute.intent.rawValue, value: intent.rawValue),
                    Read(attribute: DerivedAttribute.nature.rawValue, value: nature.rawValue),
                ],
                conclusions: [Conclusion(attribute: DerivedAttribute.archetype.rawValue, value: .symbol(id.text))],
                conclusionSpans: [id.span], salience: 0, because: because, span: id.span,
                isIncluded: archetypes.isPrimary(position))
        }
    }

    private static func agreementRules(
        _ archetypes: DeclarationIndex<ResolvedArchetype>,
        agreements: DeclarationIndex<ResolvedValue<AgreementDeclaration, Agreement>>
    ) -> [CompiledRule] {
        archetypes.all.indices.compactMap { position -> CompiledRule? in
            let archetype = archetypes.all[position]
            guard let id = archetype.header.id, !archetype.agreements.isEmpty else { return nil }
            var because: LocalizedText?
            let labels = archetype.agreements.compactMap { agreements[id: $0]?.syntax.label }
            if let name = archetype.syntax.name, labels.count == archetype.agreements.count {
                because = LocalizedText(
                    nl: "Bij \(name.nl) horen deze kernafspraken: \(ListPhrase.joining(labels.map(\.nl), with: "en")).",
                    en: "\(name.en) calls for these core agreements: "
                        + "\(ListPhrase.joining(labels.map(\.en), with: "and")).")
            }
            return CompiledRule(
                origin: .agreements(archetype: id.text),
                premise: .equals(DerivedAttribute.archetype.rawValue, .symbol(id.text)), premiseSyntax: nil,
                reads: [Read(attribute: DerivedAttribute.archetype.rawValue, value: id.text)],
                conclusions: archetype.agreements.map {
                    Conclusion(attribute: DerivedAttribute.agreement.rawValue, value: .symbol($0))
                },
                conclusionSpans: archetype.agreements.map { _ in id.span }, salience: 0, because: because,
                span: id.span, isIncluded: archetypes.isPrimary(position))
        }
    }

    private static func fitRules(_ forms: DeclarationIndex<ResolvedForm>) -> [CompiledRule] {
        forms.all.indices.flatMap { position -> [CompiledRule] in
            let form = forms.all[position]
            guard let id = form.header.id else { return [] }
            return form.fits.map { fit in
                let archetype = fit.archetype.text
                return CompiledRule(
                    origin: .fit(form: id.text, archetype: archetype, level: fit.level),
                    premise: .equals(DerivedAttribute.archetype.rawValue, .symbol(archetype)), premiseSyntax: nil,
                    reads: [Read(attribute: DerivedAttribute.archetype.rawValue, value: archetype)],
                    conclusions: [
                        Conclusion(
                            attribute: DerivedAttribute.form.rawValue, value: .symbol(id.text),
                            certainty: fit.level.certainty)
                    ],
                    conclusionSpans: [fit.archetype.span], salience: 0, because: fit.reason,
                    span: fit.archetype.span, isIncluded: forms.isPrimary(position))
            }
        }
    }

    /// `requirement/ID/FORM`: the condition alone, with no archetype gate (a form that cannot do
    /// what is asked is out whatever the archetype), concluding that the form is excluded and
    /// certainly not a fit (`form = FORM with -1`), so no rule reading `form has FORM` fires.
    private static func requirementRules(_ requirements: DeclarationIndex<ResolvedRequirement>) -> [CompiledRule] {
        requirements.all.indices.flatMap { position -> [CompiledRule] in
            let requirement = requirements.all[position]
            let reads = requirement.when?.reads ?? []
            guard let id = requirement.header.id, let selected = requirement.forms else {
                // Nothing to generate, but what the requirement reads still counts as read.
                return [
                    CompiledRule(
                        origin: .requirement(id: requirement.header.id?.text, form: nil), premise: nil,
                        premiseSyntax: nil, reads: reads, conclusions: [], conclusionSpans: [], salience: 0,
                        because: nil,
                        span: requirement.header.span, isIncluded: false)
                ]
            }
            let actionSpan = requirement.syntax.actionSpan ?? id.span
            return selected.map { form in
                CompiledRule(
                    origin: .requirement(id: id.text, form: form), premise: requirement.when?.condition,
                    premiseSyntax: requirement.when?.written.condition, reads: reads,
                    conclusions: [
                        Conclusion(attribute: DerivedAttribute.excludedForm.rawValue, value: .symbol(form)),
                        Conclusion(attribute: DerivedAttribute.form.rawValue, value: .symbol(form), certainty: -1),
                    ],
                    conclusionSpans: [actionSpan, actionSpan], salience: 0, because: requirement.syntax.because,
                    span: id.span, isIncluded: requirements.isPrimary(position))
            }
        }
    }

    /// `preference/ID/FORM`: `archetype is known and (<when>)`, concluding the form with the
    /// preference's certainty.
    private static func preferenceRules(_ preferences: DeclarationIndex<ResolvedPreference>) -> [CompiledRule] {
        preferences.all.indices.flatMap { position -> [CompiledRule] in
            let preference = preferences.all[position]
            let reads =
                [Read(attribute: DerivedAttribute.archetype.rawValue, value: nil)] + (preference.when?.reads ?? [])
            guard let id = preference.header.id, let certainty = preference.syntax.certainty,
                let selected = preference.forms
            else {
                return [
                    CompiledRule(
                        origin: .preference(id: preference.header.id?.text, form: nil), premise: nil,
                        premiseSyntax: nil, reads: reads, conclusions: [], conclusionSpans: [], salience: 0,
                        because: nil,
                        span: preference.header.span, isIncluded: false)
                ]
            }
            let premise = preference.when?.condition.map(archetypeGated)
            let actionSpan = preference.syntax.actionSpan ?? id.span
            return selected.map { form in
                CompiledRule(
                    origin: .preference(id: id.text, form: form), premise: premise,
                    premiseSyntax: preference.when?.written.condition, reads: reads,
                    conclusions: [
                        Conclusion(
                            attribute: DerivedAttribute.form.rawValue, value: .symbol(form), certainty: certainty)
                    ],
                    conclusionSpans: [actionSpan], salience: 0, because: preference.syntax.because, span: id.span,
                    isIncluded: preferences.isPrimary(position))
            }
        }
    }

    /// `archetype is known and (condition)`, with a condition's own `and` spliced in.
    private static func archetypeGated(_ condition: Condition) -> Condition {
        .all(ConditionResolver.flattened([.known(DerivedAttribute.archetype.rawValue), condition], conjunction: true))
    }
}

extension Pole {
    /// The pole in English, as a verb: `improve`, `renew`, `exchange`, `share`.
    var english: String {
        switch self {
        case .verbeteren: return "improve"
        case .vernieuwen: return "renew"
        case .uitwisselen: return "exchange"
        case .delen: return "share"
        }
    }
}
