import KnowledgeBase

/// Renders a comparison in the format and language of the settings.
struct ComparisonRenderer {
    let knowledge: Knowledge
    let settings: ConsultationSettings

    /// The report, ending with a newline.
    func render(_ result: ComparisonResult) -> String {
        switch settings.format {
        case .json:
            return ComparisonJSONReport(result: result, knowledge: knowledge, language: settings.language).render()
        case .text:
            return ComparisonTextReport(content: content(result), style: settings.style).render()
        case .markdown:
            return ComparisonMarkdownReport(content: content(result)).render()
        case .html:
            return ComparisonHTMLReport(content: content(result), language: settings.language).render()
        }
    }

    private func content(_ result: ComparisonResult) -> ComparisonContent {
        ComparisonContent(result, knowledge: knowledge, language: settings.language)
    }
}
