public import KnowledgeBase

extension Consultation {
    /// Compares the recommendation for `settings.answers` with the one for `changed` (what-if),
    /// without any interview, and renders the comparison in `settings.format`.
    ///
    /// Defaults are taken as Enter would, for both answer sets. Every question that one of them
    /// still needs makes the outcome ``Outcome/missing(_:)`` (listed once, in asking order).
    ///
    /// - Parameters:
    ///   - knowledge: The loaded knowledge base.
    ///   - settings: Language, format and the original answers; `settings.mode` is not used.
    ///   - changed: The answers with the changes applied.
    /// - Returns: ``Outcome/report(_:)`` with the comparison (see ``WhatIf``), or
    ///   ``Outcome/missing(_:)``.
    /// - Complexity: Two recommendations (see ``recommend(knowledge:answers:)``).
    public static func whatIf(knowledge: Knowledge, settings: ConsultationSettings, changed: AnswerSet) -> Outcome {
        let before = MissingAnswers(knowledge: knowledge, answers: settings.answers)
        let after = MissingAnswers(knowledge: knowledge, answers: changed)
        let missing =
            before.missing
            + after.missing.filter { entry in
                !before.missing.contains { $0.question.id == entry.question.id }
            }
        guard missing.isEmpty else { return .missing(missing) }
        let builder = RecommendationBuilder(knowledge: knowledge)
        let comparison = WhatIf(
            before: builder.recommendation(for: before.answers), after: builder.recommendation(for: after.answers),
            questionOrder: knowledge.questions.map(\.id))
        return .report(WhatIfReport(whatIf: comparison, knowledge: knowledge, settings: settings).render())
    }
}
