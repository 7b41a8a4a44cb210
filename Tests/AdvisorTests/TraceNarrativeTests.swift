@testable import Advisor
import KnowledgeBase
import Testing

@Suite("The reasoning trace in sentences")
struct TraceNarrativeTests {
    let knowledge = Fixture.small

    @Test func tellsAnswersThenAxesThenArchetypeAgreementsFormsAndSignals() {
        let recommendation = Consultation.recommend(
            knowledge: knowledge, answers: AnswerSet(answers: Fixture.functional))
        let groups = TraceNarrative(knowledge: knowledge, language: .en).groups(
            answers: recommendation.applied.compactMap { id in recommendation.answers[id].map { (id, $0) } },
            steps: recommendation.trace)
        #expect(
            groups.map(\.heading) == [
                "Your answers", "Intent and nature", "Archetype", "Core agreements", "Forms", "Signals",
            ])
        #expect(
            groups[2].lines == [
                "- The intent is to improve and the nature is to share: that is the archetype Functional collaboration. (so: archetype: Functional collaboration, +0.94)"
            ])
        #expect(
            groups[5].lines == [
                "- Public partners take part, so the Wgr and art. 160 Gemeentewet apply. (so: signal: Public partners, +1.00)"
            ])
        #expect(
            groups[4].lines.contains(
                "- The collaboration must employ staff itself; only a form that can be an employer can do that. (so: ruled out: Collaboration agreement, +1.00; form: Collaboration agreement, -1.00)"
            ))
    }

    @Test func unknownRulesAndAttributesFallBackToIds() {
        let narrative = TraceNarrative(knowledge: knowledge, language: .nl)
        let lines = narrative.lines(
            answers: [],
            steps: [
                Recommendation.Step(
                    rule: "onbekend",
                    concluded: [
                        Recommendation.Conclusion(attribute: "iets", value: "x", contribution: -0.5)
                    ])
            ])
        #expect(lines == ["Signalen", "  - onbekend (dus: iets = x, -0.50)"])
    }
}
