import JSON
import KnowledgeBase
import Utilities

/// The result of the check of the five conditions as a report, in one format and language:
/// the check's answers, then each signal with its text and why it was raised.
struct ReadinessReport {
    let result: ReadinessResult
    let knowledge: Knowledge
    let settings: ConsultationSettings

    private var language: Language { settings.language }
    private var phrases: Phrases { Phrases(language: language) }

    /// One finding resolved to texts.
    private struct Item {
        let title: String
        let text: String
        let reasons: [String]
    }

    /// The findings resolved to texts, in the result's order (a signal the knowledge does not
    /// know is left out; a result always comes from the same knowledge).
    private var items: [Item] {
        result.findings.compactMap { finding in
            guard let signal = knowledge.signal(finding.signal) else { return nil }
            let reasons = finding.rules.compactMap { knowledge.rule($0)?.because(language) }.filter { !$0.isEmpty }
            return Item(title: signal.title(language), text: signal.text(language), reasons: reasons)
        }
    }

    /// The answers as (question text, answer in words).
    private var answerLines: [(question: String, answer: String)] {
        result.answers.compactMap { answered in
            guard let question = knowledge.question(answered.question) else { return nil }
            return (question.text(language), phrases.answer(answered.answer, to: question))
        }
    }

    /// The report, ending with a newline.
    func render() -> String {
        switch settings.format {
        case .text: return text()
        case .markdown: return markdown()
        case .html: return html()
        case .json: return json()
        }
    }

    private func text() -> String {
        let width = settings.reportWidth
        let title = phrases.readinessTitle(partner: result.partner)
        var out = [settings.style.bold(title), String(repeating: "=", count: min(title.count, width)), ""]
        out += TextWrapper.wrap(phrases.readinessIntro, first: "", rest: "", width: width)
        out += ["", settings.style.bold(phrases.heading(.answers))]
        for line in answerLines {
            out += TextWrapper.wrap(line.question + " " + line.answer, first: "  - ", rest: "    ", width: width)
        }
        out += ["", settings.style.bold(phrases.heading(.findings))]
        if items.isEmpty {
            out += TextWrapper.wrap(phrases.nothingNeedsAttention, first: "  ", rest: "  ", width: width)
        }
        for item in items {
            out += TextWrapper.wrap(item.title, first: "  - ", rest: "    ", width: width)
            out += TextWrapper.wrap(item.text, first: "    ", rest: "    ", width: width)
            if !item.reasons.isEmpty {
                out += TextWrapper.wrap(
                    phrases.because + ": " + item.reasons.joined(separator: " "), first: "    ", rest: "    ",
                    width: width)
            }
        }
        out += [""] + TextWrapper.wrap(phrases.readinessDisclaimer, first: "", rest: "", width: width)
        return out.joined(separator: "\n") + "\n"
    }

    private func markdown() -> String {
        let e = MarkdownReport.escaped
        var out = ["# " + e(phrases.readinessTitle(partner: result.partner)), "", e(phrases.readinessIntro)]
        out += ["", "## " + e(phrases.heading(.answers)), ""]
        out += answerLines.map { "- " + e($0.question) + " **" + e($0.answer) + "**" }
        out += ["", "## " + e(phrases.heading(.findings)), ""]
        if items.isEmpty { out.append(e(phrases.nothingNeedsAttention)) }
        for item in items {
            out += ["### " + e(item.title), "", e(item.text)]
            if !item.reasons.isEmpty {
                out += ["", "*" + e(phrases.because) + ":* " + e(item.reasons.joined(separator: " "))]
            }
            out.append("")
        }
        if !items.isEmpty { out.removeLast() }
        out += ["", "---", "", e(phrases.readinessDisclaimer)]
        return out.joined(separator: "\n") + "\n"
    }

    private func html() -> String {
        let e = HTMLReport.escaped
        var out = HTMLReport.pageStart(
            language: language, title: phrases.readinessTitle(partner: result.partner), viewport: true,
            style: HTMLReport.style)
        out += ["<p>" + e(phrases.readinessIntro) + "</p>", "<h2>" + e(phrases.heading(.answers)) + "</h2>", "<ul>"]
        out += answerLines.map { "<li>" + e($0.question) + " <strong>" + e($0.answer) + "</strong></li>" }
        out += ["</ul>", "<h2>" + e(phrases.heading(.findings)) + "</h2>"]
        if items.isEmpty { out.append("<p>" + e(phrases.nothingNeedsAttention) + "</p>") }
        for item in items {
            out += ["<h3>" + e(item.title) + "</h3>", "<p>" + e(item.text) + "</p>"]
            if !item.reasons.isEmpty {
                out.append(
                    "<p><em>" + e(phrases.because) + ":</em> " + e(item.reasons.joined(separator: " ")) + "</p>")
            }
        }
        out += ["<footer><p>" + e(phrases.readinessDisclaimer) + "</p></footer>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    private func json() -> String {
        var object = JSONObject()
        object["partner"] = result.partner.map(JSONValue.string) ?? .null
        var answers = JSONObject()
        for answered in result.answers {
            answers[answered.question] = JSONReport.json(answered.answer)
        }
        object["answers"] = .object(answers)
        object["findings"] = .array(
            zip(result.findings, items).map { finding, item in
                var entry = JSONObject()
                entry["signal"] = .string(finding.signal)
                entry["title"] = .string(item.title)
                entry["text"] = .string(item.text)
                entry["rules"] = .array(finding.rules.map(JSONValue.string))
                entry["because"] = .array(item.reasons.map(JSONValue.string))
                return .object(entry)
            })
        object["knowledge"] = .string(result.knowledgeVersion)
        object["language"] = .string(language.rawValue)
        return JSONValue.object(object).serialized() + "\n"
    }
}
