public import KnowledgeBase

extension AnswerSet {
    /// The answers as `--answer` values (`question=value`), in the order of `questions`; the
    /// inverse of ``apply(assignment:knowledge:)``. Options of a many-of answer are joined by
    /// commas, yes-no answers are `yes` or `no`.
    ///
    /// - Complexity: O(q + total length) for q questions.
    public func assignments(in questions: [Question]) -> [String] {
        questions.compactMap { question in
            answers[question.id].map { answer in
                switch answer {
                case .option(let id): return question.id + "=" + id
                case .options(let ids): return question.id + "=" + ids.joined(separator: ",")
                case .boolean(let flag): return question.id + "=" + (flag ? "yes" : "no")
                case .number(let number): return question.id + "=" + String(number)
                }
            }
        }
    }
}
