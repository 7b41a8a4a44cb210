import Utilities

/// The recommendation as plain text for a terminal, wrapped to 80 columns, with optional ANSI
/// colour (bold headings, the headline and the plot's mark).
///
/// Every text is shown with its control characters escaped (`\u{1B}`), so that a partner name
/// or any other text from outside cannot move the cursor, ring the bell or change colours; the
/// only escape sequences in the report are the report's own colours.
struct TextReport {
    let content: ReportContent
    let style: TextStyle

    /// The report, ending with a newline.
    func render() -> String {
        let phrases = content.phrases
        var out: [String] = []
        let v = ControlCharacters.escaped
        func wrapped(_ text: String, _ first: String, _ rest: String) {
            out += TextWrapper.wrap(v(text), first: first, rest: rest)
        }
        func heading(_ section: Phrases.Section) {
            out.append("")
            out.append(style.bold(v(phrases.heading(section))))
        }
        /// A heading and one wrapped "label: text" entry per item, left out when there are none.
        func items(_ section: Phrases.Section, _ items: [ReportContent.Item], bullet: String) {
            guard !items.isEmpty else { return }
            heading(section)
            for item in items { wrapped(item.label + ": " + item.text, bullet, "    ") }
        }

        let title = v(content.title)
        out.append(style.bold(title))
        out.append(String(repeating: "=", count: title.count))
        out.append("")
        out += TextWrapper.wrap(v(content.headline), first: "", rest: "").map(style.bold)
        if let confidence = content.confidence { out.append(v(confidence)) }
        if let tussenvorm = content.tussenvorm {
            wrapped(tussenvorm, "", "")
            if !content.tips.isEmpty {
                out.append(v(phrases.whatWouldTip))
                for tip in content.tips { wrapped(tip, "  - ", "    ") }
            }
        }

        heading(.scores)
        let scores = content.scores.map { (label: v($0.label), text: v($0.text)) }
        let nameWidth = scores.map(\.label.count).max() ?? 0
        for score in scores {
            out.append("  " + score.label + String(repeating: " ", count: nameWidth - score.label.count + 2) + score.text)
        }

        heading(.position)
        out += content.plot(style.highlighted("X")).map { line in
            line.split(separator: style.highlighted("X"), omittingEmptySubsequences: false).map { v(String($0)) }
                .joined(separator: style.highlighted("X"))
        }
        wrapped(content.legend, "", "  ")

        items(.meaning, content.meaning, bullet: "  ")
        items(.agreements, content.agreements, bullet: "  - ")

        heading(.forms)
        if content.forms.isEmpty { wrapped(phrases.noFittingForm, "  ", "  ") }
        for (index, form) in content.forms.enumerated() {
            let number = "  \(index + 1). "
            out.append(number + v(form.name) + " (" + v(form.fit) + ")")
            let indent = String(repeating: " ", count: number.count)
            for reason in form.reasons {
                wrapped(reason.text, indent + (reason.isPositive ? "+ " : "- "), indent + "  ")
            }
        }
        if let also = content.alsoPossible { wrapped(also, "  ", "    ") }
        if let chosen = content.chosenForm {
            heading(.chosenForm)
            wrapped(chosen.verdict, "  ", "  ")
            for reason in chosen.reasons { wrapped(reason, "  - ", "    ") }
        }
        items(.lessFitting, content.lessFitting, bullet: "  - ")
        items(.excluded, content.excluded, bullet: "  - ")
        items(.signals, content.signals, bullet: "  ! ")

        heading(.flips)
        if content.flips.isEmpty { wrapped(phrases.noFlips, "  ", "  ") }
        for flip in content.flips { wrapped(flip, "  - ", "    ") }
        if let more = content.moreFlips { wrapped(more, "  ", "  ") }

        if !content.trace.isEmpty {
            heading(.trace)
            for group in content.trace {
                out.append("  " + v(group.heading))
                for line in group.lines {
                    let isItem = line.hasPrefix("- ")
                    let text = isItem ? String(line.dropFirst(2)) : line.trimmingSpaces
                    wrapped(text, isItem ? "    - " : "      ", "      ")
                }
            }
        }

        out.append("")
        if let ignored = content.ignored { wrapped(ignored, "", "  ") }
        wrapped(phrases.notLegalAdvice, "", "")
        out.append(v(content.footer))
        return out.joined(separator: "\n") + "\n"
    }
}
