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
    ///
    /// - Parameters:
    ///   - forms: The resolved forms, with their properties.
    ///   - properties: The declared property ids.
    func resolve(
        _ requirement: RequirementDeclaration, forms: DeclarationIndex<ResolvedForm>, properties: [String],
        problems: inout Problems
    ) -> ResolvedRequirement {
        let owner = Owner(.requirement, requirement.header)
        let when = requirement.when.map { resolve($0, problems: &problems) }
        if let condition = requirement.when?.condition {
            for test in condition.tests where attributes[test.name.text]?.isQuestion == false {
                problems.add(.requirementReadsDerived(owner, attribute: test.name.text), at: test.name.span)
            }
        }
        let selection = requirement.selection.map { selection in
            selectedForms(
                selection, of: owner, at: requirement.actionSpan ?? requirement.header.span, among: forms,
                properties: properties, problems: &problems)
        }
        return ResolvedRequirement(
            syntax: requirement, when: when, property: selection?.property,
            forms: requirement.header.id == nil ? nil : selection?.forms)
    }

    /// Resolves a preference's condition and the forms it moves.
    func resolve(
        _ preference: PreferenceDeclaration, forms: DeclarationIndex<ResolvedForm>, properties: [String],
        problems: inout Problems
    ) -> ResolvedPreference {
        let owner = Owner(.preference, preference.header)
        let when = preference.when.map { resolve($0, problems: &problems) }
        let selection = preference.selection.map { selection in
            selectedForms(
                selection, of: owner, at: preference.actionSpan ?? preference.header.span, among: forms,
                properties: properties, problems: &problems)
        }
        return ResolvedPreference(
            syntax: preference, when: when, property: selection?.property,
            forms: preference.header.id == nil ? nil : selection?.forms)
    }

    /// The forms a selection names: for a property, the forms (first declarations, in order)
    /// that state it with the value; for a list, the forms listed. The forms are `nil` (with a
    /// problem) when the selection names an unknown property or form, or selects none; the
    /// property is the one it names, or the declared one it probably means.
    private func selectedForms(
        _ selection: FormSelection, of owner: Owner, at actionSpan: Span, among forms: DeclarationIndex<ResolvedForm>,
        properties: [String], problems: inout Problems
    ) -> (property: String?, forms: [String]?) {
        var selected: [String] = []
        var property: String?
        switch selection {
        case .property(let name, let value):
            guard properties.contains(name.text) else {
                let suggestion = Suggestion.closest(to: name.text, among: properties)
                problems.add(.unknown(.property, name.text, hint: suggestion.map(Hint.didYouMean)), at: name.span)
                return (suggestion, nil)
            }
            property = name.text
            for form in forms.primary where form.properties[name.text] == value {
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
            if failed { return (nil, nil) }
        }
        guard !selected.isEmpty else {
            // A form whose value is missing (reported) might have been selected.
            let isUndecided = property.map { property in forms.primary.contains { $0.properties[property] == nil } }
            if isUndecided != true { problems.add(.selectsNoForm(owner), at: actionSpan) }
            return (property, nil)
        }
        return (property, selected)
    }
}
