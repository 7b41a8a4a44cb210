import JSON

/// Checks a `--format json` report against the documented schema; returns every problem found.
public enum ReportSchema {
    static let archetypeIDs: Set<String> = ["transactioneel", "functioneel", "verkennend", "ondernemend"]

    /// The problems with `text` as a report: it must be exactly one JSON object (plus a final
    /// newline) with the required fields.
    /// Every way `text` departs from the report schema; empty when it conforms.
    public static func problems(in text: String, knowledgeVersion: String) -> [String] {
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            return ["not one JSON value: \(error)"]
        }
        guard let object = value.objectValue else { return ["not an object but \(value.typeName)"] }
        var problems: [String] = []
        func require(_ condition: Bool, _ message: @autoclosure () -> String) {
            if !condition { problems.append(message()) }
        }
        for key in [
            "archetype", "archetypes", "position", "forms", "agreements", "signals", "flips", "trace", "asked",
            "knowledge_version",
        ] {
            require(object[key] != nil, "missing '\(key)'")
        }

        let ranking = object["archetypes"]?.arrayValue ?? []
        let ids = ranking.compactMap { $0.objectValue?["id"]?.stringValue }
        let scores = ranking.compactMap { $0.objectValue?["score"]?.numberValue }
        require(
            ranking.count == 4 && Set(ids) == archetypeIDs && scores.count == 4, "archetypes: not all four with scores")
        require(scores == scores.sorted(by: >), "archetypes not sorted by score: \(scores)")

        switch object["archetype"] {
        case .null?: break
        case .object(let archetype)?:
            let id = archetype["id"]?.stringValue ?? ""
            require(archetypeIDs.contains(id), "archetype id '\(id)'")
            require(id == ids.first, "archetype '\(id)' is not the highest scored '\(ids.first ?? "")'")
            let confidence = archetype["confidence"]?.numberValue ?? -1
            require((0...1).contains(confidence), "archetype confidence \(confidence)")
        default: problems.append("archetype is neither an object nor null")
        }

        let position = object["position"]?.objectValue
        for axis in ["intent", "nature"] {
            let number = position?[axis]?.numberValue ?? 99
            require((-1...1).contains(number), "position.\(axis) \(number)")
        }

        let forms = object["forms"]?.arrayValue ?? []
        let fits = forms.compactMap { $0.objectValue?["fit"]?.numberValue }
        require(fits.count == forms.count, "a form without fit")
        require(fits == fits.sorted(by: >), "forms not sorted by fit: \(fits)")
        for form in forms {
            require(form.objectValue?["id"]?.stringValue != nil, "a form without id")
            require(form.objectValue?["reasons"]?.arrayValue != nil, "a form without reasons")
        }
        switch object["chosen_form"] {
        case nil, .null?: break
        case .object(let chosen)?:
            let verdicts: Set<String> = ["fits", "heavier", "lighter", "poor", "excluded"]
            let verdict = chosen["verdict"]?.stringValue ?? ""
            require(chosen["id"]?.stringValue != nil, "chosen_form without id")
            require(verdicts.contains(verdict), "chosen_form verdict '\(verdict)'")
            let reasons = chosen["reasons"]?.arrayValue
            require(reasons != nil, "chosen_form without reasons")
            require(
                (verdict == "excluded") == !(reasons ?? []).isEmpty,
                "chosen_form has reasons exactly when it is excluded, not so for '\(verdict)'")
        default: problems.append("chosen_form is neither an object nor null")
        }
        for key in ["agreements", "signals", "flips"] {
            require(object[key]?.arrayValue != nil, "'\(key)' is not an array")
        }
        for step in object["trace"]?.arrayValue ?? [] {
            let step = step.objectValue
            require(
                step?["rule"]?.stringValue != nil && step?["because"]?.stringValue != nil
                    && step?["concluded"]?.arrayValue != nil, "a trace step without rule, because or concluded")
        }
        let asked = object["asked"]?.numberValue ?? -1
        require(asked >= 0 && asked == asked.rounded(), "asked \(asked)")
        require(
            object["knowledge_version"]?.stringValue == knowledgeVersion,
            "knowledge_version \(String(describing: object["knowledge_version"]))")
        require(text.hasSuffix("}\n"), "does not end with '}' and a newline")
        return problems
    }
}
