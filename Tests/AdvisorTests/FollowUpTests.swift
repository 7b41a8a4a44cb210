@testable import Advisor
import Foundation
import KnowledgeBase
import TestSupport
import Testing

/// What the person can do after the recommendation (issue 11: what-if at the terminal, saving
/// the advice and the answers).
@Suite("The follow-up after the recommendation")
struct FollowUpTests {
    let knowledge = Fixture.small
    let answers = AnswerSet(answers: Fixture.functional)

    private func run(
        _ lines: [String], language: Language = .nl, files: MemoryReportFiles = MemoryReportFiles(),
        recorder: RecordingAnswerRecorder? = nil
    ) -> (transcript: String, kept: AnswerSet, unread: [String]) {
        let conversation = ScriptedConversation(lines)
        let settings = ConsultationSettings(language: language, mode: .interactive, reportDate: "2026-12-02")
        let kept = Consultation.followUp(
            knowledge: knowledge, settings: settings, answers: answers, conversation: conversation, files: files,
            recorder: recorder)
        return (conversation.transcript, kept, conversation.unread)
    }

    /// Enter closes at once, after the menu.
    @Test func enterCloses() {
        let (transcript, kept, _) = run([""], language: .en)
        #expect(
            transcript == """

                What would you like to do now?
                  1. Change an answer and see what changes (what if)
                  2. Save the advice as Markdown or HTML
                  3. Save the answers (to continue or compare later)
                Choice (1-3, Enter = done): 
                """)
        #expect(kept == answers)
    }

    /// The end of input closes too (the advice was already given).
    @Test func endOfInputCloses() {
        let (transcript, kept, _) = run([])
        #expect(transcript.hasSuffix("Keuze (1-3, Enter = klaar): \n"))
        #expect(kept == answers)
    }

    /// A changed answer is compared with the advice as it stands, as `advise --set` does; the
    /// change is kept only when the person says so, and what is saved then starts from it.
    @Test func changeCompareKeepAndSave() throws {
        let files = MemoryReportFiles()
        let recorder = RecordingAnswerRecorder()
        let (transcript, kept, unread) = run(
            ["1", "ambitie", "2", "ja", "ja", "2", "advies.md", ""], files: files, recorder: recorder)
        #expect(unread.isEmpty)
        #expect(transcript.contains("Welk antwoord wilt u veranderen?"))
        #expect(
            transcript.contains(
                "  2. Gaat het vooral om bestaand werk beter doen, of om iets nieuws? → Bestaand werk beter doen"))
        let comparison = try #require(transcript.range(of: "Wat als\n=======\n"))
        #expect(
            transcript[comparison.upperBound...].contains("ambitie: Bestaand werk beter doen → Iets nieuws ontwikkelen")
        )
        #expect(transcript.contains("Grondvorm:\n  - Functioneel samenwerken"))
        // The new answer makes another question relevant; it is asked before the comparison.
        #expect(transcript.contains("Leveren jullie samen iets aan derden dat geen van jullie alleen kan?"))
        #expect(transcript.contains("samen-aanbieden: (geen antwoord) → ja"))
        #expect(transcript.contains("Verandering aangehouden"))
        #expect(kept.answers["ambitie"] == .option("vernieuwen"))
        #expect(recorder.records == [kept])
        let saved = try #require(files.files["advies.md"])
        var markdown = ConsultationSettings(language: .nl, format: .markdown, reportDate: "2026-12-02")
        markdown.answers = kept
        #expect(saved == Consultation.report(knowledge: knowledge, answers: kept, settings: markdown))
        #expect(saved.hasPrefix("# "))
        #expect(transcript.contains("Opgeslagen in 'advies.md'."))
    }

    /// A change not kept leaves the advice as it was, and nothing is recorded.
    @Test func changeNotKept() {
        let recorder = RecordingAnswerRecorder()
        let (transcript, kept, _) = run(["1", "2", "2", "nee", "", ""], recorder: recorder)
        #expect(transcript.contains("Verandering niet aangehouden: het advies blijft zoals het was."))
        #expect(kept == answers)
        #expect(recorder.records.isEmpty)
    }

    /// A question that is not in the list is asked again with a hint; Enter goes back.
    @Test func unknownQuestionThenBack() {
        let (transcript, _, unread) = run(["1", "9", "bestaat-niet", "", ""], language: .en)
        #expect(unread.isEmpty)
        #expect(
            transcript.contains(
                "'9' is not in the list. Type a number from 1 to 7 or a question's id, or Enter to go back.\n"))
        #expect(transcript.contains("'bestaat-niet' is not in the list."))
        #expect(!transcript.contains("What if\n"))
        #expect(
            transcript.hasSuffix(
                "Anything else? (1 = what if, 2 = save the advice, 3 = save the answers, Enter = done): "))
    }

    /// `stop` at the changed question abandons the change.
    @Test func stopAbandonsTheChange() {
        let (transcript, kept, _) = run(["1", "1", "stop", ""])
        #expect(transcript.contains("Niets veranderd."))
        #expect(kept == answers)
    }

    /// The advice's format follows the extension; another extension is refused with a hint.
    @Test func adviceFormatFollowsTheName() throws {
        let files = MemoryReportFiles()
        let (transcript, _, _) = run(["2", "advies.txt", "advies.HTML", "2", "advies.markdown", ""], files: files)
        #expect(
            transcript.contains("Kies een naam die eindigt op .md (Markdown) of .html (een pagina voor de browser)."))
        #expect(try #require(files.files["advies.HTML"]).hasPrefix("<!DOCTYPE html>"))
        #expect(try #require(files.files["advies.markdown"]).hasPrefix("# "))
        #expect(files.files["advies.txt"] == nil)
    }

    /// The answers are saved in the answers-file format; an existing file is replaced only when
    /// the person agrees.
    @Test func answersAndReplacing() throws {
        let files = MemoryReportFiles(files: ["antwoorden.json": "oud"])
        let (transcript, _, _) = run(
            ["3", "antwoorden", "antwoorden.json", "", "antwoorden.json", "ja", ""], files: files)
        #expect(transcript.contains("Kies een naam die eindigt op .json"))
        #expect(transcript.contains("'antwoorden.json' bestaat al. Vervangen? (ja/nee, Enter = nee): "))
        #expect(files.files["antwoorden.json"] == answers.answersFileText(in: knowledge))
        #expect(transcript.components(separatedBy: "Vervangen?").count == 3)
    }

    /// A file that cannot be written says why and asks for another name.
    @Test func failureSaysWhy() {
        let files = MemoryReportFiles(failures: ["/proc/x.md": "de map staat geen nieuwe bestanden toe."])
        let (transcript, _, _) = run(["2", "/proc/x.md", "", ""], files: files)
        #expect(
            transcript.contains(
                "Niet opgeslagen: de map staat geen nieuwe bestanden toe. Kies een andere naam, of Enter om terug te gaan."
            ))
        #expect(files.files.isEmpty)
    }

    /// A choice the menu does not know gets a hint, a control character in a name is refused.
    @Test func hints() {
        let files = MemoryReportFiles()
        let (transcript, _, _) = run(["4", "2", "a\u{1B}.md", "", ""], files: files)
        #expect(transcript.contains("Dat begrijp ik niet: '4'. Typ 1, 2 of 3, of Enter om af te sluiten."))
        #expect(transcript.contains("De naam bevat een stuurteken; typ alleen gewone tekens."))
        #expect(files.files.isEmpty)
    }

    /// With a knowledge base that has the check of the five conditions, the menu offers it as a
    /// fourth choice: its questions are asked, its findings shown, and the advice saved after it
    /// includes them.
    @Test func theFiveConditionsAfterTheAdvice() throws {
        let shipped = Fixture.shipped
        let conversation = ScriptedConversation(
            ["4", "nee", "1", "ja", "nee", "ja", "ja", "nee", "ja", "ja", "ja", "2", "2", "advies.md", ""])
        let files = MemoryReportFiles()
        let recorder = RecordingAnswerRecorder()
        let given = AnswerSet(answers: [
            "motieven": .options(["kosten-besparen"]), "ambitie": .option("verbeteren"),
            "aard": .option("delen"), "opdrachtgever-opdrachtnemer": .boolean(false), "hele-functie": .boolean(true),
            "samen-aanbieden": .boolean(false),
        ])
        let kept = Consultation.followUp(
            knowledge: shipped, settings: ConsultationSettings(language: .nl, mode: .interactive),
            answers: given, conversation: conversation, files: files, recorder: recorder)
        let transcript = conversation.transcript
        #expect(
            transcript.contains(
                "  4. De vijf voorwaarden nalopen: is de samenwerking er klaar voor?\nKeuze (1-4, Enter = klaar): "))
        #expect(transcript.contains("Klaar om samen te werken? De vijf voorwaarden\n"))
        #expect(transcript.contains("  - Zonder mandaat geen besluiten\n"))
        #expect(
            transcript.contains("Deze bevindingen horen nu bij uw antwoorden; een advies dat u opslaat, bevat ze ook."))
        #expect(!transcript.contains("Waarom willen de partners samenwerken?"))
        #expect(kept.answers[ReadinessCheck.gateID] == .boolean(true))
        #expect(kept.answers["mandaat"] == .boolean(false))
        #expect(recorder.records.last == kept)
        let saved = try #require(files.files["advies.md"])
        #expect(saved.contains("Zonder mandaat geen besluiten"))
        #expect(conversation.unread.isEmpty)
    }
}
