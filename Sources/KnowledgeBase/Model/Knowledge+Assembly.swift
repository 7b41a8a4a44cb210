import Inference

/// The last step of loading: the public model from the resolved declarations and the compiled
/// rules.
extension Knowledge {
    /// The knowledge, when no phase reported a problem.
    ///
    /// Every declaration's complete value is taken as it is; none is filled in with a default.
    /// A declaration or rule without a complete value although no problem was reported would be
    /// a defect of the phases before; it is reported as an internal error rather than hidden.
    ///
    /// - Returns: The knowledge, or `nil` when `problems` is not empty (afterwards).
    /// - Complexity: O(n) in the number of declarations and rules, plus building the rule base.
    static func assemble(_ knowledge: ResolvedKnowledge, rules: [CompiledRule], problems: inout Problems) -> Knowledge?
    {
        guard problems.isEmpty else { return nil }
        func values<D: Declaration, V>(
            _ index: DeclarationIndex<D>, _ keyword: DeclarationKeyword, _ value: (D) -> V?
        ) -> [V] {
            index.primary.compactMap { declaration in
                guard let complete = value(declaration) else {
                    problems.add(
                        .incompleteWithoutProblem(Owner(keyword, declaration.header)), at: declaration.header.span)
                    return nil
                }
                return complete
            }
        }
        let motives = values(knowledge.motives, .motive, \.value)
        let questions = values(knowledge.questions, .question, \.value)
        let archetypes = values(knowledge.archetypes, .archetype, \.value)
        let agreements = values(knowledge.agreements, .agreement, \.value)
        let forms = values(knowledge.forms, .form, \.value)
        let properties = values(knowledge.properties, .property, \.value)
        let signals = values(knowledge.signals, .signal, \.value)
        let requirements = values(knowledge.requirements, .requirement) {
            $0.value(at: knowledge.location($0.header.span))
        }
        let preferences = values(knowledge.preferences, .preference) {
            $0.value(at: knowledge.location($0.header.span))
        }
        let divergences = values(knowledge.divergences, .divergence, \.value)
        var engineRules: [Rule] = []
        var infos: [RuleInfo] = []
        for rule in rules where rule.isIncluded {
            guard let id = rule.id, let premise = rule.premise, let because = rule.because,
                let origin = rule.origin.info
            else {
                problems.add(.incompleteWithoutProblem(rule.origin.owner), at: rule.span)
                continue
            }
            engineRules.append(Rule(id: id, premise: premise, conclusions: rule.conclusions, salience: rule.salience))
            infos.append(
                RuleInfo(
                    id: id, because: because, location: knowledge.location(rule.span), origin: origin,
                    requiredArchetypes: RuleInfo.requiredArchetypes(of: premise)))
        }
        guard let block = knowledge.block else {
            problems.add(.incompleteWithoutProblem(.declaration(.knowledge, id: nil)), at: knowledge.baseSpan)
            return nil
        }
        guard problems.isEmpty else { return nil }
        let declarations =
            questions.map {
                AttributeDeclaration(name: $0.id, cardinality: $0.kind == .manyOf ? .multiple : .single)
            }
            + DerivedAttribute.allCases.map {
                AttributeDeclaration(name: $0.rawValue, cardinality: $0.isMultiple ? .multiple : .single)
            }
        do throws(RuleBase.Error) {
            let ruleBase = try RuleBase(attributes: declarations, rules: engineRules)
            return Knowledge(
                version: block.version, title: block.title, motives: motives, questions: questions,
                archetypes: archetypes, agreements: agreements, forms: forms, properties: properties,
                signals: signals, requirements: requirements, preferences: preferences, divergences: divergences,
                rules: infos,
                ruleBase: ruleBase, engineRules: engineRules)
        } catch {
            problems.add(.engineRejects("\(error)"), at: knowledge.baseSpan)
            return nil
        }
    }
}
