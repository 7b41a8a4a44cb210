public import KnowledgeBase
import Utilities

/// The answers given so far, by question id, plus an optional partner name.
///
/// Answers are kept as given; whether a question applies is decided when the answers are
/// applied to the engine (an answer to a question that does not apply is accepted and listed
/// as ignored). Whatever is printed from ``answers`` is sorted by question id or knowledge order.
public struct AnswerSet: Sendable, Hashable {
    /// The answers, by question id.
    public var answers: [String: Answer]
    /// The name of the partner organisation this consultation is for, if given.
    ///
    /// An answers file's name is checked: at most ``maximumPartnerLength`` characters and no
    /// control characters. The renderers escape whatever they show anyway.
    public var partner: String?

    /// The most characters a partner name may have (an answers file with a longer one is refused,
    /// so the report never carries a huge name).
    public static let maximumPartnerLength = 200

    /// Creates an answer set.
    public init(answers: [String: Answer] = [:], partner: String? = nil) {
        self.answers = answers
        self.partner = partner
    }

    /// Parses an answers file.
    ///
    /// The file holds one JSON object:
    /// `{"answers": {"question-id": "option-id" | ["option-id", ...] | true | false | number}, "partner": "optional name"}`.
    /// A one-of question takes a string, a many-of question a list of strings (a single string
    /// counts as a list of one), a yes-no question `true` or `false`, a scale question a whole
    /// number within the scale.
    ///
    /// - Parameters:
    ///   - bytes: The file's contents.
    ///   - source: The path shown in errors; `-` shows as `<stdin>`.
    ///   - knowledge: The knowledge base that defines the questions.
    /// - Returns: The answers.
    /// - Throws: ``AnswerError`` with every problem: malformed JSON (with line and column), a
    ///   wrong shape, unknown question or option ids (with "did you mean"), values of the wrong
    ///   kind or out of range, an exclusive option with others, control characters in an
    ///   answer or the partner name, a partner name longer than ``maximumPartnerLength``.
    public static func parse(json bytes: [UInt8], source: String, knowledge: Knowledge) throws(AnswerError) -> AnswerSet
    {
        let shownSource = source == "-" ? "<stdin>" : source
        return try AnswersFile.read(bytes, source: shownSource, knowledge: knowledge).get()
    }

    /// The answers in the answers-file format, as ``parse(json:source:knowledge:)`` reads them:
    /// one pretty-printed JSON object ending with a newline, answers in the knowledge's question
    /// order, then the partner name when there is one.
    ///
    /// - Parameter knowledge: The knowledge base whose question order the file follows.
    /// - Returns: The file's text; the same answers always give the same text.
    /// - Complexity: O(*q* log *q*) for *q* answers.
    public func answersFileText(in knowledge: Knowledge) -> String {
        AnswersFile.text(of: self, knowledge: knowledge)
    }

    /// Applies one `--answer id=value[,value]`: adds the answer or overrides an earlier one.
    ///
    /// The value is an option id (several, comma-separated, for a many-of question), `yes` or
    /// `no` (also `ja`, `nee`, `true`, `false`) for a yes-no question, or a whole number for a
    /// scale question.
    ///
    /// - Parameters:
    ///   - assignment: The text after `--answer`, such as `motieven=kosten-besparen,kennis-delen`.
    ///   - knowledge: The knowledge base that defines the questions.
    ///   - source: The flag named in problems: `--answer` (the default) or `--set`.
    /// - Throws: ``AnswerError`` for a malformed assignment, an unknown question or option (with
    ///   "did you mean"), a value of the wrong kind, an exclusive option with others, or a
    ///   control character.
    public mutating func apply(
        assignment: String, knowledge: Knowledge, source: String = "--answer"
    ) throws(AnswerError) {
        guard let equals = assignment.firstIndex(of: "=") else {
            throw AnswerError(.malformedAssignment(source: source, text: assignment))
        }
        let id = String(assignment[..<equals]).trimmingSpaces
        let text = String(assignment[assignment.index(after: equals)...])
        guard !id.isEmpty else {
            throw AnswerError(.malformedAssignment(source: source, text: assignment))
        }
        guard let question = knowledge.question(id) else {
            let suggestion = Suggestion.closest(to: id, among: knowledge.questions.map(\.id))
            throw AnswerError(.unknownQuestion(source: source, id: id, suggestion: suggestion))
        }
        answers[id] = try AnswerValue.text(text).answer(to: question, source: source).get()
    }
}
