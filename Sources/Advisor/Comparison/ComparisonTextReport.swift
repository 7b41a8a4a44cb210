import Utilities

/// The comparison as plain text for a terminal, wrapped to 80 columns, with optional ANSI colour
/// (bold headings and the partners' marks). Like ``TextReport``, every text is shown with its
/// control characters escaped, so the report's own colours are its only escape sequences.
struct ComparisonTextReport {
    let content: ComparisonContent
    let style: TextStyle

    /// The report, ending with a newline.
    func render() -> String {
        let phrases = content.phrases
        var out: [String] = []
        func wrapped(_ text: String, _ first: String, _ rest: String) {
            out += TextWrapper.wrap(ControlCharacters.escaped(text), first: first, rest: rest)
        }
        func heading(_ section: Phrases.ComparisonSection) {
            out.append("")
            out.append(style.bold(phrases.heading(section)))
        }

        out.append(style.bold(content.title))
        out.append(String(repeating: "=", count: content.title.count))

        heading(.partners)
        for partner in content.partners { wrapped(partner.line, "  " + partner.mark + "  ", "       ") }

        heading(.position)
        out += content.plot(style.highlighted)
        wrapped(content.legend, "", "  ")

        heading(.confusion)
        wrapped(content.levelSentence, "", "")
        for finding in content.findings { wrapped(finding.label + ": " + finding.text, "  ! ", "    ") }

        if !content.starters.isEmpty {
            heading(.starters)
            for (index, starter) in content.starters.enumerated() {
                let number = "  \(index + 1). "
                wrapped(starter, number, String(repeating: " ", count: number.count))
            }
        }

        heading(.divergences)
        if content.divergences.isEmpty { wrapped(phrases.none, "  ", "  ") }
        for divergence in content.divergences {
            wrapped(divergence.question, "  ", "  ")
            for answer in divergence.answers { wrapped(answer, "    ", "      ") }
            wrapped(divergence.moves, "    ", "      ")
            for effect in divergence.effects { wrapped(effect, "    - ", "      ") }
        }

        heading(.shared)
        for item in content.shared { wrapped(item.label + ": " + item.text, "  ", "    ") }

        heading(content.isJoint ? .joint : .settleFirst)
        for (index, line) in content.advice.enumerated() {
            wrapped(line, content.isJoint || index == 0 ? "  " : "  - ", "    ")
        }

        out.append("")
        wrapped(phrases.notLegalAdvice, "", "")
        wrapped(content.footer, "", "")
        return out.joined(separator: "\n") + "\n"
    }
}
