@testable import Advisor
import Foundation
import KnowledgeBase
import TestSupport
import Testing

@Suite("The interview")
struct InterviewTests {
    let knowledge = Fixture.small

    private func run(
        _ lines: [String], language: Language = .nl, format: OutputFormat = .text, mode: InputMode = .lineByLine,
        answers: AnswerSet = AnswerSet()
    ) -> (ScriptedConversation, Consultation.Outcome) {
        let conversation = ScriptedConversation(lines)
        let settings = ConsultationSettings(language: language, format: format, mode: mode, answers: answers)
        return (conversation, Consultation.run(knowledge: knowledge, settings: settings, conversation: conversation))
    }

    @Test func dutchTranscriptWithDefaultAndReport() throws {
        let (conversation, outcome) = run(["1,2", "1", "2", "ja", "4", "1", ""])
        let report = try #require(outcome.report)
        #expect(
            conversation.transcript == """
                Ik stel u een paar vragen over de samenwerking. Typ ? bij een vraag om te horen waarom ik die stel, of help voor alle commando's.

                Vraag 1 van ongeveer 7
                Waarom willen jullie samenwerken?
                  1. Kosten besparen
                  2. Continuïteit
                  3. Kennis uitwisselen
                  4. Innoveren
                  5. Markt ontwikkelen
                Antwoord (een of meer nummers, bijv. 1,3): 1,2

                Vraag 2 van ongeveer 7
                Gaat het vooral om bestaand werk beter doen, of om iets nieuws?
                  1. Bestaand werk beter doen
                  2. Iets nieuws ontwikkelen
                  3. Weet ik nog niet
                Antwoord (1-3): 1

                Vraag 3 van ongeveer 7
                Ruilen jullie iets uit, of gaan jullie delen van je organisatie samen inrichten?
                  1. Uitwisselen
                  2. Samen delen
                  3. Weet ik nog niet
                Antwoord (1-3): 2

                Vraag 4 van ongeveer 7
                Gaat het om een complete bedrijfsfunctie, zoals ICT of inkoop?
                Antwoord (ja/nee): ja

                Vraag 5 van ongeveer 7
                Hoe afhankelijk worden jullie van elkaar (1 = nauwelijks, 5 = volledig)?
                Antwoord (1-5): 4

                Vraag 6 van ongeveer 7
                Wie doen er mee?
                  1. Alleen publieke partijen
                  2. Alleen private partijen
                  3. Publiek en privaat gemengd
                Antwoord (1-3): 1

                Vraag 7 van ongeveer 7
                Moet de samenwerking zelf personeel in dienst nemen?
                Antwoord (ja/nee, Enter = nee): 


                """)
        #expect(report.hasPrefix("Grondvorm-advies\n"))
        #expect(report.hasSuffix("Kennisversie test-1, 7 vragen beantwoord\n"))
        #expect(report.contains("\nEigenlijk zijn jullie bezig met: functioneel samenwerken\n"))
    }

    @Test func englishInterviewWithAJSONReport() throws {
        let (conversation, outcome) = run(
            ["innovating, developing", "2", "sharing", "?", "y", "5", "private", "yes"], language: .en, format: .json)
        let report = try #require(outcome.report)
        #expect(
            conversation.transcript == """
                I will ask you a few questions about your collaboration. Type ? at a question to hear why I ask it, or help for all commands.

                Question 1 of about 7
                Why do you want to collaborate?
                  1. Cutting costs
                  2. Continuity
                  3. Exchanging knowledge
                  4. Innovating
                  5. Developing a market
                Answer (one or more numbers, e.g. 1,3): innovating, developing

                Question 2 of about 7
                Is it mainly about doing existing work better, or about something new?
                  1. Doing existing work better
                  2. Developing something new
                  3. Not sure yet
                Answer (1-3): 2

                Question 3 of about 7
                Do you exchange something, or will you set up parts of your organisations together?
                  1. Exchanging
                  2. Sharing
                  3. Not sure yet
                Answer (1-3): sharing

                Question 4 of about 7
                Will you jointly deliver something to third parties that none of you can deliver alone?
                Answer (yes/no): ?
                Why this question? A joint offer with shared risk is the hallmark of entrepreneurial collaboration.
                Your answer can still change the nature (exchange or share), the archetype, the core agreements, the fitting forms and the signals.
                Answer (yes/no): y

                Question 5 of about 7
                How dependent on each other will you become (1 = hardly, 5 = completely)?
                Answer (1-5): 5

                Question 6 of about 7
                Who takes part?
                  1. Public bodies only
                  2. Private parties only
                  3. Public and private mixed
                Answer (1-3): private

                Question 7 of about 7
                Must the collaboration itself employ staff?
                Answer (yes/no, Enter = no): yes


                """)
        #expect(report.hasPrefix("{\n  \"archetype\": {\n    \"id\": \"ondernemend\","))
        #expect(report.hasSuffix("}\n"))
    }

    @Test func commandsBadAnswersAndBackInDutch() throws {
        let (conversation, outcome) = run([
            "?", "1,2", "hoe", "1", "x", "2", "terug", "2", "overzicht", "", "5", "help", "1",
        ])
        let open = try #require(knowledge.questions.first { $0.id == "hele-functie" })
        #expect(outcome == .inputEnded(open))
        #expect(
            conversation.transcript == """
                Ik stel u een paar vragen over de samenwerking. Typ ? bij een vraag om te horen waarom ik die stel, of help voor alle commando's.

                Vraag 1 van ongeveer 7
                Waarom willen jullie samenwerken?
                  1. Kosten besparen
                  2. Continuïteit
                  3. Kennis uitwisselen
                  4. Innoveren
                  5. Markt ontwikkelen
                Antwoord (een of meer nummers, bijv. 1,3): ?
                Waarom deze vraag? De motieven laten zien of het om verbeteren of vernieuwen gaat, en om uitwisselen of delen.
                Uw antwoord kan nog invloed hebben op de ambitie (verbeteren of vernieuwen), de aard (uitwisselen of delen), de grondvorm, de kernafspraken en de passende vormen.
                Antwoord (een of meer nummers, bijv. 1,3): 1,2

                Vraag 2 van ongeveer 7
                Gaat het vooral om bestaand werk beter doen, of om iets nieuws?
                  1. Bestaand werk beter doen
                  2. Iets nieuws ontwikkelen
                  3. Weet ik nog niet
                Antwoord (1-3): hoe
                Uw antwoorden
                  - Waarom willen jullie samenwerken?
                    Kosten besparen, Continuïteit
                Bedoeling en aard
                  - Kosten besparen gaat over bestaand werk beter doen. (dus: ambitie: verbeteren, +0.50)
                  - Continuïteit vraagt om gedeelde mensen en middelen. (dus: ambitie: verbeteren, +0.40; aard: delen, +0.50)
                Grondvorm
                  - De intentie is verbeteren en de aard is delen: dat is de grondvorm Functioneel samenwerken. (dus: grondvorm: Functioneel samenwerken, +0.50)
                Huidige neiging: Functioneel samenwerken (zekerheid 0.50)
                Antwoord (1-3): 1

                Vraag 3 van ongeveer 7
                Ruilen jullie iets uit, of gaan jullie delen van je organisatie samen inrichten?
                  1. Uitwisselen
                  2. Samen delen
                  3. Weet ik nog niet
                Antwoord (1-3): x
                Dat begrijp ik niet: 'x'. Kies een nummer van 1 tot en met 3, de id van een optie of het begin van de tekst.
                Antwoord (1-3): 2

                Vraag 4 van ongeveer 7
                Gaat het om een complete bedrijfsfunctie, zoals ICT of inkoop?
                Antwoord (ja/nee): terug
                Antwoord teruggenomen: Ruilen jullie iets uit, of gaan jullie delen van je organisatie samen inrichten?

                Vraag 3 van ongeveer 7
                Ruilen jullie iets uit, of gaan jullie delen van je organisatie samen inrichten?
                  1. Uitwisselen
                  2. Samen delen
                  3. Weet ik nog niet
                Antwoord (1-3): 2

                Vraag 4 van ongeveer 7
                Gaat het om een complete bedrijfsfunctie, zoals ICT of inkoop?
                Antwoord (ja/nee): overzicht
                Uw antwoorden tot nu toe:
                  - Waarom willen jullie samenwerken?
                    Kosten besparen, Continuïteit
                  - Gaat het vooral om bestaand werk beter doen, of om iets nieuws?
                    Bestaand werk beter doen
                  - Ruilen jullie iets uit, of gaan jullie delen van je organisatie samen inrichten?
                    Samen delen
                Huidige neiging: Functioneel samenwerken (zekerheid 0.90)
                Antwoord (ja/nee): 
                Deze vraag heeft geen standaardantwoord. Antwoord met ja of nee (j/n).
                Antwoord (ja/nee): 5
                Dat begrijp ik niet: '5'. Antwoord met ja of nee (j/n).
                Antwoord (ja/nee): help
                Commando's bij elke vraag:
                  ? of waarom     waarom ik deze vraag stel
                  hoe             hoe de huidige neiging tot stand kwam
                  waarom niet X   wat grondvorm X (nog) tegenhoudt, bijv. waarom niet ondernemend
                  terug           het vorige antwoord terugnemen
                  overzicht       uw antwoorden tot nu toe en de huidige neiging
                  help            deze uitleg
                  stop            de consultatie beëindigen zonder advies
                Antwoord (ja/nee): 1
                Dat begrijp ik niet: '1'. Antwoord met ja of nee (j/n).
                Antwoord (ja/nee): 

                """)
        #expect(
            outcome.messages(in: .nl) == [
                "fout: invoer eindigde voor de laatste vraag; onbeantwoord: 'hele-functie' (Gaat het om een complete bedrijfsfunctie, zoals ICT of inkoop?)"
            ])
    }

    @Test func englishCommandsAtTheFirstQuestion() {
        let (conversation, outcome) = run(["back", "how", "summary", "help", "quit"], language: .en)
        #expect(outcome == .stopped)
        #expect(
            conversation.transcript == """
                I will ask you a few questions about your collaboration. Type ? at a question to hear why I ask it, or help for all commands.

                Question 1 of about 7
                Why do you want to collaborate?
                  1. Cutting costs
                  2. Continuity
                  3. Exchanging knowledge
                  4. Innovating
                  5. Developing a market
                Answer (one or more numbers, e.g. 1,3): back
                There is no answer to take back yet.
                Answer (one or more numbers, e.g. 1,3): how
                Nothing has been concluded yet; answer a few questions first.
                No clear leaning yet.
                Answer (one or more numbers, e.g. 1,3): summary
                You have not answered any questions yet.
                No clear leaning yet.
                Answer (one or more numbers, e.g. 1,3): help
                Commands at every question:
                  ? or why        why I ask this question
                  how             how the current leaning was reached
                  why not X       what holds archetype X back, e.g. why not ondernemend
                  back            take back the previous answer
                  summary         your answers so far and the current leaning
                  help            this explanation
                  quit            end the consultation without advice
                Answer (one or more numbers, e.g. 1,3): quit

                """)
        #expect(outcome.messages(in: .en) == ["Consultation stopped; no advice was given."])
    }

    @Test func stopInDutchEndsWithoutAReport() {
        let (conversation, outcome) = run(["stop"])
        #expect(outcome == .stopped)
        #expect(!conversation.transcript.contains("Grondvorm-advies"))
        #expect(outcome.messages(in: .nl) == ["Consultatie gestopt; er is geen advies gegeven."])
    }

    @Test func interactiveModeDoesNotEchoInput() {
        let (conversation, outcome) = run(["1,2", "1", "2", "ja", "4", "1", ""], mode: .interactive)
        #expect(outcome.report != nil)
        #expect(
            conversation.transcript.contains("\nAntwoord (een of meer nummers, bijv. 1,3): \nVraag 2 van ongeveer 7\n"))
        #expect(!conversation.transcript.contains("1,2"))
    }

    @Test func endOfInputAtTheFirstQuestionNamesIt() {
        let (_, outcome) = run([], language: .en)
        #expect(
            outcome.messages(in: .en) == [
                "error: input ended before the last question; unanswered: 'motieven' (Why do you want to collaborate?)"
            ])
    }

    @Test func prefilledAnswersAreNotAskedAgain() throws {
        let prefilled = AnswerSet(answers: [
            "motieven": .options(["kosten-besparen"]), "ambitie": .option("verbeteren"),
        ])
        let (conversation, outcome) = run(["2", "nee", "2", "3", "n"], answers: prefilled)
        let report = try #require(outcome.report)
        #expect(conversation.transcript.contains("Vraag 3 van ongeveer 7\nRuilen jullie iets uit"))
        #expect(!conversation.transcript.contains("Waarom willen jullie samenwerken?\n"))
        #expect(report.contains("Kennisversie test-1, 7 vragen beantwoord\n"))
    }

    /// `why` names the question's own reason and what it can still change, at every question
    /// of the base (both branches of the applies-when questions).
    @Test(arguments: [["1", "1"], ["4", "2"]])
    func whyIsSpecificAtEveryQuestion(start: [String]) {
        var lines: [String] = []
        let script = start + ["3", "ja", "3", "2", "ja"]
        for answer in script { lines += ["?", answer] }
        let (conversation, outcome) = run(lines)
        #expect(outcome.report != nil)
        let asked = knowledge.questions.filter { conversation.transcript.contains("\n" + $0.text(.nl) + "\n") }
        #expect(asked.count == 7)
        for question in asked {
            #expect(
                conversation.transcript.contains(
                    "Waarom deze vraag? " + question.why(.nl) + "\nUw antwoord kan nog invloed hebben op "))
        }
    }

    /// `waarom niet X` answers from the engine's `whyNot`: each rule that can conclude the
    /// archetype, with what it adds or the first condition that holds it back (issue 10, item 7).
    @Test func whyNotExplainsWhatHoldsAnArchetypeBack() {
        let (conversation, outcome) = run(
            ["1", "waarom niet ondernemend", "1", "why not functioneel", "waarom niet x", "stop"], language: .nl)
        #expect(outcome == .stopped)
        let transcript = conversation.transcript
        #expect(
            transcript.contains(
                "Waarom (nog) niet Ondernemend samenwerken? Wat ervoor pleit en wat het tegenhoudt:\n- "))
        #expect(transcript.contains("Nog niet: ambitie: vernieuwen."), "\(transcript)")
        #expect(transcript.contains("Functioneel samenwerken"))
        #expect(
            transcript.contains(
                "Welke grondvorm bedoelt u ('x')? Typ 'waarom niet' met transactioneel, functioneel, verkennend of ondernemend."
            ))
    }
}
