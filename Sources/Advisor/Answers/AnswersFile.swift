import JSON
import KnowledgeBase
import Utilities

/// Reads the answers-file format into an ``AnswerSet``, collecting every problem, and writes
/// an ``AnswerSet`` in that format.
enum AnswersFile {
    /// `set` in the answers-file format, pretty-printed, ending with a newline: answers in the
    /// knowledge's question order (answers to unknown ids, which a parsed set cannot hold, after
    /// them by id), then the partner name when there is one. Reading the text back with
    /// ``read(_:source:knowledge:)`` gives `set` again.
    static func text(of set: AnswerSet, knowledge: Knowledge) -> String {
        let known = knowledge.questions.map(\.id)
        let order = known.filter { set.answers[$0] != nil } + set.answers.keys.filter { !known.contains($0) }.sorted()
        var answers = JSONObject()
        for id in order {
            if let answer = set.answers[id] { answers[id] = JSONReport.json(answer) }
        }
        var file = JSONObject()
        file["answers"] = .object(answers)
        if let partner = set.partner { file["partner"] = .string(partner) }
        return JSONValue.object(file).serialized(pretty: true) + "\n"
    }

    /// Reads `bytes` as an answers file; `source` is the name shown in problems.
    static func read(_ bytes: [UInt8], source: String, knowledge: Knowledge) -> Result<AnswerSet, AnswerError> {
        let value: JSONValue
        do {
            value = try JSONParser.parse(bytes)
        } catch {
            return .failure(
                AnswerError(
                    .malformedJSON(
                        source: source, line: error.line, column: error.column, message: error.message)))
        }
        guard let object = value.objectValue else { return .failure(AnswerError(.notAnObject(source: source))) }
        var problems: [AnswerProblem] = []
        var set = AnswerSet()
        for pair in object.pairs {
            switch pair.key {
            case "answers":
                guard let answers = pair.value.objectValue else {
                    problems.append(.answersNotAnObject(source: source))
                    continue
                }
                for answer in answers.pairs {
                    guard let question = knowledge.question(answer.key) else {
                        let suggestion = Suggestion.closest(to: answer.key, among: knowledge.questions.map(\.id))
                        problems.append(.unknownQuestion(source: source, id: answer.key, suggestion: suggestion))
                        continue
                    }
                    switch AnswerValue(answer.value).answer(to: question, source: source) {
                    case .success(let checked): set.answers[question.id] = checked
                    case .failure(let found): problems += found.problems
                    }
                }
            case "partner":
                switch pair.value {
                case .string(let name):
                    if let scalar = ControlCharacters.first(in: name) {
                        problems.append(.partnerControlCharacter(source: source, scalar: scalar))
                    } else if name.count > AnswerSet.maximumPartnerLength {
                        problems.append(.partnerTooLong(source: source, length: name.count))
                    } else {
                        set.partner = name
                    }
                case .null: set.partner = nil
                case .bool, .number, .array, .object: problems.append(.partnerNotAString(source: source))
                }
            default:
                let suggestion = Suggestion.closest(to: pair.key, among: ["answers", "partner"])
                problems.append(.unknownKey(source: source, key: pair.key, suggestion: suggestion))
            }
        }
        guard problems.isEmpty else { return .failure(AnswerError(problems: problems)) }
        return .success(set)
    }
}

extension AnswerValue {
    /// The answer value for a JSON value.
    init(_ json: JSONValue) {
        switch json {
        case .string(let text): self = .string(text)
        case .bool(let flag): self = .boolean(flag)
        case .number(let number): self = .number(number)
        case .array(let items): self = .list(items.map(AnswerValue.init))
        case .null: self = .other("null")
        case .object(let object): self = .other(JSONValue.object(object).serialized(pretty: false))
        }
    }
}
