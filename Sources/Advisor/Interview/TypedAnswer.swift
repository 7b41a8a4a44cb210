import Inference
import KnowledgeBase
import Utilities

/// What a line typed at a question's prompt means: a command, an answer, or a rejection.
enum TypedAnswer: Hashable {
    /// The commands available at every prompt.
    enum Command: Hashable, CaseIterable {
        /// `?`, `waarom`, `why`.
        case why
        /// `hoe`, `how`.
        case how
        /// `terug`, `back`.
        case back
        /// `overzicht`, `summary`.
        case summary
        /// `help`.
        case help
        /// `stop`, `quit`.
        case stop

        /// The command a word means, in either language, ignoring case.
        init?(word: String) {
            switch word.lowercased() {
            case "?", "waarom", "why": self = .why
            case "hoe", "how": self = .how
            case "terug", "back": self = .back
            case "overzicht", "summary": self = .summary
            case "help": self = .help
            case "stop", "quit": self = .stop
            default: return nil
            }
        }
    }

    /// A command.
    case command(Command)
    /// `waarom niet X` / `why not X`: why archetype X is not (yet) the outcome; the text after
    /// the command words, without a trailing `?` (empty when nothing follows).
    case whyNot(String)
    /// A valid answer.
    case answer(Answer)
    /// Not acceptable; the hint explains.
    case rejected(Phrases.Rejection)

    /// Interprets `line` as typed at `question`'s prompt.
    ///
    /// Commands win over answers. An empty line takes the question's default, if any. One-of:
    /// a number, an option id or an unambiguous case-insensitive start of a label. Many-of:
    /// several of those, separated by commas, or numbers separated by spaces. Yes-no: `ja`,
    /// `nee`, `yes`, `no`, `j`, `n`, `y` (and `true`/`false`). Scale: a whole number in range.
    /// A line with a control character (escape, BEL, NUL, …) is rejected before anything else.
    /// An exclusive option (such as "none of these") chosen together with others is rejected,
    /// naming it.
    init(_ line: String, for question: Question, language: Language) {
        if let scalar = ControlCharacters.first(in: line) {
            self = .rejected(.controlCharacter(scalar))
            return
        }
        let text = line.trimmingSpaces
        for words in ["waarom niet", "why not"]
        where text.lowercased() == words || text.lowercased().hasPrefix(words + " ") {
            var rest = String(text.dropFirst(words.count)).trimmingSpaces
            while rest.hasSuffix("?") { rest = String(rest.dropLast()).trimmingSpaces }
            self = .whyNot(rest)
            return
        }
        if let command = Command(word: text) {
            self = .command(command)
            return
        }
        if text.isEmpty {
            if let answer = question.defaultAnswer.flatMap({ Self.answer(from: $0, for: question) }) {
                self = .answer(answer)
            } else {
                self = .rejected(.empty)
            }
            return
        }
        switch question.kind {
        case .oneOf:
            switch Self.option(text, in: question, language: language) {
            case .success(let id): self = .answer(.option(id))
            case .failure(let rejection): self = .rejected(rejection)
            }
        case .manyOf:
            let items: [String]
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if text.contains(",") {
                items = text.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            } else if words.count > 1, words.allSatisfy({ Int($0) != nil }) {
                items = words
            } else {
                items = [text]
            }
            var chosen: Set<String> = []
            for item in items {
                switch Self.option(item, in: question, language: language) {
                case .success(let id): chosen.insert(id)
                case .failure(let rejection):
                    self = .rejected(rejection)
                    return
                }
            }
            guard !chosen.isEmpty else {
                self = .rejected(.unrecognized(text))
                return
            }
            let ids = question.options.map(\.id).filter(chosen.contains)
            if let conflict = ExclusiveOptions(question: question).conflict(in: ids) {
                let label = { (id: String) in question.options.first { $0.id == id }?.label(language) ?? id }
                self = .rejected(.exclusive(label(conflict.option), others: conflict.others.map(label)))
                return
            }
            self = .answer(.options(ids))
        case .yesNo:
            if let flag = AnswerValue.yesNo(text) {
                self = .answer(.boolean(flag))
            } else {
                self = .rejected(.unrecognized(text))
            }
        case .scale(let min, let max):
            if let number = Int(text), (min...max).contains(number) {
                self = .answer(.number(number))
            } else {
                self = .rejected(.unrecognized(text))
            }
        }
    }

    /// The option `text` designates: its number, its id, or the unique option whose label (in
    /// the interview's language) starts with it, all case-insensitive. An exact label wins
    /// over longer labels that start with it.
    private static func option(
        _ text: String, in question: Question, language: Language
    ) -> Result<String, Phrases.Rejection> {
        let options = question.options
        if let number = Int(text) {
            guard number >= 1, number <= options.count else { return .failure(.unrecognized(text)) }
            return .success(options[number - 1].id)
        }
        let lowered = text.lowercased()
        if let option = options.first(where: { $0.id.lowercased() == lowered }) {
            return .success(option.id)
        }
        if let option = options.first(where: { $0.label(language).lowercased() == lowered }) {
            return .success(option.id)
        }
        let matches = options.filter { $0.label(language).lowercased().hasPrefix(lowered) }
        switch matches.count {
        case 0: return .failure(.unrecognized(text))
        case 1: return .success(matches[0].id)
        default: return .failure(.ambiguous(text, labels: matches.map { $0.label(language) }))
        }
    }

    /// The answer a default value stands for.
    static func answer(from value: Value, for question: Question) -> Answer? {
        switch (question.kind, value) {
        case (.oneOf, .symbol(let id)): return .option(id)
        case (.manyOf, .symbol(let id)): return .options([id])
        case (.yesNo, .boolean(let flag)): return .boolean(flag)
        case (.scale, .number(let number)): return .number(Int(number))
        case (.oneOf, _), (.manyOf, _), (.yesNo, _), (.scale, _): return nil
        }
    }
}
