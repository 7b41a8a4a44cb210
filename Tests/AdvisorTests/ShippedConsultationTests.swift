@testable import Advisor
import TestSupport
import JSON
import KnowledgeBase
import Testing
import Utilities

/// The consultation on the knowledge base that ships with the product.
@Suite("Consultations on the shipped knowledge")
struct ShippedConsultationTests {
    let knowledge = Fixture.shipped

    /// Answers question by question with the `index`-th choice (cycling), so different
    /// indexes take different paths through the conditional questions. With `mixing`, yes-no
    /// answers also depend on the question, so one script can say yes to one and no to another.
    static func strategy(_ index: Int, mixing: Bool = false) -> (Question) -> String {
        { question in
            switch question.kind {
            case .oneOf: return String(index % question.options.count + 1)
            case .manyOf:
                let count = question.options.count
                let first = index % count
                let second = (index * 7 + 3) % count
                // An exclusive option ("none of these") is chosen alone.
                if question.options[first].isExclusive || question.options[second].isExclusive {
                    return String(first + 1)
                }
                return "\(first + 1),\(second + 1)"
            case .yesNo:
                let salt = mixing ? question.id.unicodeScalars.reduce(0) { $0 + Int($1.value) } : 0
                return (index + salt) % 2 == 0 ? "ja" : "nee"
            case .scale(let min, let max): return String(min + index % (max - min + 1))
            }
        }
    }

    /// `hoe` at a prompt tells how the leaning came about (ambition, nature, archetype), not every
    /// form, agreement and signal the rules already reached: those are in the report.
    @Test func howTellsTheLeaningOnly() {
        let answers: [String: Answer] = [
            "motieven": .options(["kosten-besparen", "continuiteit"]), "ambitie": .option("verbeteren"),
            "aard": .option("delen"), "partners": .options(["semipubliek"]), "kring": .option("veel-of-open"),
        ]
        let conversation = ScriptedConversation(["hoe", "stop"])
        let outcome = Consultation.run(
            knowledge: knowledge,
            settings: ConsultationSettings(language: .nl, mode: .lineByLine, answers: AnswerSet(answers: answers)),
            conversation: conversation)
        #expect(outcome == .stopped)
        let transcript = conversation.transcript
        #expect(transcript.contains("(dus: ambitie: verbeteren"), "\(transcript)")
        #expect(transcript.contains("grondvorm: Functioneel samenwerken"), "\(transcript)")
        for label in ["vorm: ", "afspraak: ", "signaal: "] {
            #expect(!transcript.contains("dus: " + label), "\(label)")
        }
        #expect(transcript.split(separator: "\n").count < 60, "\(transcript)")
    }

    @Test func whyIsSpecificAtEveryQuestion() throws {
        var covered: Set<String> = []
        // These scripts together reach every question but the readiness check's gate, which is
        // never asked (checked below); the last one runs with the check turned on.
        let check = try #require(ReadinessCheck(knowledge: knowledge))
        for (index, readiness) in [(0, false), (11, false), (5, true)] {
            let conversation = AdaptiveConversation(
                knowledge: knowledge, language: .nl, asksWhy: true, strategy: Self.strategy(index, mixing: true))
            let answers = readiness ? check.turnedOn(AnswerSet()) : AnswerSet()
            let outcome = Consultation.run(
                knowledge: knowledge,
                settings: ConsultationSettings(language: .nl, mode: .lineByLine, answers: answers),
                conversation: conversation)
            #expect(outcome.report != nil, "script \(index): \(outcome.messages(in: .nl))")
            for question in conversation.answered {
                covered.insert(question.id)
                #expect(
                    conversation.transcript.contains(
                        "Waarom deze vraag? " + question.why(.nl) + "\nUw antwoord kan nog invloed hebben op "),
                    "why at '\(question.id)'")
            }
        }
        #expect(covered == Set(knowledge.questions.map(\.id)).subtracting([ReadinessCheck.gateID]))
    }

    /// Clear answers ("verbeteren", "uitwisselen", no legal form in mind) take at most 12
    /// questions; doubt ("allebei", "weet niet") brings in the discriminating questions.
    @Test func aClearConsultationTakesAtMostTwelveQuestions() {
        let conversation = AdaptiveConversation(
            knowledge: knowledge, language: .nl, asksWhy: false, strategy: Self.strategy(1))
        let outcome = Consultation.run(
            knowledge: knowledge, settings: ConsultationSettings(language: .nl, mode: .lineByLine),
            conversation: conversation)
        #expect(outcome.report != nil)
        #expect(conversation.answered.count <= 12)
    }

    @Test func englishInterviewFinishes() throws {
        let conversation = AdaptiveConversation(
            knowledge: knowledge, language: .en, asksWhy: true, strategy: Self.strategy(3))
        let outcome = Consultation.run(
            knowledge: knowledge, settings: ConsultationSettings(language: .en, mode: .lineByLine),
            conversation: conversation)
        let report = try #require(outcome.report)
        #expect(conversation.transcript.contains("Why this question? "))
        #expect(report.contains("\nWhat you are really doing is: ") || report.contains("\nThere is no clear archetype"))
        #expect(report.contains("This is not legal advice."))
    }

    @Test func withoutPromptingEveryMissingQuestionIsListedWithItsFlag() {
        let conversation = ScriptedConversation()
        let outcome = Consultation.run(
            knowledge: knowledge, settings: ConsultationSettings(language: .en), conversation: conversation)
        guard case .missing(let questions) = outcome else {
            Issue.record("expected missing answers, got \(outcome)")
            return
        }
        #expect(conversation.transcript == "")
        let lines = outcome.messages(in: .en)
        #expect(lines.count == questions.count)
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.hasPrefix("error: missing answer for '"))
            #expect(line.hasSuffix(" or put it in the answers file"))
            #expect(line.contains("; pass --answer "))
        }
        #expect(
            lines.first?.hasPrefix("error: missing answer for 'motieven' (many-of); pass --answer motieven=") == true)
    }

    @Test func randomCompleteAnswerSetsGiveStableReports() throws {
        var generator = SplitMix64(seed: 20261129)
        // One builder for every set: the flip rules are computed once.
        let builder = RecommendationBuilder(knowledge: knowledge)
        for _ in 0..<Sampling.count(small: 10, full: 100) {
            var answers = AnswerSet()
            for question in knowledge.questions {
                switch question.kind {
                case .oneOf:
                    answers.answers[question.id] = .option(
                        question.options[Int(generator.next() % UInt64(question.options.count))].id)
                case .manyOf:
                    let picked = question.options.filter { _ in generator.next() % 4 == 0 }.map(\.id)
                    answers.answers[question.id] = .options(picked.isEmpty ? [question.options[0].id] : picked)
                case .yesNo:
                    answers.answers[question.id] = .boolean(generator.next() % 2 == 0)
                case .scale(let min, let max):
                    answers.answers[question.id] = .number(min + Int(generator.next() % UInt64(max - min + 1)))
                }
            }
            let renderer = ReportRenderer(
                knowledge: knowledge, settings: ConsultationSettings(language: .en, format: .json))
            let first = renderer.render(builder.recommendation(for: answers))
            let second = renderer.render(builder.recommendation(for: answers))
            #expect(first == second)
            let object = try #require(try JSONParser.parse(first).objectValue)
            #expect(object["archetypes"]?.arrayValue?.count == 4)
            let scores = object["archetypes"]?.arrayValue?.compactMap { $0.objectValue?["score"]?.numberValue } ?? []
            #expect(scores == scores.sorted(by: >))
            let fits = object["forms"]?.arrayValue?.compactMap { $0.objectValue?["fit"]?.numberValue } ?? []
            #expect(fits == fits.sorted(by: >))
            for key in [
                "archetype", "position", "agreements", "excluded_forms", "signals", "flips", "trace", "asked",
                "ignored", "knowledge_version",
            ] {
                #expect(object[key] != nil, "\(key)")
            }
        }
    }
}
