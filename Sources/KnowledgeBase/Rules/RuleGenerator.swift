import Inference
import Utilities

/// The fourth phase: makes the engine rules, written and generated, from the resolved
/// declarations. It reports nothing: every problem was found by the phases before.
///
/// Rule-base order: the written rules in file order (files by name), then `quadrant/…` for each
/// archetype, `agreements/…` for each archetype, `fit/FORM/ARCHETYPE` for each form (archetypes
/// in declaration order), `constraint/ID/FORM` for each constraint (forms in declaration order
/// for a property filter, as listed otherwise).
enum RuleGenerator {
    /// Every rule, in rule-base order, including those of declarations with problems (they carry
    /// what those read and conclude, and do not enter the rule base).
    ///
    /// - Complexity: O(size of the declarations + f × a) for f forms and a archetypes.
    static func rules(for knowledge: ResolvedKnowledge) -> [CompiledRule] {
        writtenRules(knowledge.rules) + quadrantRules(knowledge.archetypes)
            + agreementRules(knowledge.archetypes, agreements: knowledge.agreements) + fitRules(knowledge.forms)
            + constraintRules(knowledge.constraints)
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

    private static func constraintRules(_ constraints: DeclarationIndex<ResolvedConstraint>) -> [CompiledRule] {
        constraints.all.indices.flatMap { position -> [CompiledRule] in
            let constraint = constraints.all[position]
            let reads =
                [Read(attribute: DerivedAttribute.archetype.rawValue, value: nil)] + (constraint.when?.reads ?? [])
            let premise = constraint.when?.condition.map { condition in
                Condition.all(
                    ConditionResolver.flattened(
                        [.known(DerivedAttribute.archetype.rawValue), condition], conjunction: true))
            }
            let id = constraint.header.id
            guard let id, let effect = constraint.syntax.effect, let selected = constraint.forms else {
                // Nothing to generate, but what the constraint reads still counts as read.
                return [
                    CompiledRule(
                        origin: .constraint(id: id?.text, form: nil), premise: nil, premiseSyntax: nil, reads: reads,
                        conclusions: [], conclusionSpans: [], salience: 0, because: nil, span: constraint.header.span,
                        isIncluded: false)
                ]
            }
            let actionSpan = constraint.syntax.actionSpan ?? id.span
            return selected.map { form in
                let conclusion: Conclusion
                switch effect {
                case .exclude:
                    conclusion = Conclusion(attribute: DerivedAttribute.excludedForm.rawValue, value: .symbol(form))
                case .adjust(let certainty):
                    conclusion = Conclusion(
                        attribute: DerivedAttribute.form.rawValue, value: .symbol(form), certainty: certainty)
                }
                return CompiledRule(
                    origin: .constraint(id: id.text, form: form), premise: premise,
                    premiseSyntax: constraint.when?.written.condition, reads: reads, conclusions: [conclusion],
                    conclusionSpans: [actionSpan], salience: 0, because: constraint.syntax.because, span: id.span,
                    isIncluded: constraints.isPrimary(position))
            }
        }
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
