import JSON
import KnowledgeBase

/// The comparison as exactly one JSON object (pretty-printed, keys in the order below, numbers
/// rounded to two decimals), byte-stable for the same input.
///
/// ```
/// {
///   "partners": [{"name", "mark": "A", "archetype": id | null, "confidence": 0.55,
///                 "position": {"intent", "nature"}}],                    // in the order given
///   "divergences": [{"question": id,
///                    "answers": {partner: ANSWER | null},                 // partner order; null: none or does not apply
///                    "moves": ["intent" | "nature" | "archetype" | "forms" | "signals"],
///                    "effects": [{"partner", "answer_of": [partner], "answer": ANSWER | null,
///                                 "moves": [...], "archetype": id | null}]}],   // knowledge order
///   "shared": {"answers": {question: ANSWER}, "archetype": id | null, "intent": pole | null,
///              "nature": pole | null, "forms": [id], "agreements": [id], "signals": [id]},
///   "spraakverwarring": {"level": "none" | "some" | "serious",
///                        "findings": [{"rule", "level", "source", "first": [partner], "second": [partner], "text"}]},
///   "conversation_starters": [text],
///   "recommendation": {"joint": true, "archetype": id, "forms": [id], "agreements": [id]}
///                   | {"joint": false, "settle_first": [{"finding": rule} | {"archetypes": true} | {"question": id}], "text": [text]},
///   "knowledge_version", "language"
/// }
/// ```
///
/// A "moves" entry is there only when recomputing that partner's consultation with the other
/// partner's answer to the question changed that conclusion (see ``ConclusionKind``).
struct ComparisonJSONReport {
    let result: ComparisonResult
    let knowledge: Knowledge
    let language: Language

    /// The object, serialised, ending with a newline.
    func render() -> String {
        value().serialized(pretty: true) + "\n"
    }

    /// The object.
    func value() -> JSONValue {
        let content = ComparisonContent(result, knowledge: knowledge, language: language)
        let answer = { (answer: Answer?) -> JSONValue in answer.map(JSONReport.json) ?? .null }
        let strings = { (items: [String]) -> JSONValue in .array(items.map { .string($0) }) }
        let optional = { (text: String?) -> JSONValue in text.map { .string($0) } ?? .null }
        var object = JSONObject()
        object["partners"] = .array(
            result.partners.map { partner in
                let r = partner.recommendation
                return .object(
                    JSONObject([
                        ("name", .string(partner.name)),
                        ("mark", .string(partner.mark)),
                        ("archetype", optional(r.archetype?.id)),
                        ("confidence", JSONReport.rounded(r.archetype?.score ?? 0)),
                        (
                            "position",
                            .object(
                                JSONObject([
                                    ("intent", JSONReport.rounded(r.intent)), ("nature", JSONReport.rounded(r.nature)),
                                ]))
                        ),
                    ]))
            })
        object["divergences"] = .array(
            result.divergences.map { divergence in
                .object(
                    JSONObject([
                        ("question", .string(divergence.question)),
                        ("answers", .object(JSONObject(divergence.answers.map { ($0.partner, answer($0.answer)) }))),
                        ("moves", strings(divergence.moves.map(\.rawValue))),
                        (
                            "effects",
                            .array(
                                divergence.effects.map { effect in
                                    .object(
                                        JSONObject([
                                            ("partner", .string(effect.partner)),
                                            ("answer_of", strings(effect.answerOf)),
                                            ("answer", answer(effect.answer)),
                                            ("moves", strings(effect.moves.map(\.rawValue))),
                                            ("archetype", optional(effect.archetype)),
                                        ]))
                                })
                        ),
                    ]))
            })
        let s = result.shared
        object["shared"] = .object(
            JSONObject([
                ("answers", .object(JSONObject(s.answers.map { ($0.question, answer($0.answer)) }))),
                ("archetype", optional(s.archetype)),
                ("intent", optional(s.intent)),
                ("nature", optional(s.nature)),
                ("forms", strings(s.forms)),
                ("agreements", strings(s.agreements)),
                ("signals", strings(s.signals)),
            ]))
        object["spraakverwarring"] = .object(
            JSONObject([
                ("level", .string(result.level.rawValue)),
                (
                    "findings",
                    .array(
                        zip(result.findings, content.findings).map { finding, item in
                            .object(
                                JSONObject([
                                    ("rule", .string(finding.rule)),
                                    ("level", .string(finding.level.rawValue)),
                                    ("source", .string(knowledge.divergence(finding.rule)?.source ?? "")),
                                    ("first", strings(finding.first)),
                                    ("second", strings(finding.second)),
                                    ("text", .string(item.text)),
                                ]))
                        })
                ),
            ]))
        object["conversation_starters"] = strings(content.starters)
        switch result.advice {
        case .joint(let archetype, let forms, let agreements):
            object["recommendation"] = .object(
                JSONObject([
                    ("joint", .bool(true)),
                    ("archetype", .string(archetype)),
                    ("forms", strings(forms)),
                    ("agreements", strings(agreements)),
                ]))
        case .settleFirst(let issues):
            object["recommendation"] = .object(
                JSONObject([
                    ("joint", .bool(false)),
                    (
                        "settle_first",
                        .array(
                            issues.map { issue in
                                switch issue {
                                case .finding(let rule): return .object(JSONObject([("finding", .string(rule))]))
                                case .archetypes: return .object(JSONObject([("archetypes", .bool(true))]))
                                case .question(let id): return .object(JSONObject([("question", .string(id))]))
                                }
                            })
                    ),
                    ("text", strings(Array(content.advice.dropFirst()))),
                ]))
        }
        object["knowledge_version"] = .string(result.knowledgeVersion)
        object["language"] = .string(language.rawValue)
        return .object(object)
    }
}
