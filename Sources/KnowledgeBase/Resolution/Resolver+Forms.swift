import Inference
import Utilities

/// Resolving the forms: the properties each states and its fit for each archetype.
extension Resolver {
    /// Resolves each form's property lines against the declared properties and its fits against
    /// the archetypes, and makes the complete form.
    ///
    /// A property line that names an unknown property which is probably a typo of a declared one
    /// counts as stating that one, and a fit for an unknown archetype as the fit for the one it
    /// probably means, so neither is also reported missing.
    ///
    /// - Complexity: O(f × (a + p)) for f forms, a archetypes and p properties.
    static func resolve(
        _ forms: DeclarationIndex<FormDeclaration>, archetypes: [String], properties: [String],
        locate: (Span) -> SourceLocation, problems: inout Problems
    ) -> DeclarationIndex<ResolvedForm> {
        let order = Dictionary(uniqueKeysWithValues: archetypes.enumerated().map { ($1, $0) })
        let declared = Set(properties)
        return forms.map { form, _ in
            let owner = Owner(.form, form.header)
            var stated: [String: Int] = [:]
            var values: [String: Bool] = [:]
            for statement in form.properties {
                let property = statement.name.text
                guard declared.contains(property) else {
                    let suggestion = Suggestion.closest(to: property, among: properties)
                    problems.add(
                        .unknown(.property, property, hint: suggestion.map(Hint.didYouMean)), at: statement.name.span)
                    if let suggestion, stated[suggestion] == nil { stated[suggestion] = statement.name.span.line }
                    continue
                }
                if let line = stated[property] {
                    problems.add(
                        .propertyStatedTwice(property, in: owner, firstLine: line), at: statement.name.span)
                    continue
                }
                stated[property] = statement.name.span.line
                values[property] = statement.value
            }
            if !form.holdsMisindentedLines {
                for property in properties where stated[property] == nil {
                    problems.add(.propertyNotStated(property, in: owner), at: form.header.span)
                }
            }
            var seen: [String: Span] = [:]
            var first: [String: FitSyntax] = [:]
            var hasBrokenFit = false
            for fit in form.fits {
                let archetype = fit.archetype.text
                if fit.level == nil { hasBrokenFit = true }
                guard order[archetype] != nil else {
                    hasBrokenFit = true
                    let suggestion = Suggestion.closest(to: archetype, among: archetypes)
                    problems.add(
                        .unknown(.archetype, archetype, hint: suggestion.map(Hint.didYouMean)), at: fit.archetype.span)
                    // The fit was probably meant for the suggested archetype: do not also call it missing.
                    if let suggestion, seen[suggestion] == nil { seen[suggestion] = fit.archetype.span }
                    continue
                }
                if first[archetype] == nil { first[archetype] = fit }
                if let earlier = seen[archetype] {
                    problems.add(
                        .secondFit(archetype: archetype, in: owner, firstLine: earlier.line), at: fit.archetype.span)
                    continue
                }
                seen[archetype] = fit.archetype.span
            }
            for archetype in archetypes where seen[archetype] == nil {
                problems.add(.missingFit(archetype: archetype, in: owner), at: form.header.span)
            }
            let fits = archetypes.compactMap { archetype in
                first[archetype].flatMap { fit in
                    fit.level.map { ResolvedForm.Fit(archetype: fit.archetype, level: $0, reason: fit.reason) }
                }
            }
            let isComplete = values.count == properties.count && fits.count == archetypes.count
            return ResolvedForm(
                syntax: form, properties: values, fits: fits, hasBrokenFit: hasBrokenFit,
                value: isComplete ? value(of: form, properties: values, fits: fits, locate: locate) : nil)
        }
    }

    private static func value(
        of form: FormDeclaration, properties: [String: Bool], fits: [ResolvedForm.Fit],
        locate: (Span) -> SourceLocation
    ) -> Form? {
        guard let id = form.header.id, let name = form.name, let description = form.description,
            let liability = form.liability, let weight = form.weight
        else { return nil }
        var complete: [Form.Fit] = []
        for fit in fits {
            guard let reason = fit.reason else { return nil }
            complete.append(Form.Fit(archetype: fit.archetype.text, level: fit.level, reason: reason))
        }
        return Form(
            id: id.text, name: name, description: description, liability: liability, weight: weight,
            properties: properties,
            fits: complete, location: locate(form.header.span))
    }
}

extension PropertyDeclaration {
    /// The complete property, or `nil` when its label is missing (reported by the parser).
    func value(at location: SourceLocation) -> Property? {
        guard let id = header.id, let label else { return nil }
        return Property(id: id.text, label: label, explanation: explanation, location: location)
    }
}
