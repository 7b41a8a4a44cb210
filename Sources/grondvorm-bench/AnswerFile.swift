import JSON

/// Builds an answers file for `grondvorm advise --answers FILE` from the output of
/// `grondvorm questions --format json`, so the consultation benchmark never goes stale
/// when the knowledge base changes.
///
/// Every question is answered with its first option (`one-of`), a list of its first
/// option (`many-of`), `true` (`yes-no`) or its minimum (`scale`). Answers to questions that
/// do not apply are accepted and ignored by the advisor, so answering all of them is valid.
enum AnswerFile {
    /// The answers file for the questions JSON in `bytes` (read from `path`).
    ///
    /// - Throws: ``BenchError/malformed(path:line:column:message:)`` for bad JSON and
    ///   ``BenchError/wrongStructure(path:message:)`` for JSON that is not a question list.
    static func answers(forQuestions bytes: [UInt8], path: String) throws(BenchError) -> String {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw .malformed(path: path, line: error.line, column: error.column, message: error.message)
        }
        guard let questions = root.objectValue?["questions"]?.arrayValue else {
            throw .wrongStructure(path: path, message: "expected an object with a 'questions' array")
        }
        var answers = JSONObject()
        for (index, question) in questions.enumerated() {
            guard let object = question.objectValue, let id = object["id"]?.stringValue,
                let kind = object["kind"]?.stringValue
            else {
                throw .wrongStructure(path: path, message: "question \(index + 1) needs string 'id' and 'kind'")
            }
            let firstOption = object["options"]?.arrayValue?.first?.objectValue?["id"]?.stringValue
            switch kind {
            case "one-of", "many-of":
                guard let firstOption else {
                    throw .wrongStructure(path: path, message: "question '\(id)' has no options")
                }
                answers[id] = kind == "one-of" ? .string(firstOption) : .array([.string(firstOption)])
            case "yes-no":
                answers[id] = .bool(true)
            case "scale":
                guard let minimum = object["min"]?.numberValue else {
                    throw .wrongStructure(path: path, message: "scale question '\(id)' has no 'min'")
                }
                answers[id] = .number(minimum)
            default:
                throw .wrongStructure(path: path, message: "question '\(id)' has unknown kind '\(kind)'")
            }
        }
        return JSONValue.object(JSONObject([("answers", .object(answers))])).serialized() + "\n"
    }
}
