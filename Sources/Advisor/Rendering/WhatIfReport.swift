import JSON
import KnowledgeBase
import Utilities

/// A what-if comparison (``WhatIf``) in one of the output formats.
///
/// JSON: `{"before": REPORT, "after": REPORT, "changes": CHANGES}` where REPORT is the JSON
/// report of each recommendation (see ``JSONReport``) and CHANGES is
/// `{"answers": ["question-id", …], "archetype": {"from", "to"} | null, "intent": {"from", "to"} | null,
/// "nature": {"from", "to"} | null, "forms_gained", "forms_lost", "forms_excluded",
/// "forms_no_longer_excluded", "signals_raised", "signals_dropped", "rules_now_firing",
/// "rules_no_longer_firing"}` (lists of ids; an archetype `null` inside means none).
///
/// Text, Markdown and HTML show one line per change, with names in the report's language
/// (answers as `question-id: before → after`, at most ``shownRules`` rule ids per list);
/// unchanged aspects are left out, and a comparison without changes says so.
struct WhatIfReport {
    let whatIf: WhatIf
    let knowledge: Knowledge
    let settings: ConsultationSettings

    private var language: Language { settings.language }
    private var phrases: Phrases { Phrases(language: language) }

    /// The comparison, ending with a newline.
    func render() -> String {
        switch settings.format {
        case .json: return json().serialized(pretty: true) + "\n"
        case .text: return text()
        case .markdown: return markdown()
        case .html: return html()
        }
    }

    /// The JSON value.
    func json() -> JSONValue {
        let changes = whatIf.changes
        func transition(_ value: WhatIf.Transition<Double>?) -> JSONValue {
            guard let value else { return .null }
            return .object(
                JSONObject([("from", JSONReport.rounded(value.from)), ("to", JSONReport.rounded(value.to))]))
        }
        func ids(_ list: [String]) -> JSONValue { .array(list.map { .string($0) }) }
        let archetype: JSONValue =
            changes.archetype.map { change in
                .object(
                    JSONObject([
                        ("from", change.from.map { .string($0) } ?? .null),
                        ("to", change.to.map { .string($0) } ?? .null),
                    ]))
            } ?? .null
        return .object(
            JSONObject([
                ("before", JSONReport(recommendation: whatIf.before, knowledge: knowledge, language: language).value()),
                ("after", JSONReport(recommendation: whatIf.after, knowledge: knowledge, language: language).value()),
                (
                    "changes",
                    .object(
                        JSONObject([
                            ("answers", ids(changes.answers)),
                            ("archetype", archetype),
                            ("intent", transition(changes.intent)),
                            ("nature", transition(changes.nature)),
                            ("forms_gained", ids(changes.formsGained)),
                            ("forms_lost", ids(changes.formsLost)),
                            ("forms_excluded", ids(changes.formsExcluded)),
                            ("forms_no_longer_excluded", ids(changes.formsNoLongerExcluded)),
                            ("signals_raised", ids(changes.signalsRaised)),
                            ("signals_dropped", ids(changes.signalsDropped)),
                            ("rules_now_firing", ids(changes.rulesNowFiring)),
                            ("rules_no_longer_firing", ids(changes.rulesNoLongerFiring)),
                        ]))
                ),
            ]))
    }

    /// The lines for people: a label and its items, unchanged aspects left out.
    func lines() -> [(label: String, items: [String])] {
        let changes = whatIf.changes
        let archetypeName = { (id: String?) -> String in
            guard let id else { return phrases.noArchetype }
            return knowledge.archetype(id)?.name(language) ?? id
        }
        let formName = { (id: String) in knowledge.form(id)?.name(language) ?? id }
        let signalName = { (id: String) in knowledge.signal(id)?.title(language) ?? id }
        let answerText = { (answer: Answer?, question: Question) in
            answer.map { phrases.answer($0, to: question) } ?? phrases.noAnswer
        }
        var result: [(label: String, items: [String])] = []
        func add(_ line: Phrases.WhatIfLine, _ items: [String]) {
            if !items.isEmpty { result.append((phrases.label(line), items)) }
        }
        add(
            .answers,
            changes.answers.compactMap { id in
                knowledge.question(id).map { question in
                    id + ": " + answerText(whatIf.before.answers[id], question) + " → "
                        + answerText(whatIf.after.answers[id], question)
                }
            })
        let scoreBefore = whatIf.before.archetype.map { " (" + Phrases.plain($0.score) + ")" } ?? ""
        let scoreAfter = whatIf.after.archetype.map { " (" + Phrases.plain($0.score) + ")" } ?? ""
        add(
            .archetype,
            changes.archetype.map { change in
                [archetypeName(change.from) + scoreBefore + " → " + archetypeName(change.to) + scoreAfter]
            } ?? [])
        add(.intent, changes.intent.map { [Phrases.signed($0.from) + " → " + Phrases.signed($0.to)] } ?? [])
        add(.nature, changes.nature.map { [Phrases.signed($0.from) + " → " + Phrases.signed($0.to)] } ?? [])
        add(.formsGained, changes.formsGained.map(formName))
        add(.formsLost, changes.formsLost.map(formName))
        add(.formsExcluded, changes.formsExcluded.map(formName))
        add(.formsNoLongerExcluded, changes.formsNoLongerExcluded.map(formName))
        add(.signalsRaised, changes.signalsRaised.map(signalName))
        add(.signalsDropped, changes.signalsDropped.map(signalName))
        add(.rulesNowFiring, capped(changes.rulesNowFiring))
        add(.rulesNoLongerFiring, capped(changes.rulesNoLongerFiring))
        return result
    }

    /// The number of rule ids a list for people shows; JSON lists them all.
    static let shownRules = 10

    /// At most ``shownRules`` ids, then how many more there are.
    private func capped(_ rules: [String]) -> [String] {
        guard rules.count > Self.shownRules else { return rules }
        return Array(rules.prefix(Self.shownRules)) + [phrases.moreRules(rules.count - Self.shownRules)]
    }

    private func text() -> String {
        let v = ControlCharacters.escaped
        var out = [phrases.whatIfTitle, String(repeating: "=", count: phrases.whatIfTitle.count), ""]
        let lines = lines()
        if whatIf.changes.isEmpty { out.append(phrases.whatIfUnchanged) }
        for line in lines {
            out.append(v(line.label) + ":")
            for item in line.items { out += TextWrapper.wrap(v(item), first: "  - ", rest: "    ") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func markdown() -> String {
        let e = MarkdownReport.escaped
        var out = ["# " + e(phrases.whatIfTitle), ""]
        if whatIf.changes.isEmpty { out += [e(phrases.whatIfUnchanged), ""] }
        for line in lines() {
            out += ["## " + e(line.label), ""] + line.items.map { "- " + e($0) } + [""]
        }
        return out.joined(separator: "\n")
    }

    private func html() -> String {
        let e = HTMLReport.escaped
        var out = HTMLReport.pageStart(
            language: language, title: phrases.whatIfTitle, viewport: false, style: HTMLReport.style)
        if whatIf.changes.isEmpty { out.append("<p>" + e(phrases.whatIfUnchanged) + "</p>") }
        for line in lines() {
            out.append("<h2>" + e(line.label) + "</h2>")
            out.append("<ul>\n" + line.items.map { "<li>" + e($0) + "</li>" }.joined(separator: "\n") + "\n</ul>")
        }
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }
}
