import JSON
public import KnowledgeBase

/// The result of the knowledge case suite as text, JSON, Markdown or HTML.
///
/// Every format lists the same things in the same order: the totals against the bar, the rules
/// that never fired, and every run with a problem (runs without problems are counted, not
/// listed, except in JSON, which lists every run).
public struct CaseSuiteReport: Sendable {
    /// The result to report.
    public let result: CaseSuiteResult
    /// The bar the result is measured against.
    public let bar: CaseSuite.Bar
    /// The language of the words (ids stay as they are).
    public let language: Language

    /// Creates a report.
    public init(result: CaseSuiteResult, bar: CaseSuite.Bar = .shipped, language: Language) {
        self.result = result
        self.bar = bar
        self.language = language
    }

    /// The report in `format`, ending with a newline.
    public func rendered(as format: OutputFormat) -> String {
        switch format {
        case .text: return text()
        case .json: return json()
        case .markdown: return markdown()
        case .html: return html()
        }
    }

    // MARK: JSON

    /// `{"cases": [{"id", "variant", "expected", "got", "ok", "problems"}], "first", "top_two", "uncovered_rules"}`.
    private func json() -> String {
        let cases = result.runs.map { run in
            JSONValue.object(
                JSONObject([
                    ("id", .string(run.caseID)),
                    ("variant", .string(run.variant)),
                    ("expected", .string(run.expected)),
                    ("got", run.got.map(JSONValue.string) ?? .null),
                    ("ok", .bool(run.problems.isEmpty)),
                    ("problems", .array(run.problems.map { .string(sentence(for: $0, in: run)) })),
                ]))
        }
        let object = JSONObject([
            ("cases", .array(cases)),
            ("first", .number(Self.rounded(result.first))),
            ("top_two", .number(Self.rounded(result.topTwo))),
            ("uncovered_rules", .array(result.uncoveredRules.map(JSONValue.string))),
        ])
        return JSONValue.object(object).serialized(pretty: true) + "\n"
    }

    private static func rounded(_ share: Double) -> Double { (share * 10_000).rounded() / 10_000 }

    // MARK: Text

    private func text() -> String {
        var lines = [title, ""]
        lines += totals.map { "  " + $0 }
        lines.append("")
        if !result.uncoveredRules.isEmpty {
            lines.append(phrase(en: "Rules that fired in no case:", nl: "Regels die in geen enkele casus afgingen:"))
            lines += result.uncoveredRules.map { "  " + $0 }
            lines.append("")
        }
        let failing = result.runs.filter { !$0.problems.isEmpty }
        if !failing.isEmpty {
            lines.append(phrase(en: "Runs with problems:", nl: "Runs met problemen:"))
            for run in failing {
                lines.append("  \(run.caseID) (\(run.variant))")
                lines += run.problems.map { "    - " + sentence(for: $0, in: run) }
            }
            lines.append("")
        }
        lines.append(verdict)
        return lines.joined(separator: "\n") + "\n"
    }

    private var title: String {
        let runs = result.runs.count
        return phrase(
            en: "Case suite: \(result.caseCount) cases, \(runs) runs (knowledge \(result.knowledgeVersion))",
            nl: "Casussen: \(result.caseCount) casussen, \(runs) runs (kennis \(result.knowledgeVersion))")
    }

    /// The totals, one line each.
    private var totals: [String] {
        let runs = result.runs.count
        let first = result.runs.filter(\.isFirstRight).count
        let topTwo = result.runs.filter(\.isInTopTwo).count
        let asked = result.runs.filter { $0.variant == "plain" }.map(\.asked.count)
        return [
            phrase(en: "first choice right:  ", nl: "eerste keus goed:    ")
                + "\(first)/\(runs)  \(Self.percent(result.first))  (" + phrase(en: "bar", nl: "norm")
                + " \(Self.percent(bar.first)))",
            phrase(en: "in the top two:      ", nl: "bij de beste twee:   ")
                + "\(topTwo)/\(runs)  \(Self.percent(result.topTwo))  (" + phrase(en: "bar", nl: "norm")
                + " \(Self.percent(bar.topTwo)))",
            phrase(en: "forbidden form in the top three: ", nl: "verboden vorm bij de beste drie: ")
                + "\(result.runsWithForbiddenForms) " + phrase(en: "runs", nl: "runs"),
            phrase(en: "expected signal missing:         ", nl: "verwacht signaal ontbreekt:      ")
                + "\(result.runsMissingSignals) " + phrase(en: "runs", nl: "runs"),
            phrase(en: "rules that never fired:          ", nl: "regels die nooit afgingen:       ")
                + "\(result.uncoveredRules.count) " + phrase(en: "of", nl: "van") + " \(result.ruleCount)",
            phrase(en: "questions asked (plain answers): ", nl: "gestelde vragen (gewone antwoorden): ")
                + (asked.isEmpty
                    ? "-"
                    : phrase(en: "at most", nl: "hoogstens") + " \(asked.max() ?? 0), "
                        + phrase(en: "on average", nl: "gemiddeld") + " "
                        + Self.decimal(Double(asked.reduce(0, +)) / Double(asked.count))),
        ]
    }

    private var verdict: String {
        result.reaches(bar)
            ? phrase(en: "The suite reaches the bar.", nl: "De casussen halen de norm.")
            : phrase(en: "The suite does not reach the bar.", nl: "De casussen halen de norm niet.")
    }

    /// `95.3 %`.
    static func percent(_ share: Double) -> String { decimal(share * 100) + " %" }

    /// One decimal, without Foundation: `95.3`.
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    // MARK: Markdown and HTML

    private func markdown() -> String {
        var lines = ["# " + title, ""]
        lines += totals.map { "- " + $0.trimmingTrailingSpacesInside }
        lines.append("")
        if !result.uncoveredRules.isEmpty {
            lines.append(
                "## " + phrase(en: "Rules that fired in no case", nl: "Regels die in geen enkele casus afgingen"))
            lines.append("")
            lines += result.uncoveredRules.map { "- `\($0)`" }
            lines.append("")
        }
        let failing = result.runs.filter { !$0.problems.isEmpty }
        if !failing.isEmpty {
            lines.append("## " + phrase(en: "Runs with problems", nl: "Runs met problemen"))
            lines.append("")
            for run in failing {
                lines.append(
                    "- `\(run.caseID)` (\(run.variant)): "
                        + run.problems.map { sentence(for: $0, in: run) }.joined(separator: "; "))
            }
            lines.append("")
        }
        lines.append(verdict)
        return lines.joined(separator: "\n") + "\n"
    }

    private func html() -> String {
        let e = HTMLReport.escaped
        var out = HTMLReport.pageStart(language: language, title: title, viewport: false, style: nil) + ["<ul>"]
        out += totals.map { "<li>\(e($0.trimmingTrailingSpacesInside))</li>" }
        out.append("</ul>")
        if !result.uncoveredRules.isEmpty {
            out.append(
                "<h2>\(e(phrase(en: "Rules that fired in no case", nl: "Regels die in geen enkele casus afgingen")))</h2>"
            )
            out.append("<ul>" + result.uncoveredRules.map { "<li><code>\(e($0))</code></li>" }.joined() + "</ul>")
        }
        let failing = result.runs.filter { !$0.problems.isEmpty }
        if !failing.isEmpty {
            out.append("<h2>\(e(phrase(en: "Runs with problems", nl: "Runs met problemen")))</h2>")
            out.append("<ul>")
            for run in failing {
                out.append(
                    "<li><code>\(e(run.caseID))</code> (\(e(run.variant))): "
                        + run.problems.map { e(sentence(for: $0, in: run)) }.joined(separator: "; ") + "</li>")
            }
            out.append("</ul>")
        }
        out += ["<p>\(e(verdict))</p>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    // MARK: Words

    /// A problem of `run` as one sentence.
    func sentence(for problem: CaseRun.Problem, in run: CaseRun) -> String {
        let expected = ([run.expected] + (run.tussenvorm.map { [$0] } ?? [])).joined(separator: "/")
        switch problem {
        case .wrongFirst(let got):
            return phrase(
                en: "expected \(expected) first, got \(got ?? "no archetype")",
                nl: "verwacht eerst \(expected), kreeg \(got ?? "geen grondvorm")")
        case .notInTopTwo:
            return phrase(
                en: "\(run.expected) is not in the top two", nl: "\(run.expected) staat niet bij de beste twee")
        case .forbiddenForm(let id, let rank):
            return phrase(en: "forbidden form \(id) ranks \(rank)", nl: "verboden vorm \(id) staat op plaats \(rank)")
        case .missingSignal(let id):
            return phrase(en: "signal \(id) is missing", nl: "signaal \(id) ontbreekt")
        case .unanswered(let question):
            return phrase(
                en: "the interview asks \(question), which the case does not answer",
                nl: "het interview vraagt \(question), wat de casus niet beantwoordt")
        }
    }

    private func phrase(en: String, nl: String) -> String {
        switch language {
        case .en: return en
        case .nl: return nl
        }
    }
}

extension String {
    /// The string with runs of spaces inside it collapsed to one (for aligned labels in lists).
    fileprivate var trimmingTrailingSpacesInside: String {
        split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
