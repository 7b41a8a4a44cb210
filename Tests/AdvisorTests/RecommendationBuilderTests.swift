@testable import Advisor
import KnowledgeBase
import Testing

@Suite("The recommendation")
struct RecommendationBuilderTests {
    let knowledge = Fixture.small

    private func recommend(_ answers: [String: Answer]) -> Recommendation {
        Consultation.recommend(knowledge: knowledge, answers: AnswerSet(answers: answers))
    }

    private func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    @Test func functionalCase() {
        let result = recommend(Fixture.functional)
        #expect(result.archetype?.id == "functioneel")
        // intent: verbeteren 0.5 ⊕ 0.4 ⊕ 0.8 = 0.94; nature: delen 0.5 ⊕ 0.8 ⊕ 0.5 ⊕ 0.7 = 0.985.
        #expect(rounded(result.archetype?.score ?? 0) == 0.94)
        #expect(result.archetypes.map(\.id) == ["functioneel", "transactioneel", "verkennend", "ondernemend"])
        // The position comes from the archetypes' certainties (0.94 functional, the rest 0), so
        // the mark lies in the headline's quadrant.
        #expect(rounded(result.intent) == -0.94)
        #expect(rounded(result.nature) == 0.94)
        #expect(result.tussenvorm == nil)
        #expect(result.agreements == ["dvo-sla", "exit"])
        #expect(result.forms.map(\.id) == ["bedrijfsvoeringsorganisatie", "cooperatie", "stichting"])
        #expect(result.excludedForms.map(\.id) == ["samenwerkingsovereenkomst", "dvo"])
        #expect(
            result.excludedForms.first?.reasons.map(\.rule)
                == ["requirement/personeel-vraagt-rechtspersoon/samenwerkingsovereenkomst"])
        #expect(result.signals == ["wgr"])
        #expect(result.asked == 7)
        #expect(
            result.applied == [
                "motieven", "ambitie", "aard", "hele-functie", "afhankelijkheid", "partners", "eigen-personeel",
            ])
        #expect(result.ignored == [])
        #expect(result.knowledgeVersion == "test-1")
    }

    @Test func formReasonsListEvidenceForBeforeEvidenceAgainst() throws {
        let cooperatie = try #require(recommend(Fixture.functional).forms.first { $0.id == "cooperatie" })
        #expect(
            cooperatie.reasons.map(\.rule) == [
                "fit/cooperatie/functioneel", "preference/publiek-liever-publiekrecht/cooperatie",
            ])
        // 0.9 × 0.94 = 0.846 for, -0.3 × 0.94 = -0.282 against: (0.846 - 0.282) / (1 - 0.282) = 0.79.
        #expect(rounded(cooperatie.fit) == 0.79)
    }

    @Test func closeRunnerUpIsATussenvormWithWhatWouldTipIt() throws {
        let result = recommend(Fixture.hybrid)
        #expect(result.archetypes.map(\.id) == ["functioneel", "transactioneel", "verkennend", "ondernemend"])
        #expect(result.archetypes.map { rounded($0.score) } == [0.85, 0.8, 0.4, 0.4])
        let tussenvorm = try #require(result.tussenvorm)
        #expect(tussenvorm.archetype == "transactioneel")
        #expect(tussenvorm.tips.map(\.question) == ["aard", "hele-functie", "ambitie", "motieven"])
        // Intent: best renewing archetype (0.40) minus best improving one (0.85); nature: best
        // sharing (0.85) minus best exchanging (0.80).
        #expect(rounded(result.intent) == -0.45)
        #expect(rounded(result.nature) == 0.05)
        // Agreements of archetypes that only weakly apply (verkennend, ondernemend) are left out.
        #expect(result.agreements == ["dvo-sla", "exit", "resultaatbeschrijving"])
        #expect(result.signals == ["ambitie-onduidelijk"])
        #expect(result.excludedForms.map(\.id) == ["bedrijfsvoeringsorganisatie"])
    }

    @Test func flipsNameEveryAlternativeThatChangesTheArchetypeDecidingQuestionsFirst() {
        let flips = recommend(Fixture.hybrid).flips
        // Grouped by question; the question whose strongest flip scores highest comes first.
        #expect(flips.map(\.question) == ["aard", "hele-functie", "ambitie", "ambitie", "motieven"])
        #expect(flips.map { rounded($0.score) } == [0.94, 0.9, 0.85, 0.7, 0.8])
        #expect(
            flips[0]
                == Recommendation.Flip(
                    question: "aard", given: .option("weet-niet"), alternative: .option("uitwisselen"),
                    archetype: "transactioneel",
                    score: flips[0].score))
        #expect(flips[1].alternative == .boolean(false))
        #expect(flips[2].alternative == .option("vernieuwen"))
        #expect(flips[2].archetype == "ondernemend")
        // verbeteren 0.7 against transactioneel 0.7 and functioneel 0.7: a tie goes to knowledge order.
        #expect(flips[3].alternative == .option("weet-niet"))
        #expect(flips[3].archetype == "transactioneel")
        #expect(flips[4].alternative == .options(["kosten-besparen", "kennis-uitwisselen"]))
    }

    @Test func runnerUpFurtherThanTheMarginIsNoTussenvorm() {
        var answers = Fixture.hybrid
        answers["afhankelijkheid"] = .number(3)
        let result = recommend(answers)
        #expect(result.archetype?.id == "functioneel")
        #expect(result.tussenvorm == nil)
    }

    /// The margin is inclusive and counts in the hundredths the report prints: a runner-up
    /// exactly 0.15 behind is a tussenvorm, one 0.16 behind is not.
    @Test func aRunnerUpExactlyAtTheMarginIsATussenvorm() {
        let atMargin = recommend([
            "motieven": .options(["kosten-besparen", "continuiteit"]), "ambitie": .option("verbeteren"),
            "aard": .option("uitwisselen"), "hele-functie": .boolean(false), "afhankelijkheid": .number(4),
            "partners": .option("publiek"),
        ])
        #expect(
            atMargin.archetypes.prefix(2).map { "\($0.id) \(rounded($0.score))" } == [
                "transactioneel 0.9", "functioneel 0.75",
            ])
        #expect(atMargin.tussenvorm?.archetype == "functioneel")

        let pastMargin = recommend([
            "motieven": .options(["kosten-besparen", "innoveren"]), "ambitie": .option("vernieuwen"),
            "aard": .option("uitwisselen"), "samen-aanbieden": .boolean(true), "hele-functie": .boolean(true),
            "afhankelijkheid": .number(4), "partners": .option("publiek"),
        ])
        #expect(
            pastMargin.archetypes.prefix(2).map { "\($0.id) \(rounded($0.score))" } == [
                "ondernemend 0.96", "verkennend 0.8",
            ])
        #expect(pastMargin.tussenvorm?.archetype == nil)
    }

    @Test func noAnswersGiveNoArchetype() {
        let result = recommend([:])
        #expect(result.archetype == nil)
        #expect(result.archetypes.map(\.id) == ["transactioneel", "functioneel", "verkennend", "ondernemend"])
        #expect(result.archetypes.allSatisfy { $0.score == 0 })
        #expect(result.forms.isEmpty)
        #expect(result.flips.isEmpty)
        #expect(result.intent == 0)
        #expect(result.nature == 0)
        #expect(result.asked == 0)
    }

    @Test func directEvidenceForAnArchetypeCombinesWithTheQuadrant() {
        let result = recommend([
            "motieven": .options(["innoveren"]), "ambitie": .option("vernieuwen"), "aard": .option("delen"),
            "samen-aanbieden": .boolean(true), "afhankelijkheid": .number(3),
        ])
        // quadrant: min(vernieuwen 0.92, delen 0.94) = 0.92; with 0.5 direct: 0.92 + 0.5 × 0.08 = 0.96.
        #expect(result.archetype?.id == "ondernemend")
        #expect(rounded(result.archetype?.score ?? 0) == 0.96)
        #expect(result.signals == ["mededinging"])
    }
}
