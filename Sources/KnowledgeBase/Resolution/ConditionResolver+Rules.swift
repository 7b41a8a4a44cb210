import Inference
import Utilities

/// Resolving the declarations that make rules: written rules, requirements and preferences.
extension ConditionResolver {
    /// Resolves a written rule's condition and conclusions.
    ///
    /// A conclusion with an error is left out; what it probably meant (the closest concludable
    /// attribute and value) is kept as assumed, so a typo does not also make that id look never
    /// concluded.
    func resolve(_ rule: RuleDeclaration, problems: inout Problems) -> ResolvedRule {
        let when = rule.when.map { resolve($0, problems: &problems) }
        var conclusions: [Conclusion] = []
        var spans: [Span] = []
        var assumed: [Read] = []
        for written in rule.conclusions {
            if let conclusion = conclusion(written, problems: &problems) {
                conclusions.append(conclusion)
                spans.append(written.attribute.span)
            } else if let info = intendedConclusionAttribute(written.attribute.text),
                case .symbols(let ids) = info.domain, case .word(let word) = written.value.kind
            {
                let value = ids.contains(word) ? word : Suggestion.closest(to: word, among: ids)
                assumed.append(Read(attribute: info.name, value: value))
            }
        }
        return ResolvedRule(
            syntax: rule, when: when, conclusions: conclusions, conclusionSpans: spans, assumedConclusions: assumed)
    }

    /// The attribute a `then` names, or the concludable one it is probably a typo of.
    private func intendedConclusionAttribute(_ name: String) -> AttributeInfo? {
        let names = Self.concludable.map(\.rawValue)
        guard let intended = names.contains(name) ? name : Suggestion.closest(to: name, among: names) else {
            return nil
        }
        return attributes[intended]
    }

    /// Resolves a requirement's condition, which may read only answers, and the forms it excludes.
    func resolve(
        _ requirement: RequirementDeclaration, forms: DeclarationIndex<FormDeclaration>, problems: inout Problems
    ) -> ResolvedRequirement {
        let owner = Owner(.requirement, requirement.header)
        let when = requirement.when.map { resolve($0, problems: &problems) }
        if let condition = requirement.when?.condition {
            for test in condition.tests where attributes[test.name.text]?.isQuestion == false {
                problems.add(.requirementReadsDerived(owner, attribute: test.name.text), at: test.name.span)
            }
        }
        let selected = requirement.selection.flatMap { selection in
            selectedForms(
                selection, of: owner, at: requirement.actionSpan ?? requirement.header.span, among: forms,
                problems: &problems)
        }
        return ResolvedRequirement(
            syntax: requirement, when: when, forms: requirement.header.id == nil ? nil : selected)
    }

    /// Resolves a preference's condition and the forms it moves.
    func resolve(
        _ preference: PreferenceDeclaration, forms: DeclarationIndex<FormDeclaration>, problems: inout Problems
    ) -> ResolvedPreference {
        let owner = Owner(.preference, preference.header)
        let when = preference.when.map { resolve($0, problems: &problems) }
        let selected = preference.selection.flatMap { selection in
            selectedForms(
                selection, of: owner, at: preference.actionSpan ?? preference.header.span, among: forms,
                problems: &problems)
        }
        return ResolvedPreference(syntax: preference, when: when, forms: preference.header.id == nil ? nil : selected)
    }

    /// The forms a selection names: for a property, the forms (first declarations, in order)
    /// that have it with the value; for a list, the forms listed. `nil` (with a problem) when it
    /// names an unknown property or form, or selects none.
    private func selectedForms(
        _ selection: FormSelection, of owner: Owner, at actionSpan: Span,
        among forms: DeclarationIndex<FormDeclaration>,
        problems: inout Problems
    ) -> [String]? {
        var selected: [String] = []
        switch selection {
        case .property(let name, let value):
            guard let property = FormProperty(rawValue: name.text) else {
                let hint = Hint.closest(to: name.text, among: FormProperty.allCases.map(\.rawValue))
                problems.add(.unknown(.property, name.text, hint: hint), at: name.span)
                return nil
            }
            for form in forms.primary where form.properties[property] == value {
                if let id = form.header.id { selected.append(id.text) }
            }
        case .forms(let names):
            var failed = false
            for name in names {
                guard forms.contains(name.text) else {
                    problems.add(
                        .unknown(.form, name.text, hint: Hint.closest(to: name.text, among: forms.ids)), at: name.span)
                    failed = true
                    continue
                }
                guard !selected.contains(name.text) else {
                    problems.add(.formListedTwice(name.text, in: owner), at: name.span)
                    continue
                }
                selected.append(name.text)
            }
            if failed { return nil }
        }
        guard !selected.isEmpty else {
            problems.add(.selectsNoForm(owner), at: actionSpan)
            return nil
        }
        return selected
    }
}
