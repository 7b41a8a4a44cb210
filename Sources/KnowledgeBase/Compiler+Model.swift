import Inference

/// Building the public model once every check has passed.
extension Compiler {
    /// The knowledge, or `nil` (with a problem) if the engine rejects the rule base, which the
    /// checks before should make impossible.
    func makeKnowledge(problems: inout Problems) -> Knowledge? {
        let empty = LocalizedText(nl: "", en: "")
        let motives = syntax.motives.map { motive in
            Motive(
                id: motive.header.id?.text ?? "", label: motive.label ?? empty,
                explanation: motive.explanation ?? empty, location: location(motive.header.span))
        }
        let questions = syntax.questions.enumerated().map { index, question in
            Question(
                id: question.header.id?.text ?? "", kind: question.kind ?? .yesNo, text: question.text ?? empty,
                why: question.why ?? empty, options: options[index].map { Option(id: $0.id, label: $0.label) },
                appliesWhen: appliesWhen[index], appliesWhenSource: question.appliesWhen?.source,
                defaultAnswer: defaults[index], location: location(question.header.span))
        }
        let archetypes = syntax.archetypes.enumerated().map { index, archetype in
            Archetype(
                id: archetype.header.id?.text ?? "", intent: poles[index]?.intent ?? .verbeteren,
                nature: poles[index]?.nature ?? .uitwisselen, name: archetype.name ?? empty,
                essence: archetype.essence ?? empty, relation: archetype.relation ?? empty,
                risk: archetype.risk ?? empty, governance: archetype.governance ?? empty,
                pitfalls: archetype.pitfalls ?? empty, growth: archetype.growth ?? empty,
                agreements: archetypeAgreements[index] ?? [], location: location(archetype.header.span))
        }
        let agreements = syntax.agreements.map { agreement in
            Agreement(
                id: agreement.header.id?.text ?? "", label: agreement.label ?? empty,
                explanation: agreement.explanation ?? empty, location: location(agreement.header.span))
        }
        let order = Dictionary(uniqueKeysWithValues: archetypeIDs.enumerated().map { ($1, $0) })
        let forms = syntax.forms.map { form in
            Form(
                id: form.header.id?.text ?? "", name: form.name ?? empty, description: form.description ?? empty,
                liability: form.liability ?? empty, properties: form.properties,
                fits: form.fits
                    .compactMap { fit in
                        fit.level.map {
                            Form.Fit(archetype: fit.archetype.text, level: $0, reason: fit.reason ?? empty)
                        }
                    }
                    .sorted { (order[$0.archetype] ?? 0) < (order[$1.archetype] ?? 0) },
                location: location(form.header.span))
        }
        let signals = syntax.signals.map { signal in
            Signal(
                id: signal.header.id?.text ?? "", title: signal.title ?? empty, text: signal.text ?? empty,
                location: location(signal.header.span))
        }
        let included = rules.filter(\.isIncluded)
        let engineRules = included.compactMap { rule in
            rule.premise.map { Rule(id: rule.id, premise: $0, conclusions: rule.conclusions, salience: rule.salience) }
        }
        let infos = included.map {
            RuleInfo(id: $0.id, because: $0.because, location: location($0.span), origin: $0.origin)
        }
        var declarations = questions.map { question in
            AttributeDeclaration(name: question.id, cardinality: question.kind == .manyOf ? .multiple : .single)
        }
        for attribute in DerivedAttribute.allCases {
            let isMultiple: Bool
            switch attribute {
            case .intent, .nature, .archetype: isMultiple = false
            case .agreement, .form, .excludedForm, .signal: isMultiple = true
            }
            declarations.append(
                AttributeDeclaration(name: attribute.rawValue, cardinality: isMultiple ? .multiple : .single))
        }
        do throws(RuleBase.Error) {
            let ruleBase = try RuleBase(attributes: declarations, rules: engineRules)
            return Knowledge(
                version: syntax.knowledge.first?.version ?? "", title: syntax.knowledge.first?.title ?? empty,
                motives: motives, questions: questions, archetypes: archetypes, agreements: agreements, forms: forms,
                signals: signals, rules: infos, ruleBase: ruleBase)
        } catch {
            problems.add(.engineRejects("\(error)"), at: baseSpan)
            return nil
        }
    }
}
