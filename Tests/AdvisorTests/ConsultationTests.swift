import Advisor
import JSON
import KnowledgeBase
import TestSupport
import Testing

@Suite("Consultations without prompting, and reports")
struct ConsultationTests {
    let knowledge = Fixture.small

    private func run(_ answers: [String: Answer], language: Language = .en, format: OutputFormat = .json)
        -> (ScriptedConversation, Consultation.Outcome)
    {
        let conversation = ScriptedConversation(["should not be read"])
        let settings = ConsultationSettings(
            language: language, format: format, mode: .noPrompt, answers: AnswerSet(answers: answers))
        return (conversation, Consultation.run(knowledge: knowledge, settings: settings, conversation: conversation))
    }

    /// Every question that can still apply, in asking order, in one list; a question that
    /// depends on other missing answers says when it is needed (issue 11, defect 5).
    @Test func listsEveryMissingQuestionWithItsFlag() {
        let (conversation, outcome) = run([:])
        #expect(outcome.report == nil)
        #expect(conversation.transcript == "")
        #expect(conversation.unread == ["should not be read"])
        #expect(
            outcome.messages(in: .en) == [
                "error: missing answer for 'motieven' (many-of); pass --answer motieven=kosten-besparen,continuiteit or put it in the answers file",
                "error: missing answer for 'ambitie' (one-of); pass --answer ambitie=verbeteren or put it in the answers file",
                "error: missing answer for 'aard' (one-of); pass --answer aard=uitwisselen or put it in the answers file",
                "error: missing answer for 'samen-aanbieden' (yes-no), needed if intent = vernieuwen; pass --answer samen-aanbieden=yes or put it in the answers file",
                "error: missing answer for 'hele-functie' (yes-no), needed if intent = verbeteren; pass --answer hele-functie=yes or put it in the answers file",
                "error: missing answer for 'afhankelijkheid' (scale); pass --answer afhankelijkheid=1 or put it in the answers file",
                "error: missing answer for 'partners' (one-of); pass --answer partners=publiek or put it in the answers file",
            ])
    }

    @Test func listsMissingQuestionsInDutchIncludingNewlyApplicableOnes() {
        let (_, outcome) = run(["ambitie": .option("vernieuwen")], language: .nl)
        #expect(
            outcome.messages(in: .nl) == [
                "fout: ontbrekend antwoord op 'motieven' (many-of); geef --answer motieven=kosten-besparen,continuiteit of zet het in het antwoordenbestand",
                "fout: ontbrekend antwoord op 'aard' (one-of); geef --answer aard=uitwisselen of zet het in het antwoordenbestand",
                "fout: ontbrekend antwoord op 'samen-aanbieden' (yes-no); geef --answer samen-aanbieden=yes of zet het in het antwoordenbestand",
                "fout: ontbrekend antwoord op 'hele-functie' (yes-no), nodig als intent = verbeteren; geef --answer hele-functie=yes of zet het in het antwoordenbestand",
                "fout: ontbrekend antwoord op 'afhankelijkheid' (scale); geef --answer afhankelijkheid=1 of zet het in het antwoordenbestand",
                "fout: ontbrekend antwoord op 'partners' (one-of); geef --answer partners=publiek of zet het in het antwoordenbestand",
            ])
    }

    @Test func completeAnswersGiveOneJSONObjectAndDefaultsAreTaken() throws {
        var answers = Fixture.functional
        answers["eigen-personeel"] = nil
        let (_, outcome) = run(answers)
        let report = try #require(outcome.report)
        let object = try #require(try JSONParser.parse(report).objectValue)
        #expect(object["archetype"]?.objectValue?["id"] == .string("functioneel"))
        #expect(object["answers"]?.objectValue?["eigen-personeel"] == .bool(false))
        #expect(object["asked"] == .number(7))
    }

    @Test func answersToQuestionsThatDoNotApplyAreIgnored() throws {
        var answers = Fixture.functional
        answers["samen-aanbieden"] = .boolean(true)
        let (_, outcome) = run(answers)
        let report = try #require(outcome.report)
        let object = try #require(try JSONParser.parse(report).objectValue)
        #expect(object["ignored"] == .array([.string("samen-aanbieden")]))
        #expect(object["asked"] == .number(7))
        #expect(object["signals"]?.arrayValue?.count == 1)
    }

    @Test func reportIsByteIdenticalTwiceInEveryFormat() {
        for format in OutputFormat.allCases {
            for language in Language.allCases {
                let settings = ConsultationSettings(language: language, format: format, showsTrace: true)
                let answers = AnswerSet(answers: Fixture.functional, partner: "Gemeente <Oost> & \"West\"")
                let first = Consultation.report(knowledge: knowledge, answers: answers, settings: settings)
                let second = Consultation.report(knowledge: knowledge, answers: answers, settings: settings)
                #expect(first == second)
                #expect(first.hasSuffix("\n"))
            }
        }
    }

    @Test func theOrderOfAnsweringDoesNotMatter() {
        let settings = ConsultationSettings(language: .nl, format: .json)
        let reference = Consultation.report(
            knowledge: knowledge, answers: AnswerSet(answers: Fixture.functional), settings: settings)
        let conversation = ScriptedConversation(["1,2", "1", "2", "ja", "1", "ja"])
        var prefilled = AnswerSet()
        prefilled.answers["afhankelijkheid"] = .number(4)
        let outcome = Consultation.run(
            knowledge: knowledge,
            settings: ConsultationSettings(language: .nl, format: .json, mode: .lineByLine, answers: prefilled),
            conversation: conversation)
        #expect(outcome == .report(reference))
    }

    /// The recorder sees the answers after every answer and after `terug`, so stopping at any
    /// moment loses nothing; a finished consultation records its final answers once more.
    @Test func recordsTheAnswersAfterEveryChange() {
        let recorder = RecordingAnswerRecorder()
        let settings = ConsultationSettings(
            language: .nl, mode: .lineByLine, answers: AnswerSet(answers: [:], partner: "Oost"))
        let conversation = ScriptedConversation(["1", "1", "2", "terug", "2"])
        let outcome = Consultation.run(
            knowledge: knowledge, settings: settings, conversation: conversation, recorder: recorder)
        #expect(outcome.report == nil)
        #expect(recorder.records.map(\.answers.count) == [1, 2, 3, 2, 3])
        #expect(recorder.records.allSatisfy { $0.partner == "Oost" })
        #expect(recorder.records.last?.answers["ambitie"] == .option("verbeteren"))

        let finished = RecordingAnswerRecorder()
        let complete = ConsultationSettings(
            language: .en, mode: .noPrompt, answers: AnswerSet(answers: Fixture.functional))
        _ = Consultation.run(
            knowledge: knowledge, settings: complete, conversation: ScriptedConversation(), recorder: finished)
        #expect(finished.records.map(\.answers) == [Fixture.functional])
    }
}
