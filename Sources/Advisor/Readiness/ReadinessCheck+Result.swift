import Inference
public import KnowledgeBase

extension ReadinessCheck {
    /// What the check finds for `answers` (with the check turned on or not: only the answers
    /// that took effect count).
    ///
    /// A signal is a finding when a rule that reads a question of the check (or its gate) raised
    /// it with positive certainty. Findings follow the check's questions (ambition, interests,
    /// relations, organisation, process, phase): by the first question their rules read, then in
    /// knowledge order. Other rules may raise the same signal from other answers (a
    /// motive, say); those do not make it a finding of the check. A rule that needs an
    /// archetype counts only when it is the archetype the advice names (the heavier-or-lighter
    /// rules of a runner-up do not).
    ///
    /// - Complexity: One engine session for the answers, plus O(r × c) for r rules with premises
    ///   of c leaves.
    public func result(for answers: AnswerSet, knowledge: Knowledge) -> ReadinessResult {
        let session = Session(knowledge: knowledge, answers: answers)
        // Each rule of the check, with the position of the first check question it reads (the
        // gate counts as the first), so findings follow the conditions in the order asked.
        let position = Dictionary(
            uniqueKeysWithValues: ([gate.id] + questions.map(\.id)).enumerated().map { ($1, $0) })
        var rank: [String: Int] = [:]
        for rule in knowledge.engineRules {
            if let first = rule.premise.attributes.compactMap({ position[$0] }).min() { rank[rule.id] = first }
        }
        let trace = RecommendationBuilder.steps(in: session)
        // A rule that needs an archetype counts only for the one the advice names, as in the
        // advice's own signals: a runner-up's rule would contradict the headline.
        let winner = RecommendationBuilder.winner(in: session)
        func forTheAdvice(_ rule: String) -> Bool {
            guard let required = knowledge.rule(rule)?.requiredArchetypes else { return true }
            return winner.map(required.contains) ?? false
        }
        let found = knowledge.signals.enumerated().compactMap { index, signal -> (Int, Int, ReadinessResult.Finding)? in
            let reasons = RecommendationBuilder.reasons(for: .signal, value: signal.id, in: trace).filter { reason in
                reason.contribution > 0 && rank[reason.rule] != nil && forTheAdvice(reason.rule)
            }
            guard let first = reasons.compactMap({ rank[$0.rule] }).min() else { return nil }
            return (first, index, ReadinessResult.Finding(signal: signal.id, rules: reasons.map(\.rule)))
        }
        let findings = found.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
        let answered = questions.compactMap { question -> ReadinessResult.Answered? in
            guard session.isAnswered(question), let answer = answers.answers[question.id] else { return nil }
            return ReadinessResult.Answered(question: question.id, answer: answer)
        }
        return ReadinessResult(
            partner: answers.partner, answers: answered, findings: findings, knowledgeVersion: knowledge.version)
    }
}
