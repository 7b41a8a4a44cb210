import Inference
import KnowledgeBase

/// One run of ``Consultation/run(knowledge:settings:conversation:)``.
struct ConsultationRun {
    let knowledge: Knowledge
    let settings: ConsultationSettings
    let conversation: any Conversation
    let recorder: (any AnswerRecorder)?

    func run() -> Consultation.Outcome {
        switch settings.mode {
        case .noPrompt:
            let plan = MissingAnswers(
                knowledge: knowledge, answers: settings.scoped(settings.answers, in: knowledge),
                only: settings.askable(in: knowledge))
            guard plan.missing.isEmpty else { return .missing(plan.missing) }
            recorder?.record(plan.answers)
            switch settings.scope {
            case .advice:
                let recommendation = RecommendationBuilder(knowledge: knowledge).recommendation(
                    for: plan.answers, session: plan.session)
                return .report(ReportRenderer(knowledge: knowledge, settings: settings).render(recommendation))
            case .readiness:
                return .report(report(for: plan.answers))
            }
        case .interactive, .lineByLine:
            var interview = Interview(
                knowledge: knowledge, settings: settings, conversation: conversation, recorder: recorder)
            switch interview.run() {
            case .finished(let answers):
                // A blank line ends the interview, before the report (wherever it goes).
                if interview.hasAsked { conversation.write("\n") }
                recorder?.record(answers)
                return .report(report(for: answers))
            case .stopped:
                return .stopped
            case .inputEnded(let question):
                return .inputEnded(question)
            }
        }
    }

    private func report(for answers: AnswerSet) -> String {
        switch settings.scope {
        case .advice:
            return Consultation.report(knowledge: knowledge, answers: answers, settings: settings)
        case .readiness:
            guard let check = ReadinessCheck(knowledge: knowledge) else {
                return Consultation.report(knowledge: knowledge, answers: answers, settings: settings)
            }
            let result = check.result(for: answers, knowledge: knowledge)
            return ReadinessReport(result: result, knowledge: knowledge, settings: settings).render()
        }
    }
}
