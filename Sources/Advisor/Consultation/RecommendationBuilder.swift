import KnowledgeBase

/// Computes a ``Recommendation`` from answers on fresh engines.
struct RecommendationBuilder {
    let knowledge: Knowledge

    func recommendation(for answers: AnswerSet) -> Recommendation {
        Recommendation(
            archetype: nil, archetypes: [], tussenvorm: nil, intent: 0, nature: 0, agreements: [],
            forms: [], excludedForms: [], signals: [], flips: [], trace: [], answers: answers.answers,
            applied: [], ignored: [], partner: answers.partner, knowledgeVersion: knowledge.version)
    }
}
