import KnowledgeBase

/// The state of one running consultation (interview plus report).
struct ConsultationRun {
    let knowledge: Knowledge
    let settings: ConsultationSettings
    let console: any Console

    func run() -> ExitCode {
        let report = Consultation.report(knowledge: knowledge, answers: settings.answers, settings: settings)
        console.write(report)
        return .success
    }
}
