import Foundation
import Inference
import KnowledgeBase
import Testing

@testable import Advisor

@Suite("The knowledge case suite")
struct CaseSuiteTests {
    /// The fixture's case, read as `grondvorm test` reads it (CaseFileTests checks the file).
    static func fixtureCases() throws -> [KnowledgeCase] {
        try CaseFile.read([("cases/kennisnetwerk.json", CaseFileTests.caseFile())], knowledge: Fixture.small)
    }

    @Test func interviewsEveryVariantAndComparesTheAdvice() throws {
        let result = CaseSuite.run(try Self.fixtureCases(), knowledge: Fixture.small)
        #expect(result.runs.map(\.variant) == ["plain", "surface", "unknown"])
        let plain = try #require(result.runs.first)
        #expect(plain.got == "verkennend")
        #expect(plain.isFirstRight)
        #expect(plain.asked.first == "motieven")
        // The small base asks every question the answers reach; the case leaves some open.
        #expect(plain.problems.allSatisfy { if case .unanswered = $0 { return true } else { return false } })
        // "verbeteren" outweighs the knowledge motive: the surface answer misleads this base.
        let surface = result.runs[1]
        #expect(!surface.isFirstRight)
        #expect(surface.problems.contains(.wrongFirst(got: surface.got)))
        #expect(result.first == 1.0 / 3.0 || result.first == 2.0 / 3.0)
    }

    @Test func aTussenvormCaseAcceptsEitherArchetypeFirst() throws {
        let file = CaseFileTests.caseFile([("\"tussenvorm\": null", "\"tussenvorm\": \"transactioneel\"")])
        let cases = try CaseFile.read([("cases/kennisnetwerk.json", file)], knowledge: Fixture.small)
        let result = CaseSuite.run(cases, knowledge: Fixture.small)
        let surface = result.runs[1]
        #expect(surface.got == "transactioneel")
        #expect(surface.isFirstRight)
    }

    @Test func listsTheRulesThatNeverFired() throws {
        let result = CaseSuite.run(try Self.fixtureCases(), knowledge: Fixture.small)
        #expect(result.uncoveredRules.contains("hele-functie-is-delen"))
        #expect(!result.uncoveredRules.contains("kennis-is-uitwisselen"))
        #expect(!result.reaches(.shipped))
        #expect(result.ruleCount == Fixture.small.ruleBase.rules.count)
    }

    @Test func aForbiddenFormInTheTopThreeAndAMissingSignalAreProblems() throws {
        let file = CaseFileTests.caseFile([
            (
                "\"forbidden_forms\": [\"bedrijfsvoeringsorganisatie\"]",
                "\"forbidden_forms\": [\"samenwerkingsovereenkomst\"]"
            ),
            ("\"signals\": []", "\"signals\": [\"mededinging\"]"),
        ])
        let cases = try CaseFile.read([("cases/kennisnetwerk.json", file)], knowledge: Fixture.small)
        let plain = try #require(CaseSuite.run(cases, knowledge: Fixture.small).runs.first)
        #expect(plain.problems.contains(.missingSignal(id: "mededinging")))
        #expect(
            plain.problems.contains {
                if case .forbiddenForm(id: "samenwerkingsovereenkomst", _) = $0 { return true } else { return false }
            })
    }

    @Test func theReportInJSONHasTheDocumentedShape() throws {
        let result = CaseSuite.run(try Self.fixtureCases(), knowledge: Fixture.small)
        let json = CaseSuiteReport(result: result, language: .en).rendered(as: .json)
        #expect(
            json.hasPrefix(
                "{\n  \"cases\": [\n    {\n      \"id\": \"kennisnetwerk\",\n      \"variant\": \"plain\",\n      \"expected\": \"verkennend\",\n      \"got\": \"verkennend\",\n      \"ok\": "
            ))
        #expect(json.contains("\"first\": "))
        #expect(json.contains("\"top_two\": "))
        #expect(json.contains("\"uncovered_rules\": [\n"))
        #expect(json.contains("\n    \"hele-functie-is-delen\",\n"))
        #expect(json.hasSuffix("}\n"))
    }

    @Test func theTextReportCountsRunsAndListsProblemsInEitherLanguage() throws {
        let result = CaseSuite.run(try Self.fixtureCases(), knowledge: Fixture.small)
        let english = CaseSuiteReport(result: result, language: .en).rendered(as: .text)
        #expect(english.hasPrefix("Case suite: 1 cases, 3 runs (knowledge test-1)\n\n  first choice right:  "))
        #expect(english.contains("  kennisnetwerk (surface)\n    - expected verkennend first, got "))
        #expect(english.hasSuffix("The suite does not reach the bar.\n"))
        let dutch = CaseSuiteReport(result: result, language: .nl).rendered(as: .text)
        #expect(dutch.contains("eerste keus goed:"))
        #expect(dutch.hasSuffix("De casussen halen de norm niet.\n"))
        let markdown = CaseSuiteReport(result: result, language: .en).rendered(as: .markdown)
        #expect(markdown.hasPrefix("# Case suite: 1 cases, 3 runs (knowledge test-1)\n\n- first choice right: "))
        let html = CaseSuiteReport(result: result, language: .nl).rendered(as: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
    }

    @Test func percentagesHaveOneDecimal() {
        #expect(CaseSuiteReport.percent(0.953) == "95.3 %")
        #expect(CaseSuiteReport.percent(1) == "100.0 %")
        #expect(CaseSuiteReport.percent(0) == "0.0 %")
    }
}
