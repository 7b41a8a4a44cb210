@testable import Advisor
import KnowledgeBase
import Testing

@Suite("Choosing the next question")
struct QuestionPlannerTests {
    let knowledge = Fixture.small

    private func planner(_ answers: [String: Answer]) -> QuestionPlanner {
        QuestionPlanner(session: Session(knowledge: knowledge, answers: AnswerSet(answers: answers)))
    }

    @Test func asksArchetypeQuestionsFirstInKnowledgeOrder() {
        let empty = planner([:])
        #expect(empty.candidates(for: [.archetype]).map(\.id) == ["motieven", "ambitie", "aard", "afhankelijkheid"])
        // Forms depend on the archetype, so every archetype question is relevant to them too.
        #expect(
            empty.candidates(for: QuestionPlanner.formGoals).map(\.id)
                == ["motieven", "ambitie", "aard", "afhankelijkheid", "partners", "eigen-personeel"])
        #expect(empty.next()?.id == "motieven")
        // The six that apply now, plus an even chance for each of the two questions whose
        // applies-when reads the intent, which is not known yet.
        #expect(empty.remainingCount() == 7)
    }

    @Test func questionsThatDoNotApplyAreSkippedUntilTheyDo() {
        let improving = planner(["motieven": .options(["kosten-besparen"]), "ambitie": .option("verbeteren")])
        #expect(improving.candidates(for: [.archetype]).map(\.id) == ["aard", "hele-functie", "afhankelijkheid"])
        let renewing = planner(["motieven": .options(["innoveren"]), "ambitie": .option("vernieuwen")])
        #expect(renewing.candidates(for: [.archetype]).map(\.id) == ["aard", "samen-aanbieden", "afhankelijkheid"])
    }

    @Test func formQuestionsComeOnceTheArchetypeIsSettled() {
        var answers = Fixture.functional
        answers["partners"] = nil
        answers["eigen-personeel"] = nil
        let settled = planner(answers)
        #expect(settled.candidates(for: [.archetype]).isEmpty)
        #expect(settled.next()?.id == "partners")
        #expect(settled.remainingCount() == 2)
    }

    @Test func stopsWhenNothingRelevantRemains() {
        let done = planner(Fixture.functional)
        #expect(done.next() == nil)
        #expect(done.remainingCount() == 0)
    }

    @Test func skipsQuestionsItIsToldToSkip() {
        var skipping = planner([:])
        skipping.skipping = ["motieven", "ambitie"]
        #expect(skipping.next()?.id == "aard")
    }
}
