@testable import Advisor
import KnowledgeBase
import Testing

/// An exclusive option ("none of these") stands alone, at the prompt, in answers files and in
/// `--answer` (issue 11, defect 6). The shipped `zelf-kunnen` declares `geen` exclusive.
@Suite("Exclusive options")
struct ExclusiveOptionsTests {
    let knowledge = Fixture.shipped

    private var zelfKunnen: Question {
        get throws { try #require(knowledge.questions.first { $0.id == "zelf-kunnen" }) }
    }

    @Test func findsTheConflict() throws {
        let rule = ExclusiveOptions(question: try zelfKunnen)
        #expect(rule.conflict(in: ["geen"]) == nil)
        #expect(rule.conflict(in: ["personeel", "contracten"]) == nil)
        #expect(
            rule.conflict(in: ["personeel", "geen", "contracten"])
                == ExclusiveOptions.Conflict(option: "geen", others: ["personeel", "contracten"]))
    }

    @Test func answersFileAndAssignmentNameQuestionAndOptions() throws {
        let json = #"{"answers": {"zelf-kunnen": ["geen", "personeel"]}}"#
        do {
            _ = try AnswerSet.parse(json: Array(json.utf8), source: "a.json", knowledge: knowledge)
            Issue.record("expected an error")
        } catch {
            #expect(
                error.sentences(in: .en) == [
                    "a.json: question 'zelf-kunnen' (many-of): option 'geen' excludes the others and cannot be chosen together with 'personeel'"
                ])
            #expect(
                error.sentences(in: .nl) == [
                    "a.json: vraag 'zelf-kunnen' (many-of): optie 'geen' sluit de andere uit en kan niet samen met 'personeel' gekozen worden"
                ])
        }
        var set = AnswerSet()
        #expect(
            throws: AnswerError(
                .exclusiveOption(
                    source: "--answer", question: "zelf-kunnen", option: "geen", others: ["personeel", "contracten"]))
        ) {
            try set.apply(assignment: "zelf-kunnen=personeel,geen,contracten", knowledge: knowledge)
        }
        try set.apply(assignment: "zelf-kunnen=geen", knowledge: knowledge)
        #expect(set.answers["zelf-kunnen"] == .options(["geen"]))
    }

    @Test func promptRejectsWithAHintNamingTheOption() throws {
        let question = try zelfKunnen
        let geen = try #require(question.options.firstIndex { $0.id == "geen" }) + 1
        let typed = TypedAnswer("1, \(geen)", for: question, language: .nl)
        let personeel = question.options[0].label(.nl)
        let label = question.options[geen - 1].label(.nl)
        #expect(typed == .rejected(.exclusive(label, others: [personeel])))
        #expect(
            Phrases(language: .nl).hint(.exclusive("Geen", others: ["A", "B"]), for: question).hasPrefix(
                "'Geen' sluit de andere opties uit; kies die alleen, of kies 'A' en 'B' zonder."))
        #expect(
            Phrases(language: .en).hint(.exclusive("None", others: ["A"]), for: question).hasPrefix(
                "'None' excludes the other options; choose it alone, or choose 'A' without it."))
        #expect(TypedAnswer("\(geen)", for: question, language: .nl) == .answer(.options(["geen"])))
    }
}
