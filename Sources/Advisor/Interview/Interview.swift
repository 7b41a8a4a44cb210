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
    /// The only questions this interview may ask (``ConsultationSettings/askable(in:)``), found
    /// once.
    private let askable: Set<String>?
    /// Whether any question was put to the user.
    private(set) var hasAsked = false
    /// Whether the first question is preceded by the interview's introduction (not when an
    /// answer is changed after the recommendation: the person knows the commands by then).
    private let introduces: Bool

    private var phrases: Phrases { Phrases(language: settings.language) }

    init(
        knowledge: Knowledge, settings: ConsultationSettings, conversation: any Conversation,
        recorder: (any AnswerRecorder)? = nil, introduces: Bool = true
    ) {
        self.knowledge = knowledge
        self.settings = settings
        self.conversation = conversation
        self.recorder = recorder
        self.introduces = introduces
        self.answers = settings.scoped(settings.answers, in: knowledge)
        self.askable = settings.askable(in: knowledge)
    }

    /// Asks `question` again, whatever its current answer, then every question the new answer
    /// makes relevant (as ``run()`` does).
    ///
    /// `stop` at any of its prompts abandons the change (``Outcome/stopped``).
    ///
    /// - Returns: ``Outcome/finished(_:)`` with the changed answers, ``Outcome/stopped``, or
    ///   ``Outcome/inputEnded(_:)``.
    mutating func change(_ question: Question) -> Outcome {
        answers.answers[question.id] = nil
        let session = Session(knowledge: knowledge, answers: answers)
        hasAsked = true
        show(question)
        switch ask(question, in: session) {
        case .answered(let answer):
            answers.answers[question.id] = answer
            history.append(question.id)
            return run()
        case .back, .stopped:
            return .stopped
        case .inputEnded:
            return .inputEnded(question)
        }
    }

    /// Runs the interview to its end.
    mutating func run() -> Outcome {
        while true {
            let session = Session(knowledge: knowledge, answers: answers)
            let planner = QuestionPlanner(session: session, only: askable)
            guard let question = planner.next() else { return .finished(answers) }
            if !hasAsked {
                if introduces { say(phrases.interviewIntro) }
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
            guard let line = conversation.ask(prompt, echoes: settings.mode == .lineByLine) else {
                return .inputEnded
            }
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
            case .whyNot(let text):
                say(whyNot(text, in: session))
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
        conversation.sayNumbered(question.options.map { $0.label(settings.language) }, width: settings.width)
    }

    /// The answer to `waarom niet X`: every rule that can conclude archetype X, with what it adds
    /// or the first condition that holds it back (``Engine/whyNot(_:_:)``).
    private func whyNot(_ text: String, in session: Session) -> String {
        let wanted = text.lowercased()
        let matches = knowledge.archetypes.filter { archetype in
            !wanted.isEmpty
                && (archetype.id == wanted || archetype.id.hasPrefix(wanted)
                    || archetype.name(settings.language).lowercased().hasPrefix(wanted))
        }
        guard matches.count == 1, let archetype = matches.first else {
            return phrases.whyNotWhich(text, archetypes: knowledge.archetypes.map(\.id))
        }
        let explanations = session.engine.whyNot(DerivedAttribute.archetype.rawValue, .symbol(archetype.id))
        let leading = RecommendationBuilder.scores(in: session).first.flatMap { $0.score > 0 ? $0.id : nil }
        var lines = [phrases.whyNotHeading(archetype.name(settings.language), isLeading: leading == archetype.id)]
        if explanations.isEmpty { lines.append(phrases.whyNotNoRules) }
        for explanation in explanations {
            let because = knowledge.rule(explanation.rule)?.because(settings.language) ?? explanation.rule
            switch explanation.outcome {
            case .fired(let contribution):
                lines.append(phrases.whyNotLine(because: because, contribution: contribution.value, blockedBy: nil))
            case .blocked(let condition, _):
                lines.append(
                    phrases.whyNotLine(
                        because: because, contribution: nil,
                        blockedBy: phrases.condition(condition, knowledge: knowledge)))
            }
        }
        return lines.joined(separator: "\n")
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

    /// Shows a line (or several, separated by line feeds), wrapped to the settings' width.
    private func say(_ line: String) {
        conversation.say(line, width: settings.width)
    }

    /// Shows text to the person as it is (a prompt has no line ending).
    private func emit(_ text: String) {
        conversation.write(text)
    }
}
