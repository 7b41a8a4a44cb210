@testable import Advisor
import Inference
import KnowledgeBase
import Testing

@Suite("Applying answers to the engine")
struct SessionTests {
    let knowledge = Fixture.small

    @Test func assertsEveryKindOfAnswer() {
        let session = Session(knowledge: knowledge, answers: AnswerSet(answers: Fixture.functional))
        let motives = session.engine.values(of: "motieven")
        #expect(
            motives.filter { $0.certainty == .certain }.map(\.value) == [
                .symbol("continuiteit"), .symbol("kosten-besparen"),
            ])
        // An answered many-of question is a closed list: the options not chosen count as no.
        #expect(
            motives.filter { $0.certainty.value == -1 }.map(\.value)
                == [.symbol("innoveren"), .symbol("kennis-uitwisselen"), .symbol("markt-ontwikkelen")])
        #expect(session.engine.certainty(of: "ambitie", .symbol("verbeteren")) == .certain)
        #expect(session.engine.certainty(of: "hele-functie", .boolean(true)) == .certain)
        #expect(session.engine.certainty(of: "afhankelijkheid", .number(4)) == .certain)
        #expect(session.applied.count == 7)
    }

    @Test func aNegatedOptionHoldsOnlyOnceTheQuestionIsAnswered() {
        let notInnovating = Condition.not(.contains("motieven", .symbol("innoveren")))
        let before = Session(knowledge: knowledge, answers: AnswerSet())
        #expect(before.engine.certainty(of: notInnovating) == .unknown)
        let after = Session(knowledge: knowledge, answers: AnswerSet(answers: Fixture.functional))
        #expect(after.engine.certainty(of: notInnovating) == .certain)
    }

    @Test func answersWhoseQuestionDoesNotApplyAreIgnored() {
        var answers = Fixture.functional
        answers["samen-aanbieden"] = .boolean(true)
        let session = Session(knowledge: knowledge, answers: AnswerSet(answers: answers))
        #expect(session.ignored == ["samen-aanbieden"])
        #expect(!session.applied.contains("samen-aanbieden"))
        #expect(session.engine.values(of: "samen-aanbieden").isEmpty)
        #expect(session.holding(.signal) == ["wgr"])
    }

    @Test func conditionalAnswersApplyOnceTheirConditionHolds() {
        // samen-aanbieden applies when intent = vernieuwen, which the motives establish first.
        let answers = AnswerSet(answers: ["motieven": .options(["innoveren"]), "samen-aanbieden": .boolean(true)])
        let session = Session(knowledge: knowledge, answers: answers)
        #expect(session.applied == ["motieven", "samen-aanbieden"])
        #expect(session.ignored == [])
        #expect(session.holding(.archetype) == ["ondernemend"])
    }

    @Test func theSameAnswersGiveTheSameState() {
        let first = Session(knowledge: knowledge, answers: AnswerSet(answers: Fixture.hybrid))
        let second = Session(knowledge: knowledge, answers: AnswerSet(answers: Fixture.hybrid))
        #expect(first.engine.facts == second.engine.facts)
        #expect(first.engine.trace == second.engine.trace)
    }
}
