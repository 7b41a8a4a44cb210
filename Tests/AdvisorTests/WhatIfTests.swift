@testable import Advisor
import JSON
import KnowledgeBase
import TestSupport
import Testing

/// What-if: the recommendation for changed answers next to the original (issue 11, what-if).
@Suite("What if")
struct WhatIfTests {
    let knowledge = Fixture.small

    private func compare(_ changes: [String: Answer], format: OutputFormat = .text, language: Language = .en) -> String?
    {
        var changed = AnswerSet(answers: Fixture.functional)
        for (id, answer) in changes { changed.answers[id] = answer }
        let settings = ConsultationSettings(
            language: language, format: format, answers: AnswerSet(answers: Fixture.functional))
        return Consultation.whatIf(knowledge: knowledge, settings: settings, changed: changed).report
    }

    @Test func unchangedAnswersChangeNothing() throws {
        let builder = RecommendationBuilder(knowledge: knowledge)
        let same = builder.recommendation(for: AnswerSet(answers: Fixture.functional))
        let whatIf = WhatIf(before: same, after: same, questionOrder: knowledge.questions.map(\.id))
        #expect(whatIf.changes.isEmpty)
        #expect(compare([:]) == "What if\n=======\n\nThe advice does not change.\n")
    }

    @Test func aChangedAnswerShowsWhatChanges() throws {
        let before = Consultation.recommend(knowledge: knowledge, answers: AnswerSet(answers: Fixture.functional))
        var answers = Fixture.functional
        answers["aard"] = .option("uitwisselen")
        answers["afhankelijkheid"] = .number(1)
        let after = Consultation.recommend(knowledge: knowledge, answers: AnswerSet(answers: answers))
        let whatIf = WhatIf(before: before, after: after, questionOrder: knowledge.questions.map(\.id))
        #expect(whatIf.changes.answers == ["aard", "afhankelijkheid"])
        #expect(whatIf.changes.nature?.from == before.nature)
        #expect(whatIf.changes.nature?.to == after.nature)
        #expect(!whatIf.changes.rulesNowFiring.isEmpty || !whatIf.changes.rulesNoLongerFiring.isEmpty)
        if before.archetype?.id != after.archetype?.id {
            #expect(whatIf.changes.archetype == WhatIf.Transition(from: before.archetype?.id, to: after.archetype?.id))
        }
        let text = try #require(compare(["aard": .option("uitwisselen"), "afhankelijkheid": .number(1)]))
        #expect(text.hasPrefix("What if\n=======\n\nChanged answers:\n  - "), "\(text)")
        #expect(text.contains("Exchanging (-1) to sharing (+1):\n  - "), "\(text)")
    }

    @Test func jsonHoldsBeforeAfterAndChanges() throws {
        let report = try #require(compare(["aard": .option("uitwisselen")], format: .json))
        let object = try #require(try JSONParser.parse(report).objectValue)
        #expect(object.pairs.map(\.key) == ["before", "after", "changes"])
        #expect(object["before"]?.objectValue?["answers"]?.objectValue?["aard"] == .string("delen"))
        #expect(object["after"]?.objectValue?["answers"]?.objectValue?["aard"] == .string("uitwisselen"))
        let changes = try #require(object["changes"]?.objectValue)
        #expect(changes["answers"] == .array([.string("aard")]))
        #expect(
            changes.pairs.map(\.key) == [
                "answers", "archetype", "intent", "nature", "forms_gained", "forms_lost", "forms_excluded",
                "forms_no_longer_excluded", "signals_raised", "signals_dropped", "rules_now_firing",
                "rules_no_longer_firing",
            ])
    }

    @Test func markdownAndHTMLEscape() throws {
        let markdown = try #require(compare(["aard": .option("uitwisselen")], format: .markdown, language: .nl))
        #expect(markdown.hasPrefix("# Wat als\n\n## Gewijzigde antwoorden\n\n- "))
        let html = try #require(compare(["aard": .option("uitwisselen")], format: .html, language: .nl))
        #expect(html.contains("<title>Wat als</title>"))
        #expect(html.contains("<h2>Gewijzigde antwoorden</h2>"))
    }

    @Test func missingAnswersInEitherSetAreListed() throws {
        var changed = AnswerSet(answers: Fixture.functional)
        changed.answers["ambitie"] = nil
        let settings = ConsultationSettings(language: .en, answers: AnswerSet(answers: Fixture.functional))
        let outcome = Consultation.whatIf(knowledge: knowledge, settings: settings, changed: changed)
        #expect(outcome.report == nil)
        #expect(outcome.messages(in: .en).first?.hasPrefix("error: missing answer for 'ambitie'") == true)
    }
}
