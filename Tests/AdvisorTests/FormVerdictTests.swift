@testable import Advisor
import JSON
import KnowledgeBase
import Testing

/// Which signals a report shows, and the verdict on the form the user named.
@Suite("Form verdict")
struct FormVerdictTests {
    let knowledge = Fixture.withFormQuestion

    private func recommend(_ answers: [String: Answer]) -> Recommendation {
        Consultation.recommend(knowledge: knowledge, answers: AnswerSet(answers: answers))
    }

    /// Functional collaboration of private partners: the operational management body is
    /// excluded (it is not open to private partners), and so are the two forms without staff.
    private var privatePartners: [String: Answer] {
        var answers = Fixture.functional
        answers["partners"] = .option("privaat")
        return answers
    }

    private func ranked(_ forms: [(String, Double)]) -> [Recommendation.RankedForm] {
        forms.map { Recommendation.RankedForm(id: $0.0, fit: $0.1, reasons: []) }
    }

    @Test("the form question is the one-of question that lists every form")
    func findsTheFormQuestion() {
        #expect(FormVerdict.formQuestion(in: knowledge)?.id == "welke-vorm")
        #expect(FormVerdict.formQuestion(in: Fixture.small) == nil)
    }

    @Test("a signal about forms is shown while one of its forms is offered")
    func signalShownWhileItsFormIsOffered() {
        let result = recommend(Fixture.functional)
        #expect(result.forms.first?.id == "bedrijfsvoeringsorganisatie")
        #expect(result.signals == ["wgr"])
        #expect(result.chosenForm == nil)
    }

    @Test("a signal whose forms are all excluded disappears, although a rule raised it")
    func signalAboutExcludedFormsDisappears() {
        let result = recommend(privatePartners)
        #expect(result.excludedForms.map(\.id) == ["samenwerkingsovereenkomst", "dvo", "bedrijfsvoeringsorganisatie"])
        #expect(
            result.trace.contains { step in step.concluded.contains { $0.attribute == "signal" && $0.value == "wgr" } })
        #expect(result.signals == [])
    }

    @Test("a named form that is not possible gets the reason in its verdict, not a signal about it")
    func namedExcludedForm() throws {
        var answers = privatePartners
        answers["welke-vorm"] = .option("bedrijfsvoeringsorganisatie")
        let result = recommend(answers)
        #expect(result.signals == [])
        let chosen = try #require(result.chosenForm)
        #expect(chosen.id == "bedrijfsvoeringsorganisatie")
        #expect(chosen.verdict == .excluded)
        #expect(chosen.reasons.map(\.rule) == ["requirement/privaat-geen-publiekrecht/bedrijfsvoeringsorganisatie"])
    }

    @Test("'geen' names no form")
    func noneNamesNoForm() {
        var answers = privatePartners
        answers["welke-vorm"] = .option("geen")
        #expect(recommend(answers).chosenForm == nil)
    }

    @Test("a named form among the top three fits")
    func topFormFits() {
        var answers = Fixture.functional
        answers["welke-vorm"] = .option("stichting")
        let result = recommend(answers)
        #expect(result.topForms.map(\.id) == ["bedrijfsvoeringsorganisatie", "cooperatie", "stichting"])
        #expect(result.chosenForm == Recommendation.ChosenForm(id: "stichting", verdict: .fits, reasons: []))
    }

    @Test("a form outside the top is heavier, lighter or fits poorly, by weight against the top forms")
    func weightVerdicts() {
        // Weights in the small base: samenwerkingsovereenkomst 2, dvo 2, stichting 4, cooperatie 4,
        // bedrijfsvoeringsorganisatie 4.
        let verdict = FormVerdict(knowledge: knowledge)
        let heavyTop = ranked([
            ("bedrijfsvoeringsorganisatie", 0.9), ("cooperatie", 0.5), ("stichting", 0.4), ("dvo", 0.2),
        ])
        #expect(verdict.verdict(on: "dvo", forms: heavyTop, excluded: []).verdict == .lighter)
        #expect(verdict.verdict(on: "samenwerkingsovereenkomst", forms: heavyTop, excluded: []).verdict == .lighter)
        let lightTop = ranked([("samenwerkingsovereenkomst", 0.9), ("dvo", 0.8), ("stichting", -0.2)])
        #expect(verdict.verdict(on: "stichting", forms: lightTop, excluded: []).verdict == .heavier)
        #expect(verdict.verdict(on: "cooperatie", forms: lightTop, excluded: []).verdict == .heavier)
        let mixedTop = ranked([
            ("samenwerkingsovereenkomst", 0.9), ("bedrijfsvoeringsorganisatie", 0.8), ("dvo", 0.7),
            ("stichting", 0.3),
        ])
        #expect(verdict.verdict(on: "stichting", forms: mixedTop, excluded: []).verdict == .poor)
        #expect(verdict.verdict(on: "stichting", forms: [], excluded: []).verdict == .poor)
        let excluded = [
            Recommendation.ExcludedForm(id: "dvo", reasons: [Recommendation.Reason(rule: "r", contribution: 1)])
        ]
        #expect(
            verdict.verdict(on: "dvo", forms: heavyTop, excluded: excluded)
                == Recommendation.ChosenForm(id: "dvo", verdict: .excluded, reasons: excluded[0].reasons))
    }

    @Test("every format gives the verdict and the reason, in both languages", arguments: Language.allCases)
    func everyFormatGivesTheVerdict(_ language: Language) throws {
        var answers = privatePartners
        answers["welke-vorm"] = .option("bedrijfsvoeringsorganisatie")
        let report = { (format: OutputFormat) in
            Consultation.report(
                knowledge: knowledge, answers: AnswerSet(answers: answers),
                settings: ConsultationSettings(language: language, format: format))
        }
        let heading = language == .nl ? "De vorm die u noemde" : "The form you named"
        let verdict =
            language == .nl
            ? "Bedrijfsvoeringsorganisatie: kan hier niet, omdat:"
            : "Operational management body: not possible here, because:"
        for format in [OutputFormat.text, .markdown, .html] {
            let text = report(format)
            #expect(text.contains(heading), "\(format)")
            #expect(text.contains(verdict), "\(format)")
        }
        let json = try #require(try JSONParser.parse(report(.json)).objectValue)
        let chosen = try #require(json["chosen_form"]?.objectValue)
        #expect(chosen["id"] == .string("bedrijfsvoeringsorganisatie"))
        #expect(chosen["verdict"] == .string("excluded"))
        #expect(chosen["reasons"]?.arrayValue?.count == 1)
        answers["welke-vorm"] = .option("geen")
        #expect(try JSONParser.parse(report(.json)).objectValue?["chosen_form"] == .null)
        #expect(!report(.text).contains(heading))
    }
}
