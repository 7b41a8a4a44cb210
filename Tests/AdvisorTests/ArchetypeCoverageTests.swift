import Foundation
import KnowledgeBase
import TestSupport
import Testing
import Utilities

@testable import Advisor

/// Every honest answer set gets an archetype (issue 8): on random answer sets to the shipped
/// questions, at most 3 % end without one, and each of those names the questions that decide.
@Suite("An archetype for every honest answer set")
struct ArchetypeCoverageTests {
    /// Random answers to every question: one option (one-of), one to four options, or only an
    /// exclusive one (many-of), yes or no, a number in the scale.
    static func randomAnswers(_ knowledge: Knowledge, using generator: inout SplitMix64) -> AnswerSet {
        var answers = AnswerSet()
        for question in knowledge.questions {
            switch question.kind {
            case .oneOf:
                answers.answers[question.id] = .option(generator.pick(question.options).id)
            case .manyOf:
                let count = generator.int(1...min(4, question.options.count))
                var chosen = Set<String>()
                while chosen.count < count { chosen.insert(generator.pick(question.options).id) }
                if chosen.count > 1,
                    let alone = question.options.first(where: { $0.isExclusive && chosen.contains($0.id) })
                {
                    chosen = [alone.id]
                }
                answers.answers[question.id] = .options(question.options.map(\.id).filter(chosen.contains))
            case .yesNo:
                answers.answers[question.id] = .boolean(generator.chance(0.5))
            case .scale(let min, let max):
                answers.answers[question.id] = .number(generator.int(min...max))
            }
        }
        return answers
    }

    /// The sample size: small by default, 5,000 with `GRONDVORM_FULL_SAMPLE=1` (CI).
    static var sampleSize: Int {
        Sampling.count(small: 40, full: 5_000)
    }

    @Test func atMostThreePercentEndWithoutAnArchetypeAndThoseNameTheDecidingQuestions() {
        let knowledge = Fixture.shipped
        let builder = RecommendationBuilder(knowledge: knowledge)
        var generator = SplitMix64(seed: 2026_12_01)
        var without = 0
        for _ in 0..<Self.sampleSize {
            let recommendation = builder.recommendation(for: Self.randomAnswers(knowledge, using: &generator))
            guard recommendation.archetype == nil else { continue }
            without += 1
            #expect(!recommendation.flips.isEmpty, "no archetype and no question that decides it")
            #expect(recommendation.flips.allSatisfy { $0.archetype != nil })
        }
        #expect(
            Double(without) <= 0.03 * Double(Self.sampleSize), "\(without) of \(Self.sampleSize) without an archetype")
    }
}
