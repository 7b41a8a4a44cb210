/// What the check of the five conditions found for one set of answers: the check's answers
/// that took effect and the signals its rules raised, with the rules that raised them.
///
/// Holds ids and answers only; ``ReadinessReport`` resolves them to texts in one language.
public struct ReadinessResult: Sendable, Hashable {
    /// One answer to a question of the check.
    public struct Answered: Sendable, Hashable {
        /// The question's id.
        public let question: String
        /// The answer.
        public let answer: Answer
    }

    /// A signal raised by the check's rules.
    public struct Finding: Sendable, Hashable {
        /// The signal's id.
        public let signal: String
        /// The rules of the check that raised it, in the order they fired.
        public let rules: [String]
    }

    /// The partner whose answers these are, if named.
    public let partner: String?
    /// The check's answers that took effect, in knowledge order.
    public let answers: [Answered]
    /// The signals, in the order of the check's questions that raised them (see
    /// ``ReadinessCheck/result(for:knowledge:)``).
    public let findings: [Finding]
    /// The version of the knowledge base.
    public let knowledgeVersion: String
}
