import Foundation
import Inference
import KnowledgeBase
import Testing

@testable import Advisor

@Suite("Case files of the knowledge case suite")
struct CaseFileTests {
    /// A valid case file for the small fixture base, with `replacing` applied to its text.
    static func caseFile(_ replacements: [(String, String)] = []) -> [UInt8] {
        var text = """
            {
              "id": "kennisnetwerk",
              "sector": "zorg",
              "title": "Een kennisnetwerk",
              "description": "Wij leren van elkaar.",
              "source": "domain.md 1.3.3",
              "expected": "verkennend",
              "tussenvorm": null,
              "forbidden_forms": ["bedrijfsvoeringsorganisatie"],
              "signals": [],
              "answers": {"motieven": ["kennis-uitwisselen"], "ambitie": "vernieuwen", "aard": "uitwisselen"},
              "variants": {"surface": {"ambitie": "verbeteren"}, "unknown": {"ambitie": "weet-niet", "aard": "weet-niet"}}
            }
            """
        for (old, new) in replacements { text = text.replacingOccurrences(of: old, with: new) }
        return Array(text.utf8)
    }

    static func read(_ bytes: [UInt8], path: String = "cases/kennisnetwerk.json") throws(CaseSuiteError)
        -> [KnowledgeCase]
    {
        try CaseFile.read([(path, bytes)], knowledge: Fixture.small)
    }

    @Test func readsACaseWithItsThreeVariants() throws {
        let cases = try Self.read(Self.caseFile())
        let found = try #require(cases.first)
        #expect(found.id == "kennisnetwerk")
        #expect(found.expected == "verkennend")
        #expect(found.tussenvorm == nil)
        #expect(found.forbiddenForms == ["bedrijfsvoeringsorganisatie"])
        #expect(found.variants.map(\.name) == ["plain", "surface", "unknown"])
        #expect(found.variants[0].answers.answers["ambitie"] == .option("vernieuwen"))
        #expect(found.variants[1].answers.answers["ambitie"] == .option("verbeteren"))
        #expect(found.variants[1].answers.answers["aard"] == .option("uitwisselen"))
        #expect(found.variants[2].answers.answers["aard"] == .option("weet-niet"))
    }

    @Test(
        "reports every problem with the file's path",
        arguments: [
            (
                [("\"verkennend\"", "\"verkenend\"")],
                "cases/kennisnetwerk.json: error: unknown archetype 'verkenend' in 'expected'; did you mean 'verkennend'?"
            ),
            (
                [("\"bedrijfsvoeringsorganisatie\"", "\"bedrijfsvoeringsorganisate\"")],
                "cases/kennisnetwerk.json: error: unknown form 'bedrijfsvoeringsorganisate' in 'forbidden_forms'; did you mean 'bedrijfsvoeringsorganisatie'?"
            ),
            (
                [("\"signals\": []", "\"signals\": [\"wgrr\"]")],
                "cases/kennisnetwerk.json: error: unknown signal 'wgrr' in 'signals'; did you mean 'wgr'?"
            ),
            (
                [("\"source\"", "\"sorce\"")],
                "cases/kennisnetwerk.json: error: unknown key 'sorce'; did you mean 'source'?\ncases/kennisnetwerk.json: error: missing 'source'"
            ),
            (
                [("\"title\": \"Een kennisnetwerk\"", "\"title\": 3")],
                "cases/kennisnetwerk.json: error: 'title' must be a string"
            ),
            (
                [(", \"unknown\": {\"ambitie\": \"weet-niet\", \"aard\": \"weet-niet\"}", "")],
                "cases/kennisnetwerk.json: error: 'variants' has no 'unknown' answers; every case needs 'surface' and 'unknown'"
            ),
            (
                [("\"ambitie\": \"vernieuwen\"", "\"ambitei\": \"vernieuwen\"")],
                "cases/kennisnetwerk.json (plain): unknown question 'ambitei'; did you mean 'ambitie'?"
            ),
            (
                [("{\"ambitie\": \"verbeteren\"}", "{\"ambitie\": \"beter\"}")],
                "cases/kennisnetwerk.json (surface): question 'ambitie' has no option 'beter'"
            ),
            (
                [("\"id\": \"kennisnetwerk\"", "\"id\": \"netwerk\"")],
                "cases/kennisnetwerk.json: error: the id 'netwerk' must be the file's name without '.json'"
            ),
            (
                [("\"tussenvorm\": null", "\"tussenvorm\": \"ondernemnd\"")],
                "cases/kennisnetwerk.json: error: unknown archetype 'ondernemnd' in 'tussenvorm'; did you mean 'ondernemend'?"
            ),
        ] as [([(String, String)], String)])
    func problems(_ replacements: [(String, String)], _ expected: String) {
        #expect(throws: CaseSuiteError.self) { try Self.read(Self.caseFile(replacements)) }
        do {
            _ = try Self.read(Self.caseFile(replacements))
        } catch {
            #expect(error.description.hasPrefix(expected))
        }
    }

    @Test func reportsMalformedJSONWithItsPosition() {
        do {
            _ = try Self.read(Array("{\n  \"id\": }".utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("cases/kennisnetwerk.json:2:9: error: malformed JSON"))
        }
    }

    @Test func reportsADuplicateIDAndEveryFilesProblems() {
        let good = Self.caseFile()
        do {
            _ = try CaseFile.read(
                [("a/kennisnetwerk.json", good), ("b/kennisnetwerk.json", good), ("c/x.json", Array("[]".utf8))],
                knowledge: Fixture.small)
            Issue.record("expected an error")
        } catch {
            #expect(
                error.description == """
                    b/kennisnetwerk.json: error: case 'kennisnetwerk' is also defined in a/kennisnetwerk.json
                    c/x.json: error: expected a JSON object describing one case
                    """)
        }
    }
}
