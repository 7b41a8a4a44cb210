import Utilities

/// The recommendation as a Markdown document. Texts are escaped so that knowledge texts and
/// answers (a partner name) cannot start emphasis, links, HTML or entities, nor carry control
/// characters.
struct MarkdownReport {
    let content: ReportContent

    /// `text` with its control characters shown as visible escapes (`\u{1B}`), then Markdown's
    /// inline special characters escaped with a backslash.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in ControlCharacters.escaped(text) {
            switch character {
            case "\\", "*", "_", "`", "[", "]", "<", ">", "#", "|", "~", "&": result += "\\" + String(character)
            default: result.append(character)
            }
        }
        return result
    }

    /// The document, ending with a newline.
    func render() -> String {
        let phrases = content.phrases
        let e = Self.escaped
        var out: [String] = ["# " + e(content.title), "", e(content.issued), "", "**" + e(content.headline) + "**"]
        if let confidence = content.confidence { out += ["", e(confidence)] }
        if let tussenvorm = content.tussenvorm {
            out += ["", e(tussenvorm)]
            if !content.tips.isEmpty {
                out += ["", e(phrases.whatWouldTip), ""]
                out += content.tips.map { "- " + e($0) }
            }
        }
        func heading(_ section: Phrases.Section) {
            out += ["", "## " + e(phrases.heading(section)), ""]
        }
        heading(.scores)
        out += content.scores.map { "- " + e($0.label) + ": " + $0.text }
        out += ["", "*" + e(phrases.scale) + "*"]
        heading(.position)
        out += ["```text"] + content.plot("X") + ["```", "", e(content.legend)]
        if !content.meaning.isEmpty {
            heading(.meaning)
            out += content.meaning.map { "- **" + e($0.label) + ":** " + e($0.text) }
        }
        if !content.agreements.isEmpty {
            heading(.agreements)
            out += content.agreements.map { "- **" + e($0.label) + ":** " + e($0.text) }
        }
        heading(.forms)
        if content.forms.isEmpty { out.append(e(phrases.noFittingForm)) }
        for (index, form) in content.forms.enumerated() {
            out.append("\(index + 1). **" + e(form.name) + "** (" + e(form.fit) + ")")
            out += form.reasons.map { "   - " + ($0.isPositive ? "(+) " : "(-) ") + e($0.text) }
        }
        if let also = content.alsoPossible { out += ["", e(also)] }
        if let chosen = content.chosenForm {
            heading(.chosenForm)
            out.append(e(chosen.verdict))
            if !chosen.reasons.isEmpty { out += [""] + chosen.reasons.map { "- " + e($0) } }
        }
        if !content.lessFitting.isEmpty {
            heading(.lessFitting)
            out += content.lessFitting.map { "- **" + e($0.label) + ":** " + e($0.text) }
        }
        if !content.excluded.isEmpty {
            heading(.excluded)
            out += content.excluded.map { "- " + e($0.reason) + " **" + e(phrases.ruledOut($0.label)) + "**" }
        }
        if !content.signals.isEmpty {
            heading(.signals)
            out += content.signals.map { "- **" + e($0.label) + ":** " + e($0.text) }
        }
        heading(.flips)
        out += content.flips.isEmpty ? [e(phrases.noFlips)] : content.flips.map { "- " + e($0) }
        if let more = content.moreFlips { out += ["", e(more)] }
        if !content.answersGiven.isEmpty {
            let columns = phrases.answerColumns
            out += ["", "## " + e(phrases.answersGivenHeading), ""]
            out += ["| " + e(columns.question) + " | " + e(columns.answer) + " |", "| --- | --- |"]
            out += content.answersGiven.map { "| " + e($0.label) + " | " + e($0.text) + " |" }
        }
        if !content.trace.isEmpty {
            heading(.trace)
            for group in content.trace {
                out += ["### " + e(group.heading), ""]
                out += group.lines.map { line in
                    line.hasPrefix("- ") ? "- " + e(String(line.dropFirst(2))) : "  " + e(line.trimmingSpaces)
                }
                out.append("")
            }
            out.removeLast()
        }
        out += ["", "---", ""]
        if let ignored = content.ignored { out += [e(ignored), ""] }
        out += ["*" + e(phrases.notLegalAdvice) + "*", "", e(content.footer)]
        return out.joined(separator: "\n") + "\n"
    }
}
