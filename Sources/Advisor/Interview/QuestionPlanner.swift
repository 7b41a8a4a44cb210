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
/// In both phases a question is skipped when it is answered or its `applies-when` does not
/// hold; candidates are taken in knowledge order. When neither phase has a candidate, the
/// interview is over.
struct QuestionPlanner {
    /// The state the plan is made for.
    let session: Session
    /// Question ids never to propose (for example ones already reported missing).
    var skipping: Set<String> = []

    /// The goal attributes of the second phase.
    static let formGoals: [DerivedAttribute] = [.form, .excludedForm, .signal]

    /// The unanswered, applicable questions relevant to any of `goals`, in knowledge order.
    func candidates(for goals: [DerivedAttribute]) -> [Question] {
        var relevant: Set<String> = []
        for goal in goals {
            relevant.formUnion(session.engine.relevance(goal: goal.rawValue))
        }
        return session.knowledge.questions.filter { question in
            relevant.contains(question.id)
                && !skipping.contains(question.id)
                && session.answers.answers[question.id] == nil
                && session.applies(question)
        }
    }

    /// The question to ask next, or `nil` when nothing relevant remains.
    func next() -> Question? {
        candidates(for: [.archetype]).first ?? candidates(for: Self.formGoals).first
    }

    /// How many questions currently look worth asking (both phases together).
    func remainingCount() -> Int {
        var ids = Set(candidates(for: [.archetype]).map(\.id))
        ids.formUnion(candidates(for: Self.formGoals).map(\.id))
        return ids.count
    }
}
