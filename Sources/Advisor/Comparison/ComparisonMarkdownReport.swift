/// The comparison as a Markdown document; the plot is a fenced text block. Texts are escaped so
/// that names and knowledge texts cannot start emphasis, links or HTML.
struct ComparisonMarkdownReport {
    let content: ComparisonContent

    /// The document, ending with a newline.
    func render() -> String {
        let phrases = content.phrases
        let e = MarkdownReport.escaped
        var out: [String] = ["# " + e(content.title)]
        func heading(_ section: Phrases.ComparisonSection) {
            out += ["", "## " + e(phrases.heading(section)), ""]
        }
        heading(.partners)
        out += content.partners.map { "- **" + $0.mark + "** " + e($0.line) }
        heading(.position)
        out += ["```text"] + content.plot { $0 } + ["```", "", e(content.legend)]
        heading(.confusion)
        out.append("**" + e(content.levelSentence) + "**")
        if !content.findings.isEmpty {
            out.append("")
            out += content.findings.map { "- **" + e($0.label) + ":** " + e($0.text) }
        }
        if !content.starters.isEmpty {
            heading(.starters)
            out += content.starters.enumerated().map { "\($0.offset + 1). " + e($0.element) }
        }
        heading(.divergences)
        if content.divergences.isEmpty { out.append(e(phrases.none)) }
        for divergence in content.divergences {
            out += ["### " + e(divergence.question), ""]
            out += divergence.answers.map { "- " + e($0) }
            out += ["", e(divergence.moves), ""]
            out += divergence.effects.map { "- " + e($0) }
            out.append("")
        }
        if out.last == "" { out.removeLast() }
        heading(.shared)
        out += content.shared.map { "- **" + e($0.label) + ":** " + e($0.text) }
        heading(content.isJoint ? .joint : .settleFirst)
        for (index, line) in content.advice.enumerated() {
            out.append(content.isJoint || index == 0 ? e(line) : "- " + e(line))
            if index == 0 && !content.isJoint { out.append("") }
        }
        out += ["", "---", "", e(phrases.notLegalAdvice), "", e(content.footer)]
        return out.joined(separator: "\n") + "\n"
    }
}
