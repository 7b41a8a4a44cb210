import Inference
import KnowledgeBase

/// Decides which question to ask next: only questions that can still change the outcome.
///
/// Two phases, in order:
/// 1. questions the engine reports as relevant to `archetype` (an unanswered input through
///    which some rule chain can still change it);
/// 2. once none remain (the archetype is settled), questions relevant to `form`,
///    `excluded-form` or `signal`.
///
/// The gate of the readiness check (``ReadinessCheck/gateID``) is never proposed: the person
/// turns the check on before the interview, or it stays off.
///
/// In both phases a question is skipped when it is answered or its `applies-when` does not
/// hold (with ``includesUndecided``: when it can no longer hold); candidates are taken in
/// knowledge order. When neither phase has a candidate, the interview is over.
struct QuestionPlanner {
    /// The state the plan is made for.
    let session: Session
    /// Question ids never to propose (for example ones already reported missing).
    var skipping: Set<String> = []
    /// Whether a question whose `applies-when` depends on answers not given yet is a candidate
    /// (for listing every missing answer at once, see ``MissingAnswers``); the interview asks
    /// only questions that apply now.
    var includesUndecided = false
    /// The only questions that may be proposed, or `nil` for every question (the readiness
    /// subcommand asks only the check's questions).
    var only: Set<String>? = nil

    /// The goal attributes of the second phase.
    static let formGoals: [DerivedAttribute] = [.form, .excludedForm, .signal]

    /// The unanswered, applicable questions relevant to any of `goals`, in knowledge order.
    ///
    /// The relevance analysis, the expensive part, runs only when some question is still
    /// unanswered (and not skipped): with every answer given, nothing is analysed.
    func candidates(for goals: [DerivedAttribute]) -> [Question] {
        let unanswered = unansweredQuestions()
        guard !unanswered.isEmpty else { return [] }
        var relevant: Set<String> = []
        for goal in goals {
            relevant.formUnion(session.engine.relevance(goal: goal.rawValue))
        }
        return unanswered.filter { relevant.contains($0.id) && isOpen($0) }
    }

    /// The questions that may still be proposed as far as the answers go: unanswered, not
    /// skipped, not the readiness gate, and among ``only``.
    private func unansweredQuestions() -> [Question] {
        session.knowledge.questions.filter { question in
            question.id != ReadinessCheck.gateID
                && (only?.contains(question.id) ?? true)
                && !skipping.contains(question.id)
                && session.answers.answers[question.id] == nil
        }
    }

    /// Whether `question` may be proposed as far as its `applies-when` goes.
    private func isOpen(_ question: Question) -> Bool {
        guard includesUndecided else { return session.applies(question) }
        return Applicability(session: session).truth(of: question) != .fails
    }

    /// The question to ask next, or `nil` when nothing relevant remains.
    func next() -> Question? {
        candidates(for: [.archetype]).first ?? candidates(for: Self.formGoals).first
    }

    /// About how many questions are still to come (both phases together): every unanswered
    /// question that can still change the outcome, weighted by the chance that its
    /// `applies-when` will hold (``ApplicabilityEstimate``), rounded.
    ///
    /// - Complexity: One relevance query per goal, plus one estimate per question.
    func remainingCount() -> Int {
        let unanswered = unansweredQuestions()
        guard !unanswered.isEmpty else { return 0 }
        var relevant: Set<String> = []
        for goal in [DerivedAttribute.archetype] + Self.formGoals {
            relevant.formUnion(session.engine.relevance(goal: goal.rawValue))
        }
        let estimate = ApplicabilityEstimate(session: session)
        let expected = unanswered.reduce(0.0) { sum, question in
            relevant.contains(question.id) ? sum + estimate.probability(of: question) : sum
        }
        return Int(expected.rounded())
    }
}
