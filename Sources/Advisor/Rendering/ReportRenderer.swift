import KnowledgeBase

/// Renders a recommendation in the format and language of the settings.
struct ReportRenderer {
    let knowledge: Knowledge
    let settings: ConsultationSettings

    /// The report, ending with a newline.
    func render(_ recommendation: Recommendation) -> String {
        switch settings.format {
        case .json:
            return JSONReport(recommendation: recommendation, knowledge: knowledge, language: settings.language)
                .render()
        case .text:
            return TextReport(
                content: content(recommendation), style: settings.style, width: settings.reportWidth,
                isDetailed: settings.showsTrace
            ).render()
        case .markdown:
            return MarkdownReport(content: content(recommendation)).render()
        case .html:
            return HTMLReport(content: content(recommendation), language: settings.language).render()
        }
    }

    private func content(_ recommendation: Recommendation) -> ReportContent {
        ReportContent(
            recommendation, knowledge: knowledge, language: settings.language, showsTrace: settings.showsTrace,
            reportDate: settings.reportDate)
    }
}
