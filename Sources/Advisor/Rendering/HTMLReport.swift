import KnowledgeBase
import Utilities

/// The recommendation as one self-contained HTML page (inline style, no scripts, no external
/// resources). Every text is escaped.
struct HTMLReport {
    let content: ReportContent
    let language: Language

    /// `text` with its control characters shown as visible escapes (`\u{1B}`; HTML cannot hold
    /// most of them, even as character references), then `&`, `<`, `>`, `"` and `'` escaped for
    /// element content and attribute values.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in ControlCharacters.escaped(text) {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// The inline style sheet.
    static let style = """
        body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}
        h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
        .headline{font-size:1.2rem;font-weight:bold}pre{background:#f6f6f6;padding:.75rem;overflow-x:auto}
        .for{color:#1a7f37}.against{color:#b42318}.signal{background:#fff8e1;padding:.25rem .5rem}
        footer{margin-top:2rem;color:#555;font-size:.9rem}
        """

    /// The consultation report's own rules: the date line, the plot and the answers table.
    static let reportStyle = """
        .issued{color:#555}svg.plot{max-width:100%;height:auto}
        table.answers{border-collapse:collapse;width:100%}
        table.answers th,table.answers td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
        """

    /// The print rules of the report and the comparison: A4 pages, each main section
    /// (`h2.new-page`) on a new page, no background colours (white quadrants), headings kept
    /// with what follows.
    static let printStyle = """
        @page{size:A4;margin:18mm 16mm 20mm}
        @media print{body{max-width:none;margin:0;padding:0;font-size:10.5pt;line-height:1.4;color:#000}
        *{background:transparent!important}h2.new-page{break-before:page}h2,h3{break-after:avoid}
        li,tr,svg,.legend{break-inside:avoid}svg rect.quadrant{fill:#fff}.signal{border-left:3px solid #999}
        footer{color:#000}}
        """

    /// The opening lines of every page Grondvorm writes, up to and including the `<h1>`: the
    /// doctype, `<html lang>`, the character set, the escaped title, and the optional viewport
    /// line and style sheet (``style`` followed by `extraStyle`).
    static func pageStart(
        language: Language, title: String, viewport: Bool, style: String?, extraStyle: [String] = []
    ) -> [String] {
        let e = escaped(title)
        var lines = ["<!DOCTYPE html>", "<html lang=\"\(language.rawValue)\">", "<head>", "<meta charset=\"utf-8\">"]
        if viewport { lines.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">") }
        lines.append("<title>" + e + "</title>")
        if let style { lines += ["<style>", style] + extraStyle + ["</style>"] }
        return lines + ["</head>", "<body>", "<h1>" + e + "</h1>"]
    }

    /// The page, ending with a newline.
    func render() -> String {
        let phrases = content.phrases
        let e = Self.escaped
        var out = Self.pageStart(
            language: language, title: content.title, viewport: true, style: Self.style,
            extraStyle: [Self.reportStyle, Self.printStyle])
        out.append("<p class=\"issued\">" + e(content.issued) + "</p>")
        out.append("<p class=\"headline\">" + e(content.headline) + "</p>")
        if let confidence = content.confidence { out.append("<p>" + e(confidence) + "</p>") }
        if let tussenvorm = content.tussenvorm {
            out.append("<p>" + e(tussenvorm) + "</p>")
            if !content.tips.isEmpty {
                out.append("<p>" + e(phrases.whatWouldTip) + "</p>")
                out.append(list(content.tips.map(e)))
            }
        }
        // In print, the next heading starts a page: the details after the position, the answers
        // and the reasoning.
        var startsPage = false
        func heading(titled text: String) {
            out.append((startsPage ? "<h2 class=\"new-page\">" : "<h2>") + e(text) + "</h2>")
            startsPage = false
        }
        func heading(_ section: Phrases.Section) {
            heading(titled: phrases.heading(section))
        }
        func items(_ items: [ReportContent.Item], classes: String? = nil) -> String {
            let attribute = classes.map { " class=\"\($0)\"" } ?? ""
            return "<ul>\n"
                + items.map { "<li\(attribute)><strong>" + e($0.label) + ":</strong> " + e($0.text) + "</li>" }
                .joined(separator: "\n") + "\n</ul>"
        }
        heading(.scores)
        out.append(items(content.scores))
        out.append("<p class=\"scale\">" + e(phrases.scale) + "</p>")
        heading(.position)
        out += QuadrantPlotSVG(
            quadrantNames: content.quadrantNames, phrases: phrases, label: phrases.plotLabel,
            marks: [
                QuadrantPlotSVG.Mark(
                    intent: content.position.intent, nature: content.position.nature, text: "X", title: content.legend)
            ]
        ).lines()
        out.append("<p class=\"legend\">" + e(content.legend) + "</p>")
        startsPage = true
        if !content.meaning.isEmpty {
            heading(.meaning)
            out.append(items(content.meaning))
        }
        if !content.agreements.isEmpty {
            heading(.agreements)
            out.append(items(content.agreements))
        }
        heading(.forms)
        if content.forms.isEmpty { out.append("<p>" + e(phrases.noFittingForm) + "</p>") }
        if !content.forms.isEmpty {
            out.append("<ol>")
            for form in content.forms {
                out.append("<li><strong>" + e(form.name) + "</strong> (" + e(form.fit) + ")")
                out.append(
                    list(
                        form.reasons.map { reason in
                            "<span class=\"\(reason.isPositive ? "for" : "against")\">"
                                + (reason.isPositive ? "+ " : "- ")
                                + e(reason.text) + "</span>"
                        }))
                out.append("</li>")
            }
            out.append("</ol>")
        }
        if let also = content.alsoPossible { out.append("<p>" + e(also) + "</p>") }
        if let chosen = content.chosenForm {
            heading(.chosenForm)
            out.append("<p>" + e(chosen.verdict) + "</p>")
            if !chosen.reasons.isEmpty { out.append(list(chosen.reasons.map(e))) }
        }
        if !content.lessFitting.isEmpty {
            heading(.lessFitting)
            out.append(items(content.lessFitting))
        }
        if !content.excluded.isEmpty {
            heading(.excluded)
            out.append(
                list(content.excluded.map { e($0.reason) + " <strong>" + e(phrases.ruledOut($0.label)) + "</strong>" }))
        }
        if !content.signals.isEmpty {
            heading(.signals)
            out.append(items(content.signals, classes: "signal"))
        }
        heading(.flips)
        out.append(content.flips.isEmpty ? "<p>" + e(phrases.noFlips) + "</p>" : list(content.flips.map(e)))
        if let more = content.moreFlips { out.append("<p>" + e(more) + "</p>") }
        if !content.answersGiven.isEmpty {
            startsPage = true
            heading(titled: phrases.answersGivenHeading)
            let columns = phrases.answerColumns
            out.append("<table class=\"answers\">")
            out.append("<thead><tr><th>" + e(columns.question) + "</th><th>" + e(columns.answer) + "</th></tr></thead>")
            out.append("<tbody>")
            out += content.answersGiven.map { "<tr><td>" + e($0.label) + "</td><td>" + e($0.text) + "</td></tr>" }
            out.append("</tbody>")
            out.append("</table>")
        }
        if !content.trace.isEmpty {
            startsPage = true
            heading(.trace)
            for group in content.trace {
                out.append("<h3>" + e(group.heading) + "</h3>")
                var entries: [String] = []
                for line in group.lines {
                    if line.hasPrefix("- ") {
                        entries.append(e(String(line.dropFirst(2))))
                    } else if let last = entries.popLast() {
                        entries.append(last + "<br>" + e(line.trimmingSpaces))
                    }
                }
                out.append(list(entries))
            }
        }
        out.append("<footer>")
        if let ignored = content.ignored { out.append("<p>" + e(ignored) + "</p>") }
        out.append("<p><em>" + e(phrases.notLegalAdvice) + "</em></p>")
        out.append("<p>" + e(content.footer) + "</p>")
        out.append("</footer>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    /// An unordered list of already escaped items.
    private func list(_ escapedItems: [String]) -> String {
        "<ul>\n" + escapedItems.map { "<li>" + $0 + "</li>" }.joined(separator: "\n") + "\n</ul>"
    }
}
