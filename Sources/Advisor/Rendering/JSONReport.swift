import JSON
import KnowledgeBase

/// The recommendation as exactly one JSON object (pretty-printed, two-space indent, keys in the
/// order below, numbers rounded to two decimals), byte-stable for the same input.
///
/// Schema:
///
/// ```
/// {
///   "archetype": {"id": "functioneel", "name": "Functioneel samenwerken", "confidence": 0.72} | null,
///   "archetypes": [{"id": "functioneel", "score": 0.72}, …],        // all four, score desc, ties in knowledge order
///   "tussenvorm": {"id": "transactioneel", "score": 0.61, "tips": [FLIP, …]} | null,
///   "position": {"intent": -0.62, "nature": 0.4},                    // intent: -1 verbeteren … +1 vernieuwen;
///                                                                    // nature: -1 uitwisselen … +1 delen
///   "reframing": "Eigenlijk zijn jullie bezig met: functioneel samenwerken",
///   "agreements": [{"id": "dvo-sla", "label": "…"}, …],
///   "forms": [{"id": "stichting", "name": "…", "fit": 0.65,
///              "reasons": [{"rule": "fit/stichting/functioneel", "because": "…", "contribution": 0.65}, …]}, …],
///                                                                    // not excluded, fit desc, ties in knowledge order
///   "excluded_forms": [{"id": "maatschap", "name": "…", "reasons": [REASON, …]}, …],   // knowledge order
///   "chosen_form": {"id": "stichting", "name": "…", "verdict": "fits" | "heavier" | "lighter" | "poor" | "excluded",
///                   "reasons": [REASON, …]} | null,                  // the form named in welke-vorm; null for none;
///                                                                    // reasons: the requirements that excluded it
///   "signals": [{"id": "wgr", "title": "…", "text": "…"}, …],        // knowledge order
///   "flips": [FLIP, …],                                              // every flip, the deciding questions first
///   "trace": [{"rule": "…", "because": "…",
///              "concluded": [{"attribute": "intent", "value": "verbeteren", "certainty": 0.6}, …]}, …],  // firing order
///   "answers": {"question-id": ANSWER, …},                           // answers that took effect, knowledge order
///   "asked": 7,                                                      // number of answers that took effect
///   "ignored": ["question-id", …],                                   // answered, but the question does not apply
///   "knowledge_version": "2026.1.0",
///   "language": "nl",
///   "partner": "Gemeente Oost"                                       // only when given
/// }
/// FLIP   = {"question": "samen-aanbieden", "given": ANSWER, "alternative": ANSWER, "archetype": "ondernemend" | null, "score": 0.72}
/// ANSWER = "option-id" | ["option-id", …] | true | false | number    // as in an answers file
/// ```
///
/// `because`, `name`, `label`, `title`, `text` and `reframing` are in the report's language.
/// `contribution` and `certainty` are the evidence a rule added (-1…1, negative is evidence against).
struct JSONReport {
    let recommendation: Recommendation
    let knowledge: Knowledge
    let language: Language

    /// `value` rounded to two decimals, without negative zero.
    static func rounded(_ value: Double) -> JSONValue {
        guard value.isFinite else { return .number(0) }
        let hundredths = (value * 100).rounded()
        return .number(hundredths == 0 ? 0 : hundredths / 100)
    }

    /// An answer in answers-file notation.
    static func json(_ answer: Answer) -> JSONValue {
        switch answer {
        case .option(let id): return .string(id)
        case .options(let ids): return .array(ids.map { .string($0) })
        case .boolean(let flag): return .bool(flag)
        case .number(let number): return .number(Double(number))
        }
    }

    /// The object, serialised, ending with a newline.
    func render() -> String {
        value().serialized(pretty: true) + "\n"
    }

    /// The object.
    func value() -> JSONValue {
        let narrative = TraceNarrative(knowledge: knowledge, language: language)
        let phrases = Phrases(language: language)
        // By id through the knowledge's index (the first declaration with the id, as a search would find).
        let archetypeName = { (id: String) -> String in knowledge.archetype(id)?.name(language) ?? id }
        let formName = { (id: String) -> String in knowledge.form(id)?.name(language) ?? id }
        let r = recommendation
        let reasons = { (reasons: [Recommendation.Reason]) -> JSONValue in
            .array(
                reasons.map { reason in
                    .object(
                        JSONObject([
                            ("rule", .string(reason.rule)),
                            ("because", .string(narrative.because(reason.rule))),
                            ("contribution", Self.rounded(reason.contribution)),
                        ]))
                })
        }
        let flip = { (flip: Recommendation.Flip) -> JSONValue in
            .object(
                JSONObject([
                    ("question", .string(flip.question)),
                    ("given", Self.json(flip.given)),
                    ("alternative", Self.json(flip.alternative)),
                    ("archetype", flip.archetype.map { .string($0) } ?? .null),
                    ("score", Self.rounded(flip.score)),
                ]))
        }
        var object = JSONObject()
        object["archetype"] =
            r.archetype.map { scored in
                .object(
                    JSONObject([
                        ("id", .string(scored.id)),
                        ("name", .string(archetypeName(scored.id))),
                        ("confidence", Self.rounded(scored.score)),
                    ]))
            } ?? .null
        object["archetypes"] = .array(
            r.archetypes.map { scored in
                .object(JSONObject([("id", .string(scored.id)), ("score", Self.rounded(scored.score))]))
            })
        object["tussenvorm"] =
            r.tussenvorm.map { runnerUp in
                .object(
                    JSONObject([
                        ("id", .string(runnerUp.archetype)),
                        ("score", Self.rounded(runnerUp.score)),
                        ("tips", .array(runnerUp.tips.map(flip))),
                    ]))
            } ?? .null
        object["position"] = .object(
            JSONObject([
                ("intent", Self.rounded(r.intent)), ("nature", Self.rounded(r.nature)),
            ]))
        object["reframing"] = .string(phrases.reframing(r.archetype.map { archetypeName($0.id) }))
        object["agreements"] = .array(
            r.agreements.map { id in
                .object(
                    JSONObject([
                        ("id", .string(id)),
                        ("label", .string(knowledge.agreement(id)?.label(language) ?? id)),
                    ]))
            })
        object["forms"] = .array(
            r.forms.map { form in
                .object(
                    JSONObject([
                        ("id", .string(form.id)),
                        ("name", .string(formName(form.id))),
                        ("fit", Self.rounded(form.fit)),
                        ("reasons", reasons(form.reasons)),
                    ]))
            })
        object["excluded_forms"] = .array(
            r.excludedForms.map { form in
                .object(
                    JSONObject([
                        ("id", .string(form.id)), ("name", .string(formName(form.id))),
                        ("reasons", reasons(form.reasons)),
                    ]))
            })
        object["chosen_form"] =
            r.chosenForm.map { chosen in
                .object(
                    JSONObject([
                        ("id", .string(chosen.id)),
                        ("name", .string(formName(chosen.id))),
                        ("verdict", .string(chosen.verdict.rawValue)),
                        ("reasons", reasons(chosen.reasons)),
                    ]))
            } ?? .null
        object["signals"] = .array(
            r.signals.map { id in
                let signal = knowledge.signal(id)
                return .object(
                    JSONObject([
                        ("id", .string(id)),
                        ("title", .string(signal?.title(language) ?? id)),
                        ("text", .string(signal?.text(language) ?? "")),
                    ]))
            })
        object["flips"] = .array(r.flips.map(flip))
        object["trace"] = .array(
            r.trace.map { step in
                .object(
                    JSONObject([
                        ("rule", .string(step.rule)),
                        ("because", .string(narrative.because(step.rule))),
                        (
                            "concluded",
                            .array(
                                step.concluded.map { conclusion in
                                    .object(
                                        JSONObject([
                                            ("attribute", .string(conclusion.attribute)),
                                            ("value", .string(conclusion.value)),
                                            ("certainty", Self.rounded(conclusion.contribution)),
                                        ]))
                                })
                        ),
                    ]))
            })
        object["answers"] = .object(
            JSONObject(r.applied.compactMap { id in r.answers[id].map { (id, Self.json($0)) } }))
        object["asked"] = .number(Double(r.asked))
        object["ignored"] = .array(r.ignored.map { .string($0) })
        object["knowledge_version"] = .string(r.knowledgeVersion)
        object["language"] = .string(language.rawValue)
        if let partner = r.partner { object["partner"] = .string(partner) }
        return .object(object)
    }
}
