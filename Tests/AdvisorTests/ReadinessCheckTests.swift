@testable import Advisor
import Foundation
import Inference
import JSON
import KnowledgeBase
import TestSupport
import Testing

/// The check of the five conditions on the shipped knowledge base: which questions belong to it,
/// that it never changes the advice, what it finds and how it is reported.
@Suite("Readiness check")
struct ReadinessCheckTests {
    let knowledge = Fixture.shipped

    /// The plain answers of a shipped case.
    private func caseAnswers(_ id: String) throws -> [String: Answer] {
        let path = "Knowledge/cases/\(id).json"
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(path)
        let cases = try CaseFile.read([(path, Array(try Data(contentsOf: url)))], knowledge: knowledge)
        return try #require(cases.first?.variants.first?.answers.answers)
    }

    private var check: ReadinessCheck {
        get throws { try #require(ReadinessCheck(knowledge: knowledge)) }
    }

    @Test func theCheckHasAQuestionPerConditionBehindItsGate() throws {
        let check = try check
        #expect(check.gate.id == "voorwaarden-nalopen")
        #expect(
            check.questions.map(\.id) == [
                "gedeelde-ambitie", "opgelegd", "eigen-opbrengst", "uitstapmoment", "belangen-besproken", "vertrouwen",
                "mandaat", "budget", "urgentie", "procesregie", "fase",
            ])
        #expect(check.gate.defaultAnswer == .boolean(false))
    }

    /// The check only adds signals: no rule that concludes the axes, the archetype, agreements or
    /// forms reads any of its questions (so the phase "verkennen" can never count towards the
    /// archetype verkennend).
    @Test func noRuleAboutTheAdviceReadsTheCheck() throws {
        let own = Set(try check.questions.map(\.id) + [ReadinessCheck.gateID])
        let advice: Set<String> = ["intent", "nature", "archetype", "agreement", "form", "excluded-form"]
        for rule in knowledge.engineRules where rule.conclusions.contains(where: { advice.contains($0.attribute) }) {
            #expect(Set(rule.premise.attributes).isDisjoint(with: own), "\(rule.id)")
        }
    }

    /// Whatever the check's answers, the archetype, its scores and the forms stay as they are;
    /// only signals are added. Every phase is tried on a functional case.
    @Test func theCheckNeverChangesTheAdvice() throws {
        let check = try check
        var plain = try caseAnswers("d-ict-dienst-vier-gemeenten-verkenning")
        for question in check.questions { plain[question.id] = nil }
        plain[ReadinessCheck.gateID] = nil
        let before = Consultation.recommend(knowledge: knowledge, answers: AnswerSet(answers: plain))
        #expect(before.archetype?.id == "functioneel")
        let phase = try #require(knowledge.question("fase"))
        for option in phase.options {
            var answers = try caseAnswers("d-ict-dienst-vier-gemeenten-verkenning")
            answers["fase"] = .option(option.id)
            let after = Consultation.recommend(knowledge: knowledge, answers: AnswerSet(answers: answers))
            #expect(after.archetypes == before.archetypes, "fase \(option.id)")
            #expect(after.forms == before.forms, "fase \(option.id)")
            #expect(after.agreements == before.agreements, "fase \(option.id)")
            #expect(Set(before.signals).isSubset(of: after.signals), "fase \(option.id)")
        }
    }

    /// The phase "verkennen" of a functional collaboration: the advice stays functional, the
    /// phase signal names the start memo and says the phase is not the archetype.
    @Test func thePhaseVerkennenIsNotTheArchetype() throws {
        let answers = try caseAnswers("d-ict-dienst-vier-gemeenten-verkenning")
        #expect(answers["fase"] == .option("verkennen"))
        let recommendation = Consultation.recommend(knowledge: knowledge, answers: AnswerSet(answers: answers))
        #expect(recommendation.archetype?.id == "functioneel")
        #expect(recommendation.signals.contains("fase-verkennen"))
        let signal = try #require(knowledge.signal("fase-verkennen"))
        #expect(signal.title(.nl).contains("startnotitie"))
        #expect(signal.text(.nl).contains("deze fase is iets anders dan de grondvorm verkennend"))
        #expect(signal.text(.en).contains("this phase is not the same as the exploratory archetype"))
    }

    /// Each phase raises its own signal, whose title names the fitting document.
    @Test func eachPhaseNamesItsDocument() throws {
        let check = try check
        let documents = [
            "verkennen": ("fase-verkennen", "startnotitie"), "delen": ("fase-delen", "intentieverklaring"),
            "overeenkomen": ("fase-overeenkomen", "afsprakennota"), "vormgeven": ("fase-vormgeven", "statuten"),
            "uitvoeren": ("fase-uitvoeren", "evalueer"),
        ]
        for (phase, (signal, document)) in documents {
            let answers = check.turnedOn(AnswerSet(answers: ["fase": .option(phase)]))
            let result = check.result(for: answers, knowledge: knowledge)
            #expect(result.findings.map(\.signal) == [signal], "\(phase)")
            #expect(knowledge.signal(signal)?.title(.nl).contains(document) == true, "\(phase)")
        }
    }

    /// Without the gate the check's answers are ignored and it finds nothing.
    @Test func withoutTheGateTheCheckFindsNothing() throws {
        let check = try check
        var answers = try caseAnswers("d-passend-onderwijs-cluster-zonder-doel")
        answers[ReadinessCheck.gateID] = nil
        let result = check.result(for: AnswerSet(answers: answers), knowledge: knowledge)
        #expect(result.findings.isEmpty)
        #expect(result.answers.isEmpty)
    }

    /// The findings of a collaboration in trouble, in the order of the conditions, each with the
    /// rules that raised it; signals raised by other rules (the motive "het moet") count only
    /// through the check's own rules.
    @Test func findingsFollowTheConditions() throws {
        let check = try check
        let answers = try caseAnswers("d-passend-onderwijs-cluster-zonder-doel")
        let result = check.result(for: AnswerSet(answers: answers), knowledge: knowledge)
        #expect(
            result.findings.map(\.signal) == [
                "schijnsamenwerking", "financier-voorwaarden", "belangen-onbesproken", "urgentie-verschilt",
                "procesregie-ontbreekt", "fase-uitvoeren",
            ])
        #expect(
            result.findings.first?.rules.sorted() == ["readiness-ambitie-niet-gedeeld", "readiness-opgelegd"])
        #expect(result.answers.count == 10)
    }

    /// A heavier or lighter form than the archetype needs is a finding of the check only.
    @Test func aFormHeavierOrLighterThanNeeded() throws {
        let check = try check
        let heavy = try caseAnswers("d-oogziekenhuis-optometristen-controles")
        #expect(heavy["welke-vorm"] == .option("cooperatie-ua"))
        let found = check.result(for: AnswerSet(answers: heavy), knowledge: knowledge).findings.map(\.signal)
        #expect(found.contains("vorm-zwaarder-dan-nodig"))
        var off = heavy
        off[ReadinessCheck.gateID] = nil
        #expect(
            !Consultation.recommend(knowledge: knowledge, answers: AnswerSet(answers: off)).signals.contains {
                $0.hasPrefix("vorm-zwaarder") || $0.hasPrefix("vorm-lichter")
            })
        let light = try caseAnswers("d-windpark-twee-cooperaties-gemeente")
        #expect(light["welke-vorm"] == .option("convenant"))
        #expect(
            check.result(for: AnswerSet(answers: light), knowledge: knowledge).findings.map(\.signal).contains(
                "vorm-lichter-dan-nodig"))
    }

    /// A rule that needs an archetype counts for the archetype the advice names only: a
    /// functional collaboration with a transactional runner-up (0.60) hears why a covenant is too
    /// light for functional collaboration, not for transactional.
    @Test func aRunnerUpsRulesAreNoFinding() throws {
        let check = try check
        let answers = try caseAnswers("e-salarisadministratie-centrumstad-convenant")
        let recommendation = Consultation.recommend(knowledge: knowledge, answers: AnswerSet(answers: answers))
        #expect(recommendation.archetype?.id == "functioneel")
        #expect(recommendation.archetypes.dropFirst().first?.id == "transactioneel")
        #expect((recommendation.archetypes.dropFirst().first?.score ?? 0) > 0)
        let finding = check.result(for: AnswerSet(answers: answers), knowledge: knowledge).findings.first {
            $0.signal == "vorm-lichter-dan-nodig"
        }
        #expect(finding?.rules == ["readiness-vorm-lichter-functioneel"])
    }

    /// The readiness subcommand's interview asks only the check's questions, and its report is
    /// the check's.
    @Test func theReadinessInterviewAsksOnlyTheCheck() throws {
        let check = try check
        let conversation = AdaptiveConversation(knowledge: knowledge, language: .en, asksWhy: false) { question in
            question.kind == .yesNo ? "no" : "2"
        }
        let outcome = Consultation.run(
            knowledge: knowledge,
            settings: ConsultationSettings(language: .en, mode: .lineByLine, scope: .readiness),
            conversation: conversation)
        #expect(Set(conversation.answered.map(\.id)).isSubset(of: Set(check.questions.map(\.id))))
        #expect(conversation.answered.count == check.questions.count - 1)  // 'uitstapmoment' needs a yes first
        let report = try #require(outcome.report)
        #expect(report.hasPrefix("Ready to collaborate? The five conditions\n"))
        #expect(report.contains("What needs attention"))
        #expect(report.contains("  - No mandate, no decisions\n"))
        #expect(
            report.contains("  - Sharing phase: record ambitions, interests and mandates in a letter of\n    intent\n"))
        #expect(
            report.replacingOccurrences(of: "\n", with: " ").hasSuffix(
                "This is not legal advice. The five conditions come from Common Eye's model (Kaats & Opheij). "))
    }

    /// With nothing to worry about, the report says so.
    @Test func nothingNeedsAttention() throws {
        let check = try check
        let answers: [String: Answer] = [
            "gedeelde-ambitie": .boolean(true), "opgelegd": .option("nee"), "eigen-opbrengst": .boolean(true),
            "uitstapmoment": .boolean(true), "belangen-besproken": .boolean(true), "vertrouwen": .boolean(true),
            "mandaat": .boolean(true), "budget": .boolean(true), "urgentie": .boolean(true),
            "procesregie": .boolean(true),
        ]
        let result = check.result(for: check.turnedOn(AnswerSet(answers: answers)), knowledge: knowledge)
        #expect(result.findings.isEmpty)
        let text = ReadinessReport(
            result: result, knowledge: knowledge, settings: ConsultationSettings(language: .nl)
        ).render()
        #expect(text.contains("Wat aandacht vraagt\n  Geen van de voorwaarden vraagt op grond van uw antwoorden"))
    }

    /// Every format carries the same findings; names are escaped.
    @Test func everyFormat() throws {
        let check = try check
        let answers = try caseAnswers("d-passend-onderwijs-cluster-zonder-doel")
        let result = check.result(for: AnswerSet(answers: answers, partner: "<Noord> & *Zuid*"), knowledge: knowledge)
        func render(_ format: OutputFormat) -> String {
            ReadinessReport(
                result: result, knowledge: knowledge, settings: ConsultationSettings(language: .en, format: format)
            ).render()
        }
        let json = try #require(try JSONParser.parse(Array(render(.json).utf8)).objectValue)
        #expect(json["partner"]?.stringValue == "<Noord> & *Zuid*")
        #expect(
            json["findings"]?.arrayValue?.compactMap { $0.objectValue?["signal"]?.stringValue }
                == result.findings.map(\.signal))
        #expect(json["answers"]?.objectValue?["fase"]?.stringValue == "uitvoeren")
        let markdown = render(.markdown)
        #expect(markdown.hasPrefix("# Ready to collaborate? The five conditions for \\<Noord\\> \\& \\*Zuid\\*\n"))
        #expect(markdown.contains("### Risk of sham collaboration\n"))
        let html = render(.html)
        #expect(
            html.contains("<title>Ready to collaborate? The five conditions for &lt;Noord&gt; &amp; *Zuid*</title>"))
        #expect(html.contains("<h3>Running phase: evaluate the collaboration together</h3>"))
        #expect(html.hasSuffix("</html>\n"))
    }
}
