import Inference
import KnowledgeBase

/// One run of ``Consultation/run(knowledge:settings:conversation:)``.
struct ConsultationRun {
    let knowledge: Knowledge
    let settings: ConsultationSettings
    let conversation: any Conversation

    func run() -> Consultation.Outcome {
        switch settings.mode {
        case .noPrompt:
            let plan = MissingAnswers(knowledge: knowledge, answers: settings.answers)
            guard plan.missing.isEmpty else { return .missing(plan.missing) }
            return .report(report(for: plan.answers))
        case .interactive, .lineByLine:
            var interview = Interview(knowledge: knowledge, settings: settings, conversation: conversation)
            switch interview.run() {
            case .finished(let answers):
                // A blank line ends the interview, before the report (wherever it goes).
                if interview.hasAsked { conversation.write("\n") }
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

/// The relevant questions that have no answer when nothing may be asked.
///
/// Follows the interview's plan (``QuestionPlanner``) without asking: a question with a
/// default takes it, as Enter would; every other question the plan reaches is missing. The
/// missing ones are skipped so that the plan can go on to the questions after them, so the
/// list names every missing question at once, in the order the interview would ask them.
struct MissingAnswers {
    /// The answers with defaults filled in.
    private(set) var answers: AnswerSet
    /// The questions without an answer, in asking order.
    private(set) var missing: [Question] = []

    init(knowledge: Knowledge, answers: AnswerSet) {
        self.answers = answers
        var skipping: Set<String> = []
        while true {
            let planner = QuestionPlanner(
                session: Session(knowledge: knowledge, answers: self.answers), skipping: skipping)
            guard let question = planner.next() else { break }
            if let answer = question.defaultAnswer.flatMap({ TypedAnswer.answer(from: $0, for: question) }) {
                self.answers.answers[question.id] = answer
            } else {
                missing.append(question)
                skipping.insert(question.id)
            }
        }
    }

    /// A value to show in `--answer ID=VALUE` for `question`: its default, else the first
    /// option (the first two for many-of), `yes`, or the scale's minimum.
    static func example(for question: Question) -> String {
        if let value = question.defaultAnswer { return value.description }
        switch question.kind {
        case .oneOf: return question.options.first?.id ?? "ID"
        case .manyOf: return question.options.prefix(2).map(\.id).joined(separator: ",")
        case .yesNo: return "yes"
        case .scale(let min, _): return String(min)
        }
    }
}
