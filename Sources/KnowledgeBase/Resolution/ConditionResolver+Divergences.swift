import Inference
import Utilities

/// Resolving divergences: their conditions, and the placeholders their texts may hold.
extension ConditionResolver {
    /// Resolves a divergence's conditions and checks the placeholders of its texts: a title takes
    /// none; a finding and a starter take `{one}` and `{other}` (also with singular and plural
    /// forms), and, when the divergence compares positions, `{distance}` and `{threshold}`.
    ///
    /// - Parameter location: Where the divergence is declared, for its model value.
    /// - Complexity: O(n) in the size of its conditions and texts, plus the suggestions for
    ///   unknown names.
    func resolve(
        _ divergence: DivergenceDeclaration, at location: SourceLocation, problems: inout Problems
    ) -> ResolvedDivergence {
        let owner = Owner(.divergence, divergence.header)
        let one = divergence.one.map { resolve($0, problems: &problems) }
        let other = divergence.other.map { resolve($0, problems: &problems) }

        let sides = TextTemplate.Side.allCases.map(\.rawValue)
        let partnerNames: [String]
        switch divergence.comparison?.test {
        case .positions?: partnerNames = TextTemplate.Placeholder.names
        case .conflict?, .quadrants?, .archetypes?: partnerNames = sides
        // A `compares` line with an error, or a missing test (both reported), might compare positions.
        case nil:
            let hasConditions = divergence.one != nil || divergence.other != nil
            partnerNames = divergence.comparesKeyword == nil && hasConditions ? sides : TextTemplate.Placeholder.names
        }
        var isSound = true
        for (template, field, allowed) in [
            (divergence.title, DivergenceField.title, [String]()), (divergence.finding, .finding, partnerNames),
            (divergence.starter, .starter, partnerNames),
        ] {
            guard let template else { continue }
            for placeholder in template.placeholders {
                guard allowed.contains(placeholder.name) else {
                    problems.add(
                        .unknownPlaceholder(
                            "{\(placeholder.name)}", field: field.rawValue, of: owner,
                            allowed: allowed.map { "{\($0)}" }),
                        at: placeholder.span)
                    isSound = false
                    continue
                }
                if placeholder.hasForms, !sides.contains(placeholder.name) {
                    problems.add(
                        .placeholderTakesNoForms(placeholder.name, field: field.rawValue, of: owner),
                        at: placeholder.span)
                    isSound = false
                }
            }
        }
        let value = isSound ? divergence.value(one: one, other: other, at: location) : nil
        return ResolvedDivergence(syntax: divergence, one: one, other: other, value: value)
    }
}

extension DivergenceDeclaration {
    /// The complete divergence, or `nil` when a part is missing or has a problem (reported).
    fileprivate func value(
        one: ResolvedCondition?, other: ResolvedCondition?, at location: SourceLocation
    ) -> Divergence? {
        guard let id = header.id, let level, let source, let title = title?.text,
            let finding = finding.flatMap(Self.template)
        else { return nil }
        let test: Divergence.Test
        switch (comparison, one?.condition, other?.condition) {
        case (let comparison?, nil, nil) where self.one == nil && self.other == nil:
            test = comparison.test
        case (nil, let one?, let other?) where comparesKeyword == nil:
            test = .conflict(one: one, other: other)
        default:
            return nil
        }
        var starterTemplate: LocalizedTemplate?
        if let starter {
            guard let template = Self.template(starter) else { return nil }
            starterTemplate = template
        }
        return Divergence(
            id: id.text, level: level, test: test, source: source, title: title, finding: finding,
            starter: starterTemplate, location: location)
    }

    /// The templates of a text whose placeholders were checked.
    private static func template(_ syntax: TemplateSyntax) -> LocalizedTemplate? {
        guard let text = syntax.text, let dutch = TextTemplate(text.nl), let english = TextTemplate(text.en) else {
            return nil
        }
        return LocalizedTemplate(nl: dutch, en: english)
    }
}
