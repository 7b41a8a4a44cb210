import Inference
import Utilities

/// The written rules and the rules the language generates.
///
/// Rule-base order: the written rules in file order (files by name), then the generated rules:
/// `quadrant/…` for each archetype, `agreements/…` for each archetype, `fit/FORM/ARCHETYPE` for
/// each form (archetypes in declaration order), `constraint/ID/FORM` for each constraint (forms in
/// declaration order).
extension Compiler {
    mutating func compileWrittenRules() {
        for (index, rule) in syntax.rules.enumerated() {
            var reads: [Read] = []
            var premise: Condition?
            if let when = rule.when {
                premise = resolve(when, reads: &reads)
            }
            var conclusions: [Conclusion] = []
            var spans: [Span] = []
            var assumed: [Read] = []
            for written in rule.conclusions {
                if let conclusion = conclusion(written) {
                    conclusions.append(conclusion)
                    spans.append(written.attribute.span)
                } else if let info = intendedConclusionAttribute(written.attribute.text),
                    case .symbols(let ids) = info.domain, case .word(let word) = written.value.kind
                {
                    // What the conclusion probably meant counts as concluded, so a typo does not cascade.
                    let value = ids.contains(word) ? word : Suggestion.closest(to: word, among: ids)
                    assumed.append(Read(attribute: info.name, value: value))
                }
            }
            var compiled = CompiledRule(
                id: rule.header.id?.text ?? "", premise: premise, premiseSyntax: rule.when?.condition ?? nil,
                reads: reads, conclusions: conclusions, conclusionSpans: spans, salience: rule.salience,
                because: rule.because ?? LocalizedText(nl: "", en: ""), span: rule.header.span, origin: .written,
                isIncluded: Self.isPrimary(rule.header, index, in: ruleTable))
            compiled.assumedConclusions = assumed
            rules.append(compiled)
        }
    }

    /// The attribute a `then` names, or the concludable one it is probably a typo of.
    private func intendedConclusionAttribute(_ name: String) -> AttributeInfo? {
        let names = Self.concludable.map(\.rawValue)
        guard let intended = names.contains(name) ? name : Suggestion.closest(to: name, among: names) else {
            return nil
        }
        return attributes[intended]
    }

    mutating func generateRules() {
        generateQuadrantRules()
        generateAgreementRules()
        generateFitRules()
        generateConstraintRules()
    }

    private mutating func generateQuadrantRules() {
        for (index, archetype) in syntax.archetypes.enumerated() {
            guard let id = archetype.header.id, let (intent, nature) = poles[index] else { continue }
            let name = archetype.name ?? LocalizedText(nl: id.text, en: id.text)
            let because = LocalizedText(
                nl:
                    "De intentie is \(intent.rawValue) en de aard is \(nature.rawValue): dat is de grondvorm \(name.nl).",
                en:
                    "The intent is to \(intent.english) and the nature is to \(nature.english): that is the archetype \(name.en)."
            )
            rules.append(
                CompiledRule(
                    id: "quadrant/\(id.text)",
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
                    origin: .quadrant(archetype: id.text),
                    isIncluded: Self.isPrimary(archetype.header, index, in: archetypeTable)))
        }
    }

    private mutating func generateAgreementRules() {
        for (index, archetype) in syntax.archetypes.enumerated() {
            guard let id = archetype.header.id, let agreements = archetypeAgreements[index], !agreements.isEmpty else {
                continue
            }
            let name = archetype.name ?? LocalizedText(nl: id.text, en: id.text)
            let labels = agreements.map { agreement -> LocalizedText in
                guard let position = agreementTable[agreement], let label = syntax.agreements[position].label else {
                    return LocalizedText(nl: agreement, en: agreement)
                }
                return label
            }
            let because = LocalizedText(
                nl: "Bij \(name.nl) horen deze kernafspraken: \(ListPhrase.joining(labels.map(\.nl), with: "en")).",
                en: "\(name.en) calls for these core agreements: \(ListPhrase.joining(labels.map(\.en), with: "and")).")
            rules.append(
                CompiledRule(
                    id: "agreements/\(id.text)",
                    premise: .equals(DerivedAttribute.archetype.rawValue, .symbol(id.text)), premiseSyntax: nil,
                    reads: [Read(attribute: DerivedAttribute.archetype.rawValue, value: id.text)],
                    conclusions: agreements.map {
                        Conclusion(attribute: DerivedAttribute.agreement.rawValue, value: .symbol($0))
                    },
                    conclusionSpans: agreements.map { _ in id.span }, salience: 0, because: because, span: id.span,
                    origin: .agreements(archetype: id.text),
                    isIncluded: Self.isPrimary(archetype.header, index, in: archetypeTable)))
        }
    }

    private mutating func generateFitRules() {
        let order = Dictionary(uniqueKeysWithValues: archetypeIDs.enumerated().map { ($1, $0) })
        for (index, form) in syntax.forms.enumerated() {
            guard let id = form.header.id else { continue }
            var seen: Set<String> = []
            let fits = form.fits
                .filter { order[$0.archetype.text] != nil && seen.insert($0.archetype.text).inserted }
                .sorted { (order[$0.archetype.text] ?? 0) < (order[$1.archetype.text] ?? 0) }
            for fit in fits {
                guard let level = fit.level else { continue }
                let archetype = fit.archetype.text
                rules.append(
                    CompiledRule(
                        id: "fit/\(id.text)/\(archetype)",
                        premise: .equals(DerivedAttribute.archetype.rawValue, .symbol(archetype)), premiseSyntax: nil,
                        reads: [Read(attribute: DerivedAttribute.archetype.rawValue, value: archetype)],
                        conclusions: [
                            Conclusion(
                                attribute: DerivedAttribute.form.rawValue, value: .symbol(id.text),
                                certainty: level.certainty)
                        ],
                        conclusionSpans: [fit.archetype.span], salience: 0,
                        because: fit.reason ?? LocalizedText(nl: "", en: ""), span: fit.archetype.span,
                        origin: .fit(form: id.text, archetype: archetype, level: level),
                        isIncluded: Self.isPrimary(form.header, index, in: formTable)))
            }
        }
    }

    private mutating func generateConstraintRules() {
        let forms = formIDs
        for (index, constraint) in syntax.constraints.enumerated() {
            var reads = [Read(attribute: DerivedAttribute.archetype.rawValue, value: nil)]
            var premise: Condition?
            if let when = constraint.when, let condition = resolve(when, reads: &reads) {
                var parts: [Condition] = [.known(DerivedAttribute.archetype.rawValue)]
                if case .all(let inner) = condition { parts += inner } else { parts.append(condition) }
                premise = .all(parts)
            }
            let selected = constraint.header.id.flatMap { id in selectedForms(of: constraint, id: id.text, among: forms)
            }
            guard let id = constraint.header.id, let effect = constraint.effect, let selected else {
                // Nothing to generate, but what the constraint reads still counts as read.
                rules.append(
                    CompiledRule(
                        id: "constraint/\(constraint.header.id?.text ?? "")", premise: nil, premiseSyntax: nil,
                        reads: reads, conclusions: [], conclusionSpans: [], salience: 0,
                        because: LocalizedText(nl: "", en: ""), span: constraint.header.span,
                        origin: .constraint(constraint: constraint.header.id?.text ?? "", form: ""), isIncluded: false))
                continue
            }
            let actionSpan = constraint.actionSpan ?? id.span
            for form in selected {
                let conclusion: Conclusion
                switch effect {
                case .exclude:
                    conclusion = Conclusion(attribute: DerivedAttribute.excludedForm.rawValue, value: .symbol(form))
                case .adjust(let certainty):
                    conclusion = Conclusion(
                        attribute: DerivedAttribute.form.rawValue, value: .symbol(form), certainty: certainty)
                }
                rules.append(
                    CompiledRule(
                        id: "constraint/\(id.text)/\(form)", premise: premise,
                        premiseSyntax: constraint.when?.condition ?? nil, reads: reads, conclusions: [conclusion],
                        conclusionSpans: [actionSpan], salience: 0,
                        because: constraint.because ?? LocalizedText(nl: "", en: ""), span: id.span,
                        origin: .constraint(constraint: id.text, form: form),
                        isIncluded: Self.isPrimary(constraint.header, index, in: constraintTable)))
            }
        }
    }

    /// The forms a constraint selects, in form declaration order for a property filter and as
    /// listed otherwise; `nil` (with a problem) when it names an unknown form or selects none.
    private mutating func selectedForms(of constraint: ConstraintDeclaration, id: String, among forms: [String])
        -> [String]?
    {
        guard let selection = constraint.selection else { return nil }
        var selected: [String] = []
        switch selection {
        case .property(let property, let value):
            for (position, form) in syntax.forms.enumerated()
            where Self.isPrimary(form.header, position, in: formTable) && form.properties[property] == value {
                if let formID = form.header.id { selected.append(formID.text) }
            }
        case .forms(let names):
            var failed = false
            for name in names {
                guard formTable[name.text] != nil else {
                    problems.add(.unknown(.form, name.text, hint: Hint.closest(to: name.text, among: forms)), at: name.span)
                    failed = true
                    continue
                }
                guard !selected.contains(name.text) else {
                    problems.add(.formListedTwice(name.text, constraint: id), at: name.span)
                    continue
                }
                selected.append(name.text)
            }
            if failed { return nil }
        }
        guard !selected.isEmpty else {
            problems.add(.selectsNoForm(constraint: id), at: constraint.actionSpan ?? constraint.header.span)
            return nil
        }
        return selected
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
