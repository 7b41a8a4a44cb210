import Utilities

/// The recommendation as plain text for a terminal, wrapped to the terminal's width, with
/// optional ANSI colour (bold headings, the headline and the plot's mark).
///
/// The short version (the default) is what a director reads in two minutes: agreements and
/// signals by their titles, the three best forms with their main reasons, the others by name, and
/// each reason for ruling forms out once. The detailed version (`--trace`) adds every
/// explanation and the reasoning.
///
/// Every text is shown with its control characters escaped (`\u{1B}`), so that a partner name
/// or any other text from outside cannot move the cursor, ring the bell or change colours; the
/// only escape sequences in the report are the report's own colours.
struct TextReport {
    let content: ReportContent
    let style: TextStyle
    /// The number of columns to wrap to.
    let width: Int
    /// Whether every explanation is shown (`--trace`), or the short version.
    let isDetailed: Bool

    /// The forms shown with their reasons in the short version.
    static let shortForms = 3

    /// The report, ending with a newline.
    func render() -> String {
        let phrases = content.phrases
        var out: [String] = []
        let v = ControlCharacters.escaped
        func wrapped(_ text: String, _ first: String, _ rest: String) {
            out += TextWrapper.wrap(v(text), first: first, rest: rest, width: width)
        }
        func heading(_ section: Phrases.Section) {
            out.append("")
            out.append(style.bold(v(phrases.heading(section))))
        }
        /// A heading and one wrapped entry per item, left out when there are none: "label: text",
        /// or the label alone in the short version when `short` holds; a label that ends in a
        /// colon of its own gets its text on the lines below.
        func items(_ section: Phrases.Section, _ items: [ReportContent.Item], bullet: String, short: Bool = false) {
            guard !items.isEmpty else { return }
            heading(section)
            for item in items {
                if short && !isDetailed {
                    wrapped(item.label, bullet, "    ")
                } else if item.label.contains(":") {
                    wrapped(item.label, bullet, "    ")
                    wrapped(item.text, "    ", "    ")
                } else {
                    wrapped(item.label + ": " + item.text, bullet, "    ")
                }
            }
        }

        let title = v(content.title)
        out.append(style.bold(title))
        out.append(String(repeating: "=", count: title.count))
        out.append("")
        out += TextWrapper.wrap(v(content.headline), first: "", rest: "", width: width).map(style.bold)
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
            out.append(
                "  " + score.label + String(repeating: " ", count: nameWidth - score.label.count + 2) + score.text)
        }
        wrapped(phrases.scale, "  ", "  ")

        heading(.position)
        out += content.plot(style.highlighted("X")).map { line in
            line.split(separator: style.highlighted("X"), omittingEmptySubsequences: false).map { v(String($0)) }
                .joined(separator: style.highlighted("X"))
        }
        wrapped(content.legend, "", "  ")

        items(.meaning, content.meaning, bullet: "  ")
        items(.agreements, content.agreements, bullet: "  - ", short: true)

        heading(.forms)
        if content.forms.isEmpty { wrapped(phrases.noFittingForm, "  ", "  ") }
        let detailedForms = isDetailed ? content.forms : Array(content.forms.prefix(Self.shortForms))
        for (index, form) in detailedForms.enumerated() {
            let number = "  \(index + 1). "
            out.append(number + v(form.name) + " (" + v(form.fit) + ")")
            let indent = String(repeating: " ", count: number.count)
            for reason in isDetailed ? form.reasons : Self.mainReasons(form.reasons) {
                wrapped(reason.text, indent + (reason.isPositive ? "+ " : "- "), indent + "  ")
            }
        }
        let namedOnly =
            content.forms.dropFirst(detailedForms.count).map { $0.name + " (" + $0.fit + ")" }
            + content.alsoPossibleForms
        if !namedOnly.isEmpty { wrapped(phrases.alsoPossible + " " + namedOnly.joined(separator: ", "), "  ", "    ") }
        if let chosen = content.chosenForm {
            heading(.chosenForm)
            wrapped(chosen.verdict, "  ", "  ")
            for reason in chosen.reasons { wrapped(reason, "  - ", "    ") }
        }
        items(.lessFitting, content.lessFitting, bullet: "  - ", short: true)
        if !content.excluded.isEmpty {
            heading(.excluded)
            if isDetailed {
                for group in content.excluded { wrapped(group.label + ": " + group.reason, "  - ", "    ") }
            } else {
                for group in content.excludedOnce {
                    wrapped(Self.firstSentence(of: group.reason) + " " + phrases.ruledOut(group.label), "  - ", "    ")
                }
            }
        }
        items(.signals, content.signals, bullet: "  ! ", short: true)

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
        if !isDetailed { wrapped(phrases.moreDetail, "", "") }
        wrapped(phrases.notLegalAdvice, "", "")
        out.append(v(content.footer))
        return out.joined(separator: "\n") + "\n"
    }

    /// The reasons the short version shows for a form: the strongest for it, and the strongest
    /// against it when there is one (else the second strongest for it).
    static func mainReasons(_ reasons: [ReportContent.Reason]) -> [ReportContent.Reason] {
        guard let first = reasons.first else { return [] }
        let second = reasons.dropFirst().first { !$0.isPositive } ?? reasons.dropFirst().first
        return [first] + (second.map { [$0] } ?? [])
    }

    /// The first sentence of `text`: up to and including the first full stop that ends a word
    /// and is followed by a space (so "art. 3" inside a sentence is not taken for its end when a
    /// digit follows), or the whole text.
    static func firstSentence(of text: String) -> String {
        let characters = Array(text)
        for index in characters.indices where characters[index] == "." {
            let next = index + 1
            guard next < characters.count else { return text }
            guard characters[next] == " ", next + 1 < characters.count else { continue }
            let following = characters[next + 1]
            if following.isUppercase { return String(characters[...index]) }
        }
        return text
    }
}
