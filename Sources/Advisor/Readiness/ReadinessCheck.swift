import Inference
public import KnowledgeBase

/// The optional check of the five conditions (ambition, interests, relations, organisation,
/// process; domain.md 4.1): which questions belong to it, in a given knowledge base.
///
/// The check is knowledge like everything else: its questions, signals and rules are written in
/// the knowledge base (`Knowledge/readiness.gvk`). What makes a question part of it is its
/// `applies-when`: it reads the *gate*, the yes-no question ``gateID``. The interview never asks
/// the gate itself; the person turns the check on (`advise --readiness`, the `readiness`
/// subcommand, or `"voorwaarden-nalopen": true` in an answers file), so a consultation without it
/// asks and reports exactly what it did before.
public struct ReadinessCheck: Sendable {
    /// The id of the yes-no question that turns the check on.
    public static let gateID = "voorwaarden-nalopen"

    /// The gate question.
    public let gate: Question
    /// The check's questions (those whose `applies-when` reads the gate), in knowledge order.
    public let questions: [Question]

    /// The check in `knowledge`, or `nil` when it has no yes-no question ``gateID`` or no
    /// question depends on it.
    ///
    /// - Complexity: O(q × c) for q questions with conditions of c leaves.
    public init?(knowledge: Knowledge) {
        guard let gate = knowledge.question(Self.gateID), case .yesNo = gate.kind else { return nil }
        let questions = knowledge.questions.filter { question in
            question.appliesWhen?.attributes.contains(Self.gateID) ?? false
        }
        guard !questions.isEmpty else { return nil }
        self.gate = gate
        self.questions = questions
    }

    /// `answers` with the check turned on: the gate answered yes.
    public func turnedOn(_ answers: AnswerSet) -> AnswerSet {
        var answers = answers
        answers.answers[Self.gateID] = .boolean(true)
        return answers
    }
}
