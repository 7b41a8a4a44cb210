import KnowledgeBase
import Utilities

/// What the person can do at the terminal after the recommendation: change an answer and see
/// what changes (what-if), save the advice as Markdown or HTML, save the answers, and (when the
/// knowledge has it) check the five conditions.
///
/// A change is compared with the advice as it stands (the same comparison as
/// `advise --set`); the person then keeps it or not. What is saved starts from the answers
/// kept. Enter, `klaar`/`done`, `stop`/`quit` or the end of input closes the follow-up.
struct FollowUp {
    let knowledge: Knowledge
    /// The consultation's settings: language, width and report date (the format is chosen per file).
    let settings: ConsultationSettings
    let conversation: any Conversation
    let files: any ReportFiles
    /// Where kept changes are recorded (`--save`), if anywhere.
    let recorder: (any AnswerRecorder)?
    /// The answers the advice starts from: the consultation's, then each change kept.
    private(set) var answers: AnswerSet

    private var phrases: Phrases { Phrases(language: settings.language) }
    /// The knowledge's check of the five conditions, offered as the fourth choice, if any.
    private var check: ReadinessCheck? { ReadinessCheck(knowledge: knowledge) }

    init(
        knowledge: Knowledge, settings: ConsultationSettings, answers: AnswerSet, conversation: any Conversation,
        files: any ReportFiles, recorder: (any AnswerRecorder)?
    ) {
        self.knowledge = knowledge
        self.settings = settings
        self.answers = answers
        self.conversation = conversation
        self.files = files
        self.recorder = recorder
    }

    /// Offers the menu until the person is done.
    mutating func run() {
        let offersReadiness = check != nil
        say("")
        say(phrases.followUpMenu(offersReadiness: offersReadiness).joined(separator: "\n"))
        var prompt = phrases.followUpPrompt(offersReadiness: offersReadiness)
        while true {
            guard let line = read(prompt) else { return }
            switch line.trimmingSpaces.lowercased() {
            case "", "klaar", "done", "stop", "quit":
                return
            case "1":
                guard changeAnAnswer() else { return }
            case "2":
                guard saveTheAdvice() else { return }
            case "3":
                guard saveTheAnswers() else { return }
            case "4" where offersReadiness:
                guard checkTheConditions() else { return }
            default:
                say(phrases.followUpHint(line, offersReadiness: offersReadiness))
                continue
            }
            say("")
            prompt = phrases.followUpPromptAgain(offersReadiness: offersReadiness)
        }
    }

    // MARK: What-if

    /// Lets the person change one answer, shows the comparison and asks whether to keep it.
    ///
    /// - Returns: `false` when input ended.
    private mutating func changeAnAnswer() -> Bool {
        let given = knowledge.questions.filter { answers.answers[$0.id] != nil }
        guard !given.isEmpty else {
            say(phrases.nothingToChange)
            return true
        }
        say(phrases.changeWhich)
        conversation.sayNumbered(
            given.map { question in
                let answer = answers.answers[question.id].map { phrases.answer($0, to: question) } ?? ""
                return "\(question.text(settings.language)) \u{2192} \(answer)"
            }, width: settings.width)
        var chosen: Question?
        while chosen == nil {
            guard let line = read(phrases.changePrompt(count: given.count)) else { return false }
            let text = line.trimmingSpaces
            if text.isEmpty { return true }
            if let number = Int(text), given.indices.contains(number - 1) {
                chosen = given[number - 1]
            } else if let question = given.first(where: { $0.id == text.lowercased() }) {
                chosen = question
            } else {
                say(phrases.changeHint(line, count: given.count))
            }
        }
        guard let question = chosen else { return true }
        say("")
        var interview = Interview(
            knowledge: knowledge, settings: asking(answers), conversation: conversation, recorder: nil,
            introduces: false)
        let changed: AnswerSet
        switch interview.change(question) {
        case .finished(let answers):
            changed = answers
        case .stopped:
            say(phrases.changeAbandoned)
            return true
        case .inputEnded:
            return false
        }
        let builder = RecommendationBuilder(knowledge: knowledge)
        let comparison = WhatIf(
            before: builder.recommendation(for: answers), after: builder.recommendation(for: changed),
            questionOrder: knowledge.questions.map(\.id))
        var textSettings = settings
        textSettings.format = .text
        say("")
        emit(WhatIfReport(whatIf: comparison, knowledge: knowledge, settings: textSettings).render())
        guard !comparison.changes.isEmpty else { return true }
        guard let keep = yesOrNo(phrases.keepChangePrompt) else { return false }
        if keep {
            answers = changed
            recorder?.record(answers)
            say(phrases.changeKept)
        } else {
            say(phrases.changeDropped)
        }
        return true
    }

    // MARK: The five conditions

    /// Asks the check's questions that are still open (none when it ran before), shows what it
    /// finds, and keeps the answers, so that what is saved includes the findings.
    ///
    /// - Returns: `false` when input ended.
    private mutating func checkTheConditions() -> Bool {
        guard let check else { return true }
        var asking = asking(check.turnedOn(answers))
        asking.scope = .readiness
        var interview = Interview(
            knowledge: knowledge, settings: asking, conversation: conversation, recorder: nil, introduces: false)
        switch interview.run() {
        case .finished(let checked):
            answers = checked
            recorder?.record(answers)
        case .stopped:
            say(phrases.changeAbandoned)
            return true
        case .inputEnded:
            return false
        }
        var report = settings
        report.format = .text
        report.style = .plain
        say("")
        emit(
            ReadinessReport(
                result: check.result(for: answers, knowledge: knowledge), knowledge: knowledge, settings: report
            ).render())
        say(phrases.readinessAdded)
        return true
    }

    /// The settings for asking about `answers` in an interview.
    private func asking(_ answers: AnswerSet) -> ConsultationSettings {
        var asking = settings
        asking.answers = answers
        asking.mode = .interactive
        return asking
    }

    // MARK: Saving

    /// Saves the advice for the kept answers in the format its file name asks for.
    ///
    /// - Returns: `false` when input ended.
    private func saveTheAdvice() -> Bool {
        save(prompt: phrases.reportFilePrompt, hint: phrases.reportFileHint) { name in
            let lowered = name.lowercased()
            let format: OutputFormat
            if lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") {
                format = .markdown
            } else if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") {
                format = .html
            } else {
                return nil
            }
            var report = settings
            report.format = format
            report.style = .plain
            return Consultation.report(knowledge: knowledge, answers: answers, settings: report)
        }
    }

    /// Saves the kept answers in the answers-file format.
    ///
    /// - Returns: `false` when input ended.
    private func saveTheAnswers() -> Bool {
        save(prompt: phrases.answersFilePrompt, hint: phrases.answersFileHint) { name in
            name.lowercased().hasSuffix(".json") ? answers.answersFileText(in: knowledge) : nil
        }
    }

    /// Asks for a file name until one is saved or the person goes back; `content` gives the
    /// file's text for a name, or `nil` when the name does not fit (then `hint` is shown).
    ///
    /// - Returns: `false` when input ended.
    private func save(prompt: String, hint: String, content: (String) -> String?) -> Bool {
        while true {
            guard let line = read(prompt) else { return false }
            let name = line.trimmingSpaces
            if name.isEmpty { return true }
            if ControlCharacters.first(in: name) != nil {
                say(phrases.fileNameControlCharacter)
                continue
            }
            guard let text = content(name) else {
                say(hint)
                continue
            }
            var result = files.save(text, to: name, replacing: false)
            if result == .exists {
                guard let replace = yesOrNo(phrases.replacePrompt(name)) else { return false }
                guard replace else { continue }
                result = files.save(text, to: name, replacing: true)
            }
            switch result {
            case .saved:
                say(phrases.saved(name))
                return true
            case .exists:
                continue
            case .failed(let reason):
                say(phrases.notSaved(reason))
            }
        }
    }

    // MARK: Conversation

    /// Asks a yes-no question until it is answered; Enter means no.
    ///
    /// - Returns: The answer, or `nil` when input ended.
    private func yesOrNo(_ prompt: String) -> Bool? {
        while true {
            guard let line = read(prompt) else { return nil }
            if line.trimmingSpaces.isEmpty { return false }
            if let answer = AnswerValue.yesNo(line) { return answer }
            say(phrases.yesOrNo)
        }
    }

    /// Shows `prompt` and reads a line (see ``Conversation/ask(_:echoes:)``).
    ///
    /// - Returns: The line, or `nil` when input ended.
    private func read(_ prompt: String) -> String? {
        conversation.ask(prompt + " ", echoes: settings.mode == .lineByLine)
    }

    /// Shows a line (or several, separated by line feeds), wrapped to the settings' width.
    private func say(_ line: String) {
        conversation.say(line, width: settings.width)
    }

    private func emit(_ text: String) {
        conversation.write(text)
    }
}
