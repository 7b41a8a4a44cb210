import Inference
import KnowledgeBase
import Utilities

/// The conversation: asks the next relevant question until none remains.
///
/// Prompts, progress, hints and command output go to the ``Conversation``; where the person is
/// (the terminal, standard error) is the command line's decision. In ``InputMode/lineByLine``
/// every line read is echoed after its prompt, so a piped transcript reads like a typed one.
struct Interview {
    /// How the interview ended.
    enum Outcome: Hashable {
        /// Nothing relevant remains; these are the final answers.
        case finished(AnswerSet)
        /// The user typed `stop`.
        case stopped
        /// Input ended while this question was open.
        case inputEnded(Question)
    }

    let knowledge: Knowledge
    let settings: ConsultationSettings
    let conversation: any Conversation
    /// Where every change to the answers is recorded, if anywhere.
    let recorder: (any AnswerRecorder)?
    /// The answers so far (prefilled ones included).
    private(set) var answers: AnswerSet
    /// The questions answered in this interview, in order, for `terug`.
    private var history: [String] = []
    /// Whether any question was put to the user.
    private(set) var hasAsked = false

    private var phrases: Phrases { Phrases(language: settings.language) }

    init(
        knowledge: Knowledge, settings: ConsultationSettings, conversation: any Conversation,
        recorder: (any AnswerRecorder)? = nil
    ) {
        self.knowledge = knowledge
        self.settings = settings
        self.conversation = conversation
        self.recorder = recorder
        self.answers = settings.answers
    }

    /// Runs the interview to its end.
    mutating func run() -> Outcome {
        while true {
            let session = Session(knowledge: knowledge, answers: answers)
            let planner = QuestionPlanner(session: session)
            guard let question = planner.next() else { return .finished(answers) }
            if !hasAsked {
                say(phrases.interviewIntro)
                hasAsked = true
            }
            let answered = session.applied.count
            say("")
            say(phrases.progress(answered + 1, of: answered + planner.remainingCount()))
            show(question)
            switch ask(question, in: session) {
            case .answered(let answer):
                answers.answers[question.id] = answer
                history.append(question.id)
                recorder?.record(answers)
            case .back:
                recorder?.record(answers)
                continue
            case .stopped:
                return .stopped
            case .inputEnded:
                return .inputEnded(question)
            }
        }
    }

    private enum Turn {
        case answered(Answer)
        case back
        case stopped
        case inputEnded
    }

    /// Reads lines until one answers `question` (or a command ends the turn).
    private mutating func ask(_ question: Question, in session: Session) -> Turn {
        let defaultText = question.defaultAnswer
            .flatMap { TypedAnswer.answer(from: $0, for: question) }
            .map { phrases.answer($0, to: question) }
        let prompt = phrases.prompt(for: question, defaultText: defaultText) + " "
        while true {
            emit(prompt)
            guard let line = conversation.readLine() else {
                emit("\n")
                return .inputEnded
            }
            if settings.mode == .lineByLine { emit(ControlCharacters.escaped(Excerpt.of(line)) + "\n") }
            switch TypedAnswer(line, for: question, language: settings.language) {
            case .answer(let answer):
                return .answered(answer)
            case .rejected(let rejection):
                say(phrases.hint(rejection, for: question))
            case .command(.why):
                let influence = Set(session.engine.influence(of: question.id))
                say(
                    phrases.why(
                        question, influences: DerivedAttribute.allCases.filter { influence.contains($0.rawValue) }))
            case .command(.how):
                // How the leaning came about: the steps toward the ambition, the nature and the
                // archetype. Forms, agreements and signals follow from the archetype and are in the
                // report (all of them with --trace).
                let leaningAttributes: Set<String> = [
                    DerivedAttribute.intent.rawValue, DerivedAttribute.nature.rawValue,
                    DerivedAttribute.archetype.rawValue,
                ]
                let steps = RecommendationBuilder.steps(in: session).filter { step in
                    step.concluded.contains { leaningAttributes.contains($0.attribute) }
                }
                if steps.isEmpty {
                    say(phrases.nothingConcludedYet)
                } else {
                    let narrative = TraceNarrative(knowledge: knowledge, language: settings.language)
                    say(
                        narrative.lines(
                            answers: session.applied.compactMap { id in answers.answers[id].map { (id, $0) } },
                            steps: steps
                        ).joined(separator: "\n"))
                }
                say(leaning(in: session))
            case .command(.summary):
                say(summary(in: session))
            case .command(.help):
                say(phrases.help)
            case .command(.back):
                guard let last = history.popLast() else {
                    say(phrases.nothingToTakeBack)
                    continue
                }
                answers.answers[last] = nil
                if let taken = knowledge.question(last) {
                    say(phrases.tookBack(taken))
                }
                return .back
            case .command(.stop):
                return .stopped
            }
        }
    }

    /// The question's text and numbered options, the numbers right-aligned.
    private func show(_ question: Question) {
        say(question.text(settings.language))
        let width = String(question.options.count).count
        for (index, option) in question.options.enumerated() {
            let number = String(index + 1)
            let padding = String(repeating: " ", count: width - number.count)
            say("  \(padding)\(number). \(option.label(settings.language))")
        }
    }

    /// The answers so far and the current leaning.
    private func summary(in session: Session) -> String {
        var lines: [String] = []
        let given = knowledge.questions.filter { answers.answers[$0.id] != nil }
        if given.isEmpty {
            lines.append(phrases.noAnswersYet)
        } else {
            lines.append(phrases.answersSoFar)
            for question in given {
                if let answer = answers.answers[question.id] {
                    lines += phrases.answerLines(answer, to: question).map { "  " + $0 }
                }
            }
        }
        lines.append(leaning(in: session))
        return lines.joined(separator: "\n")
    }

    private func leaning(in session: Session) -> String {
        let top = RecommendationBuilder.scores(in: session).first.flatMap { $0.score > 0 ? $0 : nil }
        let name = top.flatMap { scored in knowledge.archetype(scored.id)?.name(settings.language) }
        return phrases.leaning(name, score: top?.score ?? 0)
    }

    /// Shows a line (or several, separated by line feeds) to the person, each wrapped to the
    /// settings' width with a hanging indent (whole when no width is set).
    private func say(_ line: String) {
        guard let width = settings.width else { return emit(line + "\n") }
        let lines = line.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { TextWrapper.wrapHanging(String($0), width: width) }
        emit(lines.joined(separator: "\n") + "\n")
    }

    /// Shows text to the person as it is (a prompt has no line ending).
    private func emit(_ text: String) {
        conversation.write(text)
    }
}
