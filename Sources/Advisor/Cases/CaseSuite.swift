import Inference
public import KnowledgeBase

/// Runs the knowledge case suite: every variant of every case through a scripted interview,
/// then compares the advice with what the case expects.
///
/// A variant is interviewed as a person would be: the interview asks its questions in its own
/// order (``QuestionPlanner``) and each is answered from the variant's answers (a question the
/// variant leaves open takes its default, as Enter would, or is reported). The recommendation is
/// made from the answers the interview collected, exactly as after a real consultation.
public enum CaseSuite {
    /// What the suite must reach to pass.
    public struct Bar: Sendable, Hashable {
        /// The share of runs whose first archetype must be right.
        public let first: Double
        /// The share of runs whose expected archetype must be among the two best.
        public let topTwo: Double

        /// The bar of the shipped knowledge base: 95 % first, 100 % in the top two, and every
        /// rule fired in at least one run.
        public static let shipped = Bar(first: 0.95, topTwo: 1.0)
    }

    /// Runs every case.
    ///
    /// - Parameters:
    ///   - cases: The cases, in suite order.
    ///   - knowledge: The knowledge base to advise with.
    /// - Returns: One run per case and variant, in order, and the rules no run fired.
    /// - Complexity: One scripted interview per run: O(q) sessions for q questions, plus the
    ///   recommendation's flip search.
    public static func run(_ cases: [KnowledgeCase], knowledge: Knowledge) -> CaseSuiteResult {
        var runs: [CaseRun] = []
        var fired: Set<String> = []
        let recommender = RecommendationBuilder(knowledge: knowledge)
        for knowledgeCase in cases {
            for variant in knowledgeCase.variants {
                let interview = ScriptedInterview(knowledge: knowledge, answers: variant.answers)
                let recommendation = recommender.recommendation(for: interview.collected)
                for step in recommendation.trace { fired.insert(step.rule) }
                runs.append(compare(recommendation, with: knowledgeCase, variant: variant.name, interview: interview))
            }
        }
        let uncovered = knowledge.ruleBase.rules.map(\.id).filter { !fired.contains($0) }
        return CaseSuiteResult(
            runs: runs, caseCount: cases.count, ruleCount: knowledge.ruleBase.rules.count, uncoveredRules: uncovered,
            knowledgeVersion: knowledge.version)
    }

    private static func compare(
        _ recommendation: Recommendation, with knowledgeCase: KnowledgeCase, variant: String,
        interview: ScriptedInterview
    ) -> CaseRun {
        let positive = recommendation.archetypes.filter { $0.score > 0 }.map(\.id)
        let got = recommendation.archetype?.id
        var problems: [CaseRun.Problem] = []
        if got.map({ !knowledgeCase.acceptedFirst.contains($0) }) ?? true {
            problems.append(.wrongFirst(got: got))
        }
        if !positive.prefix(2).contains(knowledgeCase.expected) { problems.append(.notInTopTwo) }
        for (rank, form) in recommendation.forms.prefix(3).enumerated()
        where knowledgeCase.forbiddenForms.contains(form.id) {
            problems.append(.forbiddenForm(id: form.id, rank: rank + 1))
        }
        for signal in knowledgeCase.signals where !recommendation.signals.contains(signal) {
            problems.append(.missingSignal(id: signal))
        }
        problems += interview.unanswered.map { .unanswered(question: $0) }
        return CaseRun(
            caseID: knowledgeCase.id, variant: variant, expected: knowledgeCase.expected,
            tussenvorm: knowledgeCase.tussenvorm, got: got, runnerUp: positive.dropFirst().first,
            asked: interview.asked, firstEstimate: interview.firstEstimate, problems: problems)
    }
}

/// An interview answered from a fixed set of answers, as a person who knows them all would.
struct ScriptedInterview {
    /// The answers the interview collected, in the form the recommendation takes.
    private(set) var collected: AnswerSet
    /// The questions asked, in order.
    private(set) var asked: [String] = []
    /// Questions the interview reached that the answers leave open and that have no default.
    private(set) var unanswered: [String] = []
    /// The estimate shown with the first question (0 when nothing is asked).
    private(set) var firstEstimate = 0

    /// Runs the interview for `answers` (their partner name is kept).
    init(knowledge: Knowledge, answers: AnswerSet) {
        collected = AnswerSet(partner: answers.partner)
        // The readiness check is turned on before the interview, never asked.
        collected.answers[ReadinessCheck.gateID] = answers.answers[ReadinessCheck.gateID]
        var skipping: Set<String> = []
        var isFirst = true
        while true {
            let planner = QuestionPlanner(
                session: Session(knowledge: knowledge, answers: collected), skipping: skipping)
            if isFirst {
                firstEstimate = planner.remainingCount()
                isFirst = false
            }
            guard let question = planner.next() else { break }
            if let answer = answers.answers[question.id]
                ?? question.defaultAnswer.flatMap({ TypedAnswer.answer(from: $0, for: question) })
            {
                collected.answers[question.id] = answer
                asked.append(question.id)
            } else {
                unanswered.append(question.id)
                skipping.insert(question.id)
            }
        }
    }
}
