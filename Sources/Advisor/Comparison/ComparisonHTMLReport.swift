import KnowledgeBase

/// The comparison as one self-contained HTML page (inline style and inline SVG, no scripts, no
/// external resources). Every text is escaped.
struct ComparisonHTMLReport {
    let content: ComparisonContent
    let language: Language

    /// The page, ending with a newline.
    func render() -> String {
        let phrases = content.phrases
        let e = HTMLReport.escaped
        var out = HTMLReport.pageStart(
            language: language, title: content.title, viewport: true, style: HTMLReport.style,
            extraStyle: [
                ".level-none{color:#1a7f37}.level-some{color:#9a6700}.level-serious{color:#b42318}",
                HTMLReport.printStyle,
            ])
        // In print, the divergences (the longest part) start a new page.
        func heading(_ section: Phrases.ComparisonSection) {
            let opening = section == .divergences ? "<h2 class=\"new-page\">" : "<h2>"
            out.append(opening + e(phrases.heading(section)) + "</h2>")
        }
        func list(_ items: [String], ordered: Bool = false) {
            let tag = ordered ? "ol" : "ul"
            out.append("<\(tag)>")
            out += items.map { "<li>" + $0 + "</li>" }
            out.append("</\(tag)>")
        }
        heading(.partners)
        list(content.partners.map { "<strong>" + e($0.mark) + "</strong> " + e($0.line) })
        heading(.position)
        out += QuadrantPlotSVG(
            quadrantNames: content.quadrantNames, phrases: phrases, label: phrases.plotLabel,
            marks: content.partners.map { partner in
                QuadrantPlotSVG.Mark(
                    intent: partner.intent, nature: partner.nature, text: partner.mark, title: partner.line)
            }
        ).lines()
        out.append("<p>" + e(content.legend) + "</p>")
        heading(.confusion)
        out.append("<p class=\"level-\(content.level.rawValue)\"><strong>" + e(content.levelSentence) + "</strong></p>")
        if !content.findings.isEmpty {
            list(content.findings.map { "<strong>" + e($0.label) + ":</strong> " + e($0.text) })
        }
        if !content.starters.isEmpty {
            heading(.starters)
            list(content.starters.map(e), ordered: true)
        }
        heading(.divergences)
        if content.divergences.isEmpty { out.append("<p>" + e(phrases.none) + "</p>") }
        for divergence in content.divergences {
            out.append("<h3>" + e(divergence.question) + "</h3>")
            list(divergence.answers.map(e))
            out.append("<p>" + e(divergence.moves) + "</p>")
            if !divergence.effects.isEmpty { list(divergence.effects.map(e)) }
        }
        heading(.shared)
        list(content.shared.map { "<strong>" + e($0.label) + ":</strong> " + e($0.text) })
        heading(content.isJoint ? .joint : .settleFirst)
        if content.isJoint {
            out += content.advice.map { "<p>" + e($0) + "</p>" }
        } else {
            out.append("<p>" + e(content.advice.first ?? "") + "</p>")
            list(content.advice.dropFirst().map(e))
        }
        out.append("<footer><p>" + e(phrases.notLegalAdvice) + "</p><p>" + e(content.footer) + "</p></footer>")
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }
}
