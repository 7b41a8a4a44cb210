public import KnowledgeBase
public import Utilities

/// Draws random, valid answer sets for a knowledge base, for the invariant check.
///
/// Every question is answered, whether it applies or not: the consultation ignores the answers
/// to questions whose `applies-when` does not hold (``Recommendation/ignored``), so this covers
/// every path the interview can take. Answers are valid for each kind:
/// - one-of: one option, uniformly (so `weet-niet` and `geen` where offered);
/// - yes-no: yes or no, each half the time;
/// - many-of: with probability 1/(n+1) for n options, one exclusive option alone (when the
///   question has one, as "none of these"); otherwise each other option with probability ½, at
///   least one;
/// - scale: a whole number of the scale, uniformly.
///
/// The draws depend only on the generator's state, so a seed gives the same answer sets on every
/// machine.
public struct AnswerSampler: Sendable {
    private let questions: [Question]

    /// A sampler for `knowledge`'s questions, in knowledge order.
    public init(knowledge: Knowledge) {
        questions = knowledge.questions
    }

    /// One answer set.
    ///
    /// - Complexity: O(total number of options).
    public func answers(using generator: inout SplitMix64) -> AnswerSet {
        var answers: [String: Answer] = [:]
        for question in questions {
            if let answer = Self.answer(to: question, using: &generator) { answers[question.id] = answer }
        }
        return AnswerSet(answers: answers)
    }

    /// A random valid answer, or `nil` for a one-of or many-of question without options.
    static func answer(to question: Question, using generator: inout SplitMix64) -> Answer? {
        switch question.kind {
        case .yesNo:
            return .boolean(generator.below(2) == 1)
        case .scale(let minimum, let maximum):
            return .number(minimum + generator.below(maximum - minimum + 1))
        case .oneOf:
            guard !question.options.isEmpty else { return nil }
            return .option(question.options[generator.below(question.options.count)].id)
        case .manyOf:
            let exclusive = question.options.filter(\.isExclusive)
            let others = question.options.filter { !$0.isExclusive }
            if !exclusive.isEmpty && (others.isEmpty || generator.below(question.options.count + 1) == 0) {
                return .options([exclusive[generator.below(exclusive.count)].id])
            }
            guard !others.isEmpty else { return nil }
            var chosen = others.filter { _ in generator.below(2) == 1 }.map(\.id)
            if chosen.isEmpty { chosen = [others[generator.below(others.count)].id] }
            return .options(chosen)
        }
    }
}
