import Foundation
public import Advisor
public import KnowledgeBase

/// A conversation that reads scripted lines and records what the interview shows.
public final class ScriptedConversation: Conversation {
    private var lines: [String]
    /// Everything the interview showed, in order.
    public private(set) var transcript = ""

    /// A conversation in which the person types `lines`, then input ends.
    public init(_ lines: [String] = []) {
        self.lines = lines
    }

    public func readLine() -> String? {
        lines.isEmpty ? nil : lines.removeFirst()
    }

    public func write(_ text: String) { transcript += text }

    /// Lines not read yet.
    public var unread: [String] { lines }
}

/// A conversation that answers whatever question is open: first `?` (when asked to), then the
/// answer a strategy picks for that question. It finds the open question by its text in the
/// transcript so far.
public final class AdaptiveConversation: Conversation {
    private let knowledge: Knowledge
    private let language: Language
    private let asksWhy: Bool
    private let strategy: (Question) -> String
    private var askedWhy: Set<String> = []
    /// Everything the interview showed.
    public private(set) var transcript = ""
    /// The questions answered, in order.
    public private(set) var answered: [Question] = []

    /// A conversation on `knowledge` in `language` that answers with `strategy`, asking `?` first
    /// at every question when `asksWhy`.
    public init(knowledge: Knowledge, language: Language, asksWhy: Bool, strategy: @escaping (Question) -> String) {
        self.knowledge = knowledge
        self.language = language
        self.asksWhy = asksWhy
        self.strategy = strategy
    }

    /// The question whose text was shown last.
    private var openQuestion: Question? {
        var best: (question: Question, position: String.Index)?
        for question in knowledge.questions {
            guard let range = transcript.range(of: "\n" + question.text(language) + "\n", options: .backwards) else {
                continue
            }
            if best.map({ range.lowerBound > $0.position }) ?? true { best = (question, range.lowerBound) }
        }
        return best?.question
    }

    public func readLine() -> String? {
        guard let question = openQuestion, answered.count < 100 else { return nil }
        if asksWhy, askedWhy.insert(question.id).inserted { return "?" }
        answered.append(question)
        return strategy(question)
    }

    public func write(_ text: String) { transcript += text }
}

extension Consultation.Outcome {
    /// The report, or `nil` when the consultation ended without one.
    public var report: String? {
        guard case .report(let text) = self else { return nil }
        return text
    }
}
