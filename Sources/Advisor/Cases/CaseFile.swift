import JSON
public import KnowledgeBase
import Utilities

/// Reads the case files of the knowledge case suite (`Knowledge/cases/*.json`).
///
/// One file holds one case:
///
/// ```
/// {
///   "id": "verpakkingsconvenant",            the file's name without ".json"
///   "sector": "bedrijfsleven",
///   "title": "…", "description": "…", "source": "…",
///   "expected": "verkennend",                an archetype id
///   "tussenvorm": null,                      or a second archetype id
///   "rationale": "…",                        optional
///   "forbidden_forms": ["bv-nv-joint-venture"],
///   "signals": ["mededinging"],
///   "specialist_notes": "…",                 optional
///   "answers": {"question-id": ANSWER, …},   the plain variant, as in an answers file
///   "variants": {"surface": {…}, "unknown": {…}}   answers that replace the plain ones
/// }
/// ```
public enum CaseFile {
    /// The variants every case must have besides `plain`.
    public static let requiredVariants = ["surface", "unknown"]

    private static let requiredKeys = [
        "id", "sector", "title", "description", "source", "expected", "forbidden_forms", "signals", "answers",
        "variants",
    ]
    private static let optionalKeys = ["tussenvorm", "rationale", "specialist_notes"]

    /// Reads every case file, checking each against `knowledge`.
    ///
    /// - Parameters:
    ///   - files: The files' paths (as shown in messages) and bytes, in the suite's order.
    ///   - knowledge: The knowledge base whose questions, archetypes, forms and signals the cases
    ///     name.
    /// - Returns: The cases, in the order of `files`.
    /// - Throws: Every problem of every file, in file order.
    public static func read(
        _ files: [(path: String, bytes: [UInt8])], knowledge: Knowledge
    ) throws(CaseSuiteError) -> [KnowledgeCase] {
        var cases: [KnowledgeCase] = []
        var problems: [CaseFileProblem] = []
        var firstPath: [String: String] = [:]
        for file in files {
            switch read(file.bytes, path: file.path, knowledge: knowledge) {
            case .success(let found):
                if let earlier = firstPath[found.id] {
                    problems.append(.duplicateID(path: file.path, id: found.id, firstPath: earlier))
                } else {
                    firstPath[found.id] = file.path
                    cases.append(found)
                }
            case .failure(let found):
                problems += found.problems
            }
        }
        guard problems.isEmpty else { throw CaseSuiteError(problems: problems) }
        return cases
    }

    /// Reads one case file.
    static func read(_ bytes: [UInt8], path: String, knowledge: Knowledge) -> Result<KnowledgeCase, CaseSuiteError> {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            return .failure(
                CaseSuiteError(problems: [
                    .malformedJSON(path: path, line: error.line, column: error.column, message: error.message)
                ]))
        }
        guard let object = value.objectValue else {
            return .failure(CaseSuiteError(problems: [.notAnObject(path: path)]))
        }
        var reader = Reader(path: path, object: object, knowledge: knowledge)
        let found = reader.read()
        guard let found, reader.problems.isEmpty else { return .failure(CaseSuiteError(problems: reader.problems)) }
        return .success(found)
    }

    /// The state of reading one file: its object and the problems found so far.
    private struct Reader {
        let path: String
        let object: JSONObject
        let knowledge: Knowledge
        var problems: [CaseFileProblem] = []

        init(path: String, object: JSONObject, knowledge: Knowledge) {
            self.path = path
            self.object = object
            self.knowledge = knowledge
        }

        mutating func read() -> KnowledgeCase? {
            let known = CaseFile.requiredKeys + CaseFile.optionalKeys
            for key in object.keys where !known.contains(key) {
                problems.append(
                    .unknownKey(path: path, key: key, suggestion: Suggestion.closest(to: key, among: known)))
            }
            let id = string("id")
            if let id, !path.hasSuffix("/" + id + ".json"), path != id + ".json" {
                problems.append(.idDoesNotMatchFileName(path: path, id: id))
            }
            let sector = string("sector")
            let title = string("title")
            let description = string("description")
            let source = string("source")
            let expected = archetype("expected")
            let tussenvorm = object["tussenvorm"].flatMap { $0 == .null ? nil : archetype("tussenvorm") }
            if object["rationale"] != nil { _ = string("rationale") }
            if object["specialist_notes"] != nil { _ = string("specialist_notes") }
            let path = self.path
            let forms = ids("forbidden_forms", known: knowledge.forms.map(\.id)) { id, suggestion in
                .unknownForm(path: path, id: id, suggestion: suggestion)
            }
            let signals = ids("signals", known: knowledge.signals.map(\.id)) { id, suggestion in
                .unknownSignal(path: path, id: id, suggestion: suggestion)
            }
            let plain = answers(object["answers"], key: "answers", variant: "plain")
            let variants = otherVariants(plain)
            guard let id, let sector, let title, let description, let source, let expected, let forms, let signals,
                let plain, let variants
            else { return nil }
            return KnowledgeCase(
                id: id, path: path, sector: sector, title: title, description: description, source: source,
                expected: expected, tussenvorm: tussenvorm, forbiddenForms: forms, signals: signals,
                variants: [KnowledgeCase.Variant(name: "plain", answers: plain)] + variants)
        }

        private mutating func string(_ key: String) -> String? {
            guard let value = object[key] else {
                problems.append(.missingKey(path: path, key: key))
                return nil
            }
            guard let text = value.stringValue else {
                problems.append(.wrongType(path: path, key: key, expected: "a string"))
                return nil
            }
            return text
        }

        private mutating func archetype(_ key: String) -> String? {
            guard let id = string(key) else { return nil }
            let known = knowledge.archetypes.map(\.id)
            guard known.contains(id) else {
                problems.append(
                    .unknownArchetype(
                        path: path, key: key, id: id, suggestion: Suggestion.closest(to: id, among: known)))
                return nil
            }
            return id
        }

        private mutating func ids(
            _ key: String, known: [String], unknown: (String, String?) -> CaseFileProblem
        ) -> [String]? {
            guard let value = object[key] else {
                problems.append(.missingKey(path: path, key: key))
                return nil
            }
            guard let items = value.arrayValue, items.allSatisfy({ $0.stringValue != nil }) else {
                problems.append(.wrongType(path: path, key: key, expected: "a list of strings"))
                return nil
            }
            let ids = items.compactMap(\.stringValue)
            var ok = true
            for id in ids where !known.contains(id) {
                problems.append(unknown(id, Suggestion.closest(to: id, among: known)))
                ok = false
            }
            return ok ? ids : nil
        }

        /// The answers in `value`, checked against the questions; `variant` names them in messages.
        private mutating func answers(_ value: JSONValue?, key: String, variant: String) -> AnswerSet? {
            guard let value else {
                problems.append(.missingKey(path: path, key: key))
                return nil
            }
            guard let object = value.objectValue else {
                problems.append(.wrongType(path: path, key: key, expected: "an object from question id to answer"))
                return nil
            }
            let source = "\(path) (\(variant))"
            var set = AnswerSet()
            var ok = true
            for pair in object.pairs {
                guard let question = knowledge.question(pair.key) else {
                    problems.append(
                        .answer(
                            .unknownQuestion(
                                source: source, id: pair.key,
                                suggestion: Suggestion.closest(to: pair.key, among: knowledge.questions.map(\.id)))))
                    ok = false
                    continue
                }
                switch AnswerValue(pair.value).answer(to: question, source: source) {
                case .success(let answer): set.answers[question.id] = answer
                case .failure(let found):
                    problems += found.problems.map(CaseFileProblem.answer)
                    ok = false
                }
            }
            return ok ? set : nil
        }

        /// The variants besides `plain`: the plain answers with the variant's answers replacing them.
        private mutating func otherVariants(_ plain: AnswerSet?) -> [KnowledgeCase.Variant]? {
            guard let value = object["variants"] else {
                problems.append(.missingKey(path: path, key: "variants"))
                return nil
            }
            guard let variants = value.objectValue else {
                problems.append(
                    .wrongType(path: path, key: "variants", expected: "an object from variant name to answers"))
                return nil
            }
            for name in CaseFile.requiredVariants where variants[name] == nil {
                problems.append(.missingVariant(path: path, name: name))
            }
            var result: [KnowledgeCase.Variant] = []
            for pair in variants.pairs {
                guard let overrides = answers(pair.value, key: "variants", variant: pair.key), let plain else {
                    continue
                }
                var merged = plain
                for (question, answer) in overrides.answers { merged.answers[question] = answer }
                result.append(KnowledgeCase.Variant(name: pair.key, answers: merged))
            }
            return result.count == variants.pairs.count ? result : nil
        }
    }
}
