public import KnowledgeBase

extension Consultation {
    /// How a consultation ended: with a report, or without one and why.
    ///
    /// Every case is a normal outcome, not an error; the command line decides where a report
    /// goes and which exit code each case gets.
    public enum Outcome: Sendable, Hashable {
        /// The recommendation, rendered in the requested format and language, ending with a newline.
        case report(String)
        /// The person typed `stop` (or `quit`); no advice was given.
        case stopped
        /// Input ended while this question was open.
        case inputEnded(Question)
        /// Nothing could be asked (``InputMode/noPrompt``) and these questions have no answer,
        /// in the order the interview would ask them: every question that can still apply.
        case missing([MissingAnswer])

        /// The lines that tell the person why there is no report, in `language`, each without a
        /// line ending; empty for ``report(_:)``.
        ///
        /// For ``missing(_:)``, one line per question, naming the `--answer` flag that answers it
        /// and, for a question that depends on other missing answers, when it is needed.
        ///
        /// - Parameter language: The language of the lines.
        /// - Returns: The lines, in order.
        /// - Complexity: O(*m*) for *m* missing questions.
        public func messages(in language: Language) -> [String] {
            let phrases = Phrases(language: language)
            switch self {
            case .report:
                return []
            case .stopped:
                return [phrases.stopped]
            case .inputEnded(let question):
                return [phrases.errorPrefix + phrases.inputEnded(before: question)]
            case .missing(let missing):
                return missing.map { entry in
                    phrases.errorPrefix
                        + phrases.missing(
                            entry.question, example: MissingAnswers.example(for: entry.question),
                            condition: entry.condition)
                }
            }
        }
    }
}

extension Consultation {
    /// A question without an answer, reported when nothing may be asked.
    public struct MissingAnswer: Sendable, Hashable {
        /// The question.
        public let question: Question
        /// The question's `applies-when` as written, when whether it is asked depends on other
        /// answers that are missing too; `nil` when it is needed whatever they are.
        public let condition: String?

        /// Creates an entry.
        public init(question: Question, condition: String?) {
            self.question = question
            self.condition = condition
        }
    }
}
