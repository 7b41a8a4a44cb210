@testable import Advisor
@testable import KnowledgeBase
import TestSupport
import Testing
import Utilities

@Suite("Alternatives for flips")
struct FlipFinderTests {
    let knowledge = Fixture.small

    private func question(_ id: String) throws -> Question {
        try #require(knowledge.questions.first { $0.id == id })
    }

    @Test func oneOfTriesEveryOtherOption() throws {
        #expect(
            FlipFinder.alternatives(to: .option("vernieuwen"), of: try question("ambitie"))
                == [.option("verbeteren"), .option("weet-niet")])
    }

    @Test func manyOfTogglesOneOptionAtATimeAndNeverLeavesNone() throws {
        let motieven = try question("motieven")
        #expect(
            FlipFinder.alternatives(to: .options(["innoveren"]), of: motieven) == [
                .options(["kosten-besparen", "innoveren"]),
                .options(["continuiteit", "innoveren"]),
                .options(["kennis-uitwisselen", "innoveren"]),
                .options(["innoveren", "markt-ontwikkelen"]),
            ])
        #expect(
            FlipFinder.alternatives(to: .options(["markt-ontwikkelen", "kosten-besparen"]), of: motieven) == [
                .options(["markt-ontwikkelen"]),
                .options(["kosten-besparen", "continuiteit", "markt-ontwikkelen"]),
                .options(["kosten-besparen", "kennis-uitwisselen", "markt-ontwikkelen"]),
                .options(["kosten-besparen", "innoveren", "markt-ontwikkelen"]),
                .options(["kosten-besparen"]),
            ])
    }

    @Test func yesNoTriesTheOpposite() throws {
        #expect(FlipFinder.alternatives(to: .boolean(true), of: try question("samen-aanbieden")) == [.boolean(false)])
    }

    @Test func smallScalesTryEveryOtherValue() throws {
        #expect(
            FlipFinder.alternatives(to: .number(2), of: try question("afhankelijkheid"))
                == [.number(1), .number(3), .number(4), .number(5)])
    }

    @Test func largeScalesTryTheEndsAndTheNeighbours() throws {
        let base = try question("afhankelijkheid")
        let wide = Question(
            id: "omvang", kind: .scale(min: 0, max: 100), text: base.text, why: base.why, options: [],
            appliesWhen: nil, appliesWhenSource: nil, defaultAnswer: nil, location: base.location)
        #expect(
            FlipFinder.alternatives(to: .number(40), of: wide) == [.number(0), .number(39), .number(41), .number(100)])
        #expect(FlipFinder.alternatives(to: .number(0), of: wide) == [.number(1), .number(100)])
    }

    @Test func mismatchedAnswersHaveNoAlternatives() throws {
        #expect(FlipFinder.alternatives(to: .boolean(true), of: try question("ambitie")).isEmpty)
    }

    /// An exclusive option ("none of these") is never combined with another in an alternative.
    @Test func manyOfKeepsAnExclusiveOptionAlone() throws {
        let zelfKunnen = try #require(Fixture.shipped.questions.first { $0.id == "zelf-kunnen" })
        let fromNone = FlipFinder.alternatives(to: .options(["geen"]), of: zelfKunnen)
        #expect(
            fromNone
                == ["personeel", "bezittingen", "contracten", "aansprakelijkheid", "bevoegdheden"].map {
                    .options([$0])
                })
        #expect(
            FlipFinder.alternatives(to: .options(["personeel", "contracten"]), of: zelfKunnen).last
                == .options(["geen"]))
    }

    /// Trying an alternative on a copy of one engine with the answer replaced gives exactly the
    /// flips (questions, alternatives, archetypes and scores, in order) that fresh sessions give,
    /// on random answer sets of the shipped base (`GRONDVORM_FULL_SAMPLE=1`: 300 sets).
    @Test func incrementalTriesEqualFreshOnes() {
        let shipped = Fixture.shipped
        let finder = FlipFinder(knowledge: shipped)
        var generator = SplitMix64(seed: 2026_12_02)
        var compared = 0
        for _ in 0..<Sampling.count(small: 20, full: 300) {
            let answers = ArchetypeCoverageTests.randomAnswers(shipped, using: &generator)
            let session = Session(knowledge: shipped, answers: answers)
            let current = RecommendationBuilder.winner(in: session)
            let incremental = finder.flips(from: session, currentArchetype: current)
            let fresh = finder.flips(from: session, currentArchetype: current, incremental: false)
            #expect(incremental == fresh, "\(answers.answers)")
            compared += fresh.count
        }
        #expect(compared > 0)
    }
}
