import Inference

/// The fifth phase: the checks over the rule base as a whole. Conditions that can never hold,
/// questions and options no rule reads, ids no rule concludes, cycles, and the principle that a
/// form follows from the archetype.
///
/// It runs on everything the phases before made, also when they reported problems: rules of
/// declarations with errors still carry what those read and conclude, and ids whose own
/// declaration has an error are not reported again (see `Knowledge/COMPILER.md`).
struct Analysis {
    /// Every compiled rule, in rule-base order.
    let rules: [CompiledRule]
    /// The resolved declarations.
    let knowledge: ResolvedKnowledge

    /// Runs every check, reporting into `problems`.
    ///
    /// - Complexity: O(r × t) for r rules of at most t tests (more for a condition whose normal
    ///   form is large, bounded by ``Satisfiability/maximumTerms``), plus O(d³) for the d derived
    ///   attributes in the cycle check.
    static func analyse(_ rules: [CompiledRule], of knowledge: ResolvedKnowledge, problems: inout Problems) {
        let analysis = Analysis(rules: rules, knowledge: knowledge)
        analysis.checkQuestionsCanApply(problems: &problems)
        analysis.checkDivergencesCanApply(problems: &problems)
        let neverFiring = analysis.rulesThatNeverFire(problems: &problems)
        analysis.checkReads(problems: &problems)
        analysis.checkPropertiesUsed(problems: &problems)
        analysis.checkConclusions(except: neverFiring, problems: &problems)
        analysis.checkCycles(problems: &problems)
        analysis.checkFormsFollowArchetype(problems: &problems)
    }

    // MARK: - Conditions that can never hold

    private func checkQuestionsCanApply(problems: inout Problems) {
        for question in knowledge.questions.all {
            guard let resolved = question.appliesWhen, resolved.condition != nil,
                let condition = resolved.written.condition
            else { continue }
            if let contradiction = Satisfiability.check(condition, attributes: knowledge.attributes).whole {
                problems.add(
                    .neverApplies(Owner(.question, question.header), contradiction.reason), at: contradiction.span)
            }
        }
    }

    /// Reports divergences with a `one` or `other` condition that can never hold.
    private func checkDivergencesCanApply(problems: inout Problems) {
        for divergence in knowledge.divergences.all {
            for resolved in [divergence.one, divergence.other] {
                guard let resolved, resolved.condition != nil, let condition = resolved.written.condition else {
                    continue
                }
                if let contradiction = Satisfiability.check(condition, attributes: knowledge.attributes).whole {
                    problems.add(
                        .neverApplies(Owner(.divergence, divergence.header), contradiction.reason),
                        at: contradiction.span)
                }
            }
        }
    }

    /// Reports written rules, requirements and preferences whose condition can never hold, and alternatives
    /// of theirs that never can.
    ///
    /// - Returns: The positions of the rules that can never fire.
    private func rulesThatNeverFire(problems: inout Problems) -> Set<Int> {
        var neverFiring: Set<Int> = []
        /// The verdict per requirement or preference, which all its rules share.
        var verdicts: [String: Bool] = [:]
        for (position, rule) in rules.enumerated() {
            guard rule.premise != nil, let condition = rule.premiseSyntax else { continue }
            switch rule.origin {
            case .written:
                let finding = Satisfiability.check(condition, attributes: knowledge.attributes)
                if let whole = finding.whole {
                    problems.add(.neverFires(rule.origin.owner, whole.reason), at: whole.span)
                    neverFiring.insert(position)
                }
                for part in finding.parts {
                    problems.add(.partNeverHolds(rule.origin.owner, part.reason), at: part.span)
                }
            case .requirement(_?, _), .preference(_?, _):
                let key = "\(rule.origin.owner)"
                let verdict: Bool
                if let known = verdicts[key] {
                    verdict = known
                } else {
                    let finding = Satisfiability.check(condition, attributes: knowledge.attributes)
                    if let whole = finding.whole {
                        problems.add(.neverApplies(rule.origin.owner, whole.reason), at: whole.span)
                    }
                    for part in finding.parts {
                        problems.add(.partNeverHolds(rule.origin.owner, part.reason), at: part.span)
                    }
                    verdict = finding.whole != nil
                    verdicts[key] = verdict
                }
                if verdict { neverFiring.insert(position) }
            case .requirement(nil, _), .preference(nil, _), .quadrant, .agreements, .fit:
                continue
            }
        }
        return neverFiring
    }

    // MARK: - Reads

    private func checkReads(problems: inout Problems) {
        var readAttributes: Set<String> = []
        var readValues: Set<Read> = []
        for rule in rules {
            for read in rule.reads {
                readAttributes.insert(read.attribute)
                readValues.insert(read)
            }
        }
        for question in knowledge.questions.all where question.isAttribute {
            guard let id = question.header.id, let kind = question.syntax.kind else { continue }
            guard readAttributes.contains(id.text) else {
                problems.add(.questionNeverRead(id.text), at: id.span)
                continue
            }
            guard !readValues.contains(Read(attribute: id.text, value: nil)), kind == .oneOf || kind == .manyOf
            else { continue }
            // An option that names a form (`options forms`) is read by the advisor itself: its
            // verdict on the form the user had in mind compares that form with the ranking.
            for option in question.options
            where option.source != .form && !readValues.contains(Read(attribute: id.text, value: option.id)) {
                problems.add(.optionNeverRead(option.id, question: id.text, source: option.source), at: option.span)
            }
        }
    }

    // MARK: - Properties

    private func checkPropertiesUsed(problems: inout Problems) {
        // An action line with an error might have used any property.
        let hasBrokenSelection =
            knowledge.requirements.all.contains { $0.syntax.actionSpan != nil && $0.syntax.selection == nil }
            || knowledge.preferences.all.contains { $0.syntax.actionSpan != nil && $0.syntax.selection == nil }
        guard !hasBrokenSelection else { return }
        let used = Set(
            knowledge.requirements.all.compactMap(\.property) + knowledge.preferences.all.compactMap(\.property))
        for property in knowledge.properties.primary {
            guard let id = property.header.id, !used.contains(id.text) else { continue }
            problems.add(.propertyNeverUsed(id.text), at: id.span)
        }
    }

    // MARK: - Conclusions

    private func checkConclusions(except neverFiring: Set<Int>, problems: inout Problems) {
        var concluded: Set<Read> = []
        var uncertain: Set<String> = []
        for rule in rules {
            for assumed in rule.assumedConclusions {
                if assumed.value == nil { uncertain.insert(assumed.attribute) } else { concluded.insert(assumed) }
            }
        }
        for (position, rule) in rules.enumerated() where !neverFiring.contains(position) {
            for conclusion in rule.conclusions where conclusion.certainty > 0 {
                if case .symbol(let value) = conclusion.value {
                    concluded.insert(Read(attribute: conclusion.attribute, value: value))
                }
            }
        }
        // Ids whose generating declaration has an error of its own would only repeat it.
        for archetype in knowledge.archetypes.all where archetype.quadrant == nil {
            if let id = archetype.header.id {
                concluded.insert(Read(attribute: DerivedAttribute.archetype.rawValue, value: id.text))
            }
        }
        for form in knowledge.forms.all where form.hasBrokenFit {
            if let id = form.header.id {
                concluded.insert(Read(attribute: DerivedAttribute.form.rawValue, value: id.text))
            }
        }
        concluded.formUnion(knowledge.assumedAgreements)
        func check<D: Declaration>(
            _ index: DeclarationIndex<D>, _ attribute: DerivedAttribute, _ kind: DeclarationKeyword
        ) {
            for declaration in index.primary {
                guard let id = declaration.header.id, !uncertain.contains(attribute.rawValue),
                    !concluded.contains(Read(attribute: attribute.rawValue, value: id.text))
                else { continue }
                problems.add(.neverConcluded(kind, id.text), at: id.span)
            }
        }
        check(knowledge.archetypes, .archetype, .archetype)
        check(knowledge.agreements, .agreement, .agreement)
        check(knowledge.forms, .form, .form)
        check(knowledge.signals, .signal, .signal)
    }

    // MARK: - A form follows from the archetype

    private func checkFormsFollowArchetype(problems: inout Problems) {
        var dependent: Set<String> = [DerivedAttribute.archetype.rawValue]
        var changed = true
        while changed {
            changed = false
            for attribute in DerivedAttribute.allCases.map(\.rawValue) where !dependent.contains(attribute) {
                // Only evidence for a value leads to it; a requirement's `form = FORM with -1` does not.
                let concluding = rules.filter { rule in
                    rule.conclusions.contains { $0.attribute == attribute && $0.certainty > 0 }
                }
                guard !concluding.isEmpty else { continue }
                let all = concluding.allSatisfy { rule in
                    guard let premise = rule.premise else { return true }
                    return Self.depends(premise, on: dependent, negated: false)
                }
                if all {
                    dependent.insert(attribute)
                    changed = true
                }
            }
        }
        for rule in rules where rule.isWritten {
            guard let premise = rule.premise,
                let index = rule.conclusions.firstIndex(where: { $0.attribute == DerivedAttribute.form.rawValue }),
                !Self.depends(premise, on: dependent, negated: false)
            else { continue }
            problems.add(
                .formWithoutArchetype(rule.origin.owner, form: "\(rule.conclusions[index].value)"),
                at: rule.conclusionSpans[index])
        }
    }

    /// Whether every way for `condition` to hold involves an attribute in `attributes` (a test
    /// that the attribute has no value does not count).
    static func depends(_ condition: Condition, on attributes: Set<String>, negated: Bool) -> Bool {
        switch condition {
        case .equals(let name, _), .notEquals(let name, _), .contains(let name, _), .compare(let name, _, _):
            return attributes.contains(name)
        case .known(let name):
            return !negated && attributes.contains(name)
        case .unknown(let name):
            return negated && attributes.contains(name)
        case .all(let parts):
            return negated
                ? parts.allSatisfy { depends($0, on: attributes, negated: true) }
                : parts.contains { depends($0, on: attributes, negated: false) }
        case .any(let parts):
            return negated
                ? parts.contains { depends($0, on: attributes, negated: true) }
                : parts.allSatisfy { depends($0, on: attributes, negated: false) }
        case .not(let inner):
            return depends(inner, on: attributes, negated: !negated)
        }
    }
}
