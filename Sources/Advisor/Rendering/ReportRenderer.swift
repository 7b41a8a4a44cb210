import KnowledgeBase

/// Renders a recommendation in the format and language of the settings.
struct ReportRenderer {
    let knowledge: Knowledge
    let settings: ConsultationSettings

    func render(_ recommendation: Recommendation) -> String {
        "\(recommendation.archetype?.id ?? "-")\n"
    }
}
