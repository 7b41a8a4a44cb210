@testable import Advisor
import KnowledgeBase
import TestSupport
import Testing
import Utilities

/// Every flip a report lists really changes the archetype: applied to the answers and
/// recomputed from scratch (all rules, a fresh engine), the advice names the flip's archetype
/// and not the original one (issue 11, "every flip listed in a report"). Three seeds of 2
/// answer sets check about 10 flips each; `GRONDVORM_FULL_SAMPLE=1` (CI) takes 400 sets per seed.
@Suite("Flips change the archetype")
struct FlipPropertyTests {
    @Test(arguments: [2026_12_02, 7, 1_234_567] as [UInt64])
    func everyListedFlipChangesTheArchetype(seed: UInt64) {
        let knowledge = Fixture.shipped
        let builder = RecommendationBuilder(knowledge: knowledge)
        var generator = SplitMix64(seed: seed)
        var checked = 0
        for sample in 0..<Sampling.count(small: 2, full: 400) {
            let answers = ArchetypeCoverageTests.randomAnswers(knowledge, using: &generator)
            let recommendation = builder.recommendation(for: answers)
            for flip in recommendation.flips {
                let context =
                    "seed \(seed), sample \(sample), flip \(flip.question): \(flip.given) → \(flip.alternative)"
                #expect(recommendation.answers[flip.question] == flip.given, "\(context)")
                if let question = knowledge.questions.first(where: { $0.id == flip.question }),
                    case .options(let ids) = flip.alternative
                {
                    #expect(ExclusiveOptions(question: question).conflict(in: ids) == nil, "\(context)")
                }
                var changed = answers
                changed.answers[flip.question] = flip.alternative
                let after = Consultation.recommend(knowledge: knowledge, answers: changed)
                #expect(after.archetype?.id != recommendation.archetype?.id, "\(context)")
                #expect(after.archetype?.id == flip.archetype, "\(context)")
                checked += 1
            }
        }
        #expect(checked > 0)
    }
}
