import Inference
import KnowledgeBase

/// An engine with a set of answers applied, and which of them took effect.
///
/// Answers are applied in a fixed, deterministic way (so the same answers always give the same
/// state):
/// 1. the answers to questions without `applies-when` are asserted and the engine runs;
/// 2. then, repeatedly, the first answered question in knowledge order whose `applies-when`
///    now holds (and that is not applied yet) is asserted and the engine runs again, until no
///    further answer applies.
///
/// Answers whose question never applies are *ignored*: accepted, but without effect.
/// Every answer is asserted at most once, so this takes at most one run per answer.
struct Session {
    /// The knowledge base.
    let knowledge: Knowledge
    /// The answers as given (including ignored ones).
    private(set) var answers: AnswerSet
    /// The engine after applying the answers and running to the fixpoint.
    private(set) var engine: Engine
    /// Question ids whose answers took effect, in knowledge order.
    private(set) var applied: [String] = []
    /// Question ids whose answers were ignored, in knowledge order.
    private(set) var ignored: [String] = []

    /// Applies `answers` to a fresh engine for `knowledge`.
    ///
    /// - Parameter ruleBase: The rules to run; `nil` means all of `knowledge`'s. The flip
    ///   search passes only the rules that can affect the archetype (see ``FlipFinder``).
    /// - Complexity: O(q) engine runs for q answers, plus O(q²) condition evaluations.
    init(knowledge: Knowledge, answers: AnswerSet, ruleBase: RuleBase? = nil) {
        self.knowledge = knowledge
        self.answers = answers
        self.engine = Engine(ruleBase: ruleBase ?? knowledge.ruleBase)
        let questions = knowledge.questions
        // Positions in `questions`, so that no question is copied or hashed: the answered
        // questions with an `applies-when` still to apply, in knowledge order, and which
        // questions took effect.
        var pending: [Int] = []
        var isApplied = [Bool](repeating: false, count: questions.count)
        for (index, question) in questions.enumerated() {
            guard let answer = answers.answers[question.id] else { continue }
            if question.appliesWhen == nil {
                Self.assert(answer, for: question, into: &engine)
                isApplied[index] = true
            } else {
                pending.append(index)
            }
        }
        engine.runToFixpoint()
        var progressed = true
        while progressed {
            progressed = false
            for (position, index) in pending.enumerated() where applies(questions[index]) {
                if let answer = answers.answers[questions[index].id] {
                    Self.assert(answer, for: questions[index], into: &engine)
                }
                engine.runToFixpoint()
                isApplied[index] = true
                pending.remove(at: position)
                progressed = true
                break
            }
        }
        applied = questions.indices.filter { isApplied[$0] }.map { questions[$0].id }
        ignored = pending.map { questions[$0].id }
    }

    /// This session with the answer to `question` replaced by `answer`, brought up to date
    /// incrementally: the engine retracts the old answer, asserts the new one and runs once.
    ///
    /// The result equals a fresh session of the changed answers (the engine's fixpoint does not
    /// depend on the order of its inputs) when `question`'s answer took effect and whether any
    /// other question applies cannot depend on it: no `applies-when` reads `question`, nor a
    /// derived attribute. The caller checks that (see ``FlipFinder``).
    ///
    /// - Complexity: One engine run, proportional to what the change touches.
    func replacing(_ question: Question, with answer: Answer) -> Session {
        var changed = self
        try? changed.engine.retractAll(question.id)
        Self.assert(answer, for: question, into: &changed.engine)
        changed.engine.runToFixpoint()
        changed.answers.answers[question.id] = answer
        return changed
    }

    /// Whether `question` applies in the current state: it has no `applies-when`, or its
    /// condition holds at or above the engine's threshold.
    func applies(_ question: Question) -> Bool {
        guard let condition = question.appliesWhen else { return true }
        return engine.certainty(of: condition).value >= engine.threshold
    }

    /// Whether `question` has an answer that took effect.
    func isAnswered(_ question: Question) -> Bool {
        answers.answers[question.id] != nil && !ignored.contains(question.id)
    }

    /// The engine values an answer asserts: one symbol per chosen option, a boolean or a number.
    static func values(of answer: Answer) -> [Value] {
        switch answer {
        case .option(let id): return [.symbol(id)]
        case .options(let ids): return ids.map { .symbol($0) }
        case .boolean(let flag): return [.boolean(flag)]
        case .number(let number): return [.number(Double(number))]
        }
    }

    /// Asserts an answer: each value with certainty 1 and, for a many-of question, each option
    /// not chosen with certainty -1. An answered many-of question is a closed list, so a
    /// condition such as `not partners has bedrijven` holds once `partners` is answered without
    /// `bedrijven` (and stays unknown while it is unanswered).
    private static func assert(_ answer: Answer, for question: Question, into engine: inout Engine) {
        // Every question id is declared as an input attribute by the knowledge compiler, so these
        // cannot fail for a loaded knowledge base; a failure would only lose the answer.
        let chosen = values(of: answer)
        for value in chosen {
            try? engine.assert(question.id, value)
        }
        guard case .manyOf = question.kind else { return }
        for option in question.options where !chosen.contains(.symbol(option.id)) {
            try? engine.assert(question.id, .symbol(option.id), certainty: Certainty(-1))
        }
    }

    /// The certainty of `attribute = value`, as a plain number.
    func certainty(_ attribute: DerivedAttribute, _ value: String) -> Double {
        engine.certainty(of: attribute.rawValue, .symbol(value)).value
    }

    /// The values of a derived attribute that hold at or above the threshold, as ids.
    func holding(_ attribute: DerivedAttribute) -> Set<String> {
        var result: Set<String> = []
        for fact in engine.values(of: attribute.rawValue) where fact.certainty.value >= engine.threshold {
            if case .symbol(let id) = fact.value { result.insert(id) }
        }
        return result
    }
}
