import Inference
import KnowledgeBase

/// Every question that still needs an answer when nothing may be asked, in one list.
///
/// Follows the interview's plan (``QuestionPlanner``) without asking: a question with a
/// default takes it, as Enter would; every other question the plan reaches is missing. The
/// missing ones are skipped so that the plan goes on to the questions after them, so the list
/// names every missing question at once, in the order the interview would ask them.
///
/// A question whose `applies-when` depends on answers that are still missing is listed too,
/// with its condition: it may or may not be asked once those answers are given. A question
/// whose `applies-when` can no longer hold is never listed (its answer would be ignored).
struct MissingAnswers {
    /// The answers with defaults filled in.
    private(set) var answers: AnswerSet
    /// The questions without an answer, in asking order.
    private(set) var missing: [Consultation.MissingAnswer] = []
    /// The session of ``answers`` (a session depends on the knowledge and the answers only, so
    /// the recommendation can start from it instead of building the same one again).
    let session: Session

    /// - Parameter only: The only questions the plan may reach (``QuestionPlanner/only``).
    init(knowledge: Knowledge, answers: AnswerSet, only: Set<String>? = nil) {
        self.answers = answers
        var skipping: Set<String> = []
        var session = Session(knowledge: knowledge, answers: answers)
        while let question = QuestionPlanner(
            session: session, skipping: skipping, includesUndecided: true, only: only
        ).next() {
            if let answer = question.defaultAnswer.flatMap({ TypedAnswer.answer(from: $0, for: question) }) {
                self.answers.answers[question.id] = answer
                session = Session(knowledge: knowledge, answers: self.answers)
            } else {
                let condition = session.applies(question) ? nil : question.appliesWhenSource
                missing.append(Consultation.MissingAnswer(question: question, condition: condition))
                skipping.insert(question.id)
            }
        }
        self.session = session
    }

    /// A value to show in `--answer ID=VALUE` for `question`: its default, else the first
    /// option (the first two non-exclusive ones for many-of), `yes`, or the scale's minimum.
    static func example(for question: Question) -> String {
        if let value = question.defaultAnswer { return value.description }
        switch question.kind {
        case .oneOf: return question.options.first?.id ?? "ID"
        case .manyOf: return question.options.filter { !$0.isExclusive }.prefix(2).map(\.id).joined(separator: ",")
        case .yesNo: return "yes"
        case .scale(let min, _): return String(min)
        }
    }
}

/// Whether a question's `applies-when` holds, cannot hold any more, or depends on answers not
/// given yet (three-valued, as Kleene's logic).
///
/// A leaf on a question without an answer that took effect (unanswered, or answered but not
/// applying yet) is undecided, unless it is the readiness check's gate (never asked, so decided
/// as it stands), or unless that question's own `applies-when` can no longer hold:
/// then it is never asked, its attribute stays unknown, and the leaf is decided as the engine
/// decides it now. Any other leaf holds when the engine scores it at or above the
/// threshold now; when it does not, it fails, unless it reads a derived attribute that an
/// unanswered question can still change (``Engine/relevance(goal:)``): then it is undecided.
/// `and`, `or` and `not` combine as in Kleene's three-valued logic.
struct Applicability {
    /// The truth of a condition: decided either way, or not yet.
    enum Truth: Hashable {
        case holds
        case fails
        case undecided
    }

    /// The state the condition is evaluated in.
    let session: Session

    /// The truth of `question`'s `applies-when`; ``Truth/holds`` without one.
    func truth(of question: Question) -> Truth {
        truth(of: question, visiting: [])
    }

    /// The truth of `condition`.
    ///
    /// - Complexity: O(size of the condition × questions).
    func truth(of condition: Condition) -> Truth {
        truth(of: condition, visiting: [])
    }

    /// The truth of `question`'s `applies-when`, with the questions whose conditions are being
    /// evaluated (a question met again counts as undecided, so a cycle cannot recurse forever).
    private func truth(of question: Question, visiting: Set<String>) -> Truth {
        guard let condition = question.appliesWhen else { return .holds }
        guard !visiting.contains(question.id) else { return .undecided }
        return truth(of: condition, visiting: visiting.union([question.id]))
    }

    private func truth(of condition: Condition, visiting: Set<String>) -> Truth {
        switch condition {
        case .all(let parts):
            let truths = parts.map { truth(of: $0, visiting: visiting) }
            if truths.contains(.fails) { return .fails }
            return truths.contains(.undecided) ? .undecided : .holds
        case .any(let parts):
            let truths = parts.map { truth(of: $0, visiting: visiting) }
            if truths.contains(.holds) { return .holds }
            return truths.contains(.undecided) ? .undecided : .fails
        case .not(let inner):
            switch truth(of: inner, visiting: visiting) {
            case .holds: return .fails
            case .fails: return .holds
            case .undecided: return .undecided
            }
        case .equals(let attribute, _), .notEquals(let attribute, _), .contains(let attribute, _),
            .compare(let attribute, _, _), .known(let attribute), .unknown(let attribute):
            let question = session.knowledge.question(attribute)
            let isQuestion = question != nil
            if let question, !session.applied.contains(attribute), question.id != ReadinessCheck.gateID,
                truth(of: question, visiting: visiting) != .fails
            {
                return .undecided
            }
            if session.engine.certainty(of: condition).value >= session.engine.threshold { return .holds }
            return !isQuestion && !session.engine.relevance(goal: attribute).isEmpty ? .undecided : .fails
        }
    }
}
