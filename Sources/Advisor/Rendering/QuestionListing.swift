import JSON
public import KnowledgeBase
import Utilities

/// The `grondvorm questions` listing: every question, so users can write answer files.
public enum QuestionListing {
    /// Renders every question in knowledge order.
    ///
    /// JSON (one object, pretty-printed, keys in this order):
    /// `{"questions": [{"id", "kind", "text", "options": [{"id", "label", "exclusive"}], "min", "max", "applies_when"}]}`
    /// where `kind` is `one-of`, `many-of`, `yes-no` (answered `true` or `false`) or `scale`
    /// (a whole number from `min` to `max`); `options` is empty for yes-no and scale; `min` and
    /// `max` are numbers for scale questions and `null` otherwise; `applies_when` is the
    /// condition's source text, or `null` when the question always applies. `text` and `label`
    /// are in `language`. `exclusive` is present, and `true`, only on an option that must be
    /// chosen alone (such as "none of these").
    ///
    /// Text, Markdown and HTML list the same, for people: id and kind, the question, the options
    /// with their ids, what a scale or yes-no question takes, and when it applies.
    ///
    /// - Returns: The listing, ending with a newline.
    public static func render(knowledge: Knowledge, language: Language, format: OutputFormat) -> String {
        switch format {
        case .json: return json(knowledge: knowledge, language: language).serialized(pretty: true) + "\n"
        case .text: return text(knowledge: knowledge, language: language)
        case .markdown: return markdown(knowledge: knowledge, language: language)
        case .html: return html(knowledge: knowledge, language: language)
        }
    }

    /// The JSON value of the listing.
    static func json(knowledge: Knowledge, language: Language) -> JSONValue {
        .object(
            JSONObject([
                (
                    "questions",
                    .array(
                        knowledge.questions.map { question in
                            let range: (JSONValue, JSONValue)
                            switch question.kind {
                            case .scale(let min, let max): range = (.number(Double(min)), .number(Double(max)))
                            case .oneOf, .manyOf, .yesNo: range = (.null, .null)
                            }
                            return .object(
                                JSONObject([
                                    ("id", .string(question.id)),
                                    ("kind", .string(question.kind.name)),
                                    ("text", .string(question.text(language))),
                                    (
                                        "options",
                                        .array(
                                            question.options.map { option in
                                                var fields: [(String, JSONValue)] = [
                                                    ("id", .string(option.id)),
                                                    ("label", .string(option.label(language))),
                                                ]
                                                if option.isExclusive { fields.append(("exclusive", .bool(true))) }
                                                return .object(JSONObject(fields))
                                            })
                                    ),
                                    ("min", range.0),
                                    ("max", range.1),
                                    ("applies_when", question.appliesWhenSource.map { .string($0) } ?? .null),
                                ]))
                        })
                )
            ]))
    }

    /// One question as lines for people (without the heading line), shared by the formats.
    private static func details(_ question: Question, phrases: Phrases) -> [String] {
        var lines = [phrases.listingTakes(question.kind)]
        lines += question.options.map { option in
            "\(option.id): \(option.label(phrases.language))"
                + (option.isExclusive ? " " + phrases.listingExclusive : "")
        }
        if let value = question.defaultAnswer.flatMap({ TypedAnswer.answer(from: $0, for: question) }) {
            lines.append(phrases.listingDefault(JSONReport.json(value).serialized(pretty: false)))
        }
        if let condition = question.appliesWhenSource { lines.append(phrases.listingOnlyWhen(condition)) }
        return lines
    }

    private static func text(knowledge: Knowledge, language: Language) -> String {
        let phrases = Phrases(language: language)
        var out = [phrases.listingTitle(count: knowledge.questions.count, version: knowledge.version)]
        for question in knowledge.questions {
            out.append("")
            out.append("\(question.id) (\(question.kind.name))")
            out += TextWrapper.wrap(question.text(language), first: "  ", rest: "  ")
            out += details(question, phrases: phrases).flatMap { TextWrapper.wrap($0, first: "    ", rest: "      ") }
        }
        out.append("")
        out += TextWrapper.wrap(phrases.listingUsage, first: "", rest: "")
        return out.joined(separator: "\n") + "\n"
    }

    private static func markdown(knowledge: Knowledge, language: Language) -> String {
        let phrases = Phrases(language: language)
        let e = MarkdownReport.escaped
        var out = ["# " + e(phrases.listingTitle(count: knowledge.questions.count, version: knowledge.version))]
        for question in knowledge.questions {
            out += ["", "## `\(question.id)` (\(question.kind.name))", "", e(question.text(language)), ""]
            out += details(question, phrases: phrases).map { "- " + e($0) }
        }
        out += ["", e(phrases.listingUsage)]
        return out.joined(separator: "\n") + "\n"
    }

    private static func html(knowledge: Knowledge, language: Language) -> String {
        let phrases = Phrases(language: language)
        let e = HTMLReport.escaped
        var out = HTMLReport.pageStart(
            language: language,
            title: phrases.listingTitle(count: knowledge.questions.count, version: knowledge.version),
            viewport: false, style: HTMLReport.style)
        for question in knowledge.questions {
            out.append("<h2><code>" + e(question.id) + "</code> (" + e(question.kind.name) + ")</h2>")
            out.append("<p>" + e(question.text(language)) + "</p>")
            out.append(
                "<ul>\n" + details(question, phrases: phrases).map { "<li>" + e($0) + "</li>" }.joined(separator: "\n")
                    + "\n</ul>")
        }
        out += ["<p>" + e(phrases.listingUsage) + "</p>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }
}
