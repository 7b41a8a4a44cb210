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
            let plan = MissingAnswers(knowledge: knowledge, answers: settings.answers)
            guard plan.missing.isEmpty else { return .missing(plan.missing) }
            recorder?.record(plan.answers)
            let recommendation = RecommendationBuilder(knowledge: knowledge).recommendation(
                for: plan.answers, session: plan.session)
            return .report(ReportRenderer(knowledge: knowledge, settings: settings).render(recommendation))
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
        Consultation.report(knowledge: knowledge, answers: answers, settings: settings)
    }
}
