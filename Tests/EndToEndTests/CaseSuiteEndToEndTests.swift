import Foundation
import TestSupport
import Testing

/// `grondvorm test`, through the built binary.
@Suite("End to end: the knowledge case suite")
struct CaseSuiteEndToEndTests {
    /// The shipped cases are inside the binary: `test` works from any folder, and its JSON has
    /// the documented shape.
    @Test(
        .enabled(
            if: Sampling.isFull,
            "the whole shipped suite through the debug binary takes 15 s; in-process in ShippedCaseSuiteTests, here in CI"
        ))
    func shippedSuiteFromAnotherFolder() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try GrondvormProcess.run(["test", "--format", "json"], in: folder, timeout: 300)
        #expect(result.exitCode == 0 || result.exitCode == 1, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect(object.map { Set($0.keys) } == ["cases", "first", "top_two", "uncovered_rules"])
        let cases = object?["cases"] as? [[String: Any]] ?? []
        #expect(cases.count >= 180)
        #expect(cases.first.map { Set($0.keys) } == ["id", "variant", "expected", "got", "ok", "problems"])
    }

    /// A knowledge folder with the fixture base and one case, which the fixture base gets wrong
    /// in its surface variant: the bar is not reached (exit 1).
    @Test func aSuiteBelowTheBarExitsOne() throws {
        let folder = try Self.knowledgeFolder(withCase: Self.caseText)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try GrondvormProcess.run(["test", "--knowledge", "k", "--lang", "en"], in: folder)
        #expect(result.exitCode == 1, "\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("Case suite: 1 cases, 3 runs (knowledge fixture-1)\n"))
        #expect(result.standardOutput.hasSuffix("The suite does not reach the bar.\n"))
    }

    @Test func aBrokenCaseFileExits65WithEveryProblem() throws {
        let broken = Self.caseText.replacingOccurrences(of: "\"verkennend\"", with: "\"verkenend\"")
            .replacingOccurrences(of: "\"title\"", with: "\"titel\"")
        let folder = try Self.knowledgeFolder(withCase: broken)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try GrondvormProcess.run(["test", "--knowledge", "k"], in: folder)
        #expect(result.exitCode == 65)
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError == """
                k/cases/netwerk.json: error: unknown key 'titel'; did you mean 'title'?
                k/cases/netwerk.json: error: missing 'title'
                k/cases/netwerk.json: error: unknown archetype 'verkenend' in 'expected'; did you mean 'verkennend'?

                """)
    }

    @Test func noCasesExits66() throws {
        let result = try GrondvormProcess.run(
            ["test", "--knowledge", "knowledge", "--lang", "nl"], in: GrondvormProcess.goldenFolder)
        #expect(result.exitCode == 66)
        #expect(result.standardError == "fout: geen casusbestanden (*.json) in 'knowledge/cases'\n")
    }

    static let caseText = """
        {
          "id": "netwerk",
          "sector": "zorg",
          "title": "Een netwerk",
          "description": "Wij leren van elkaar.",
          "source": "domain.md 1.3.3",
          "expected": "verkennend",
          "forbidden_forms": [],
          "signals": [],
          "answers": {},
          "variants": {"surface": {}, "unknown": {}}
        }
        """

    /// A temporary folder holding `k/` (the golden fixture base) and `k/cases/netwerk.json`.
    static func knowledgeFolder(withCase text: String) throws -> URL {
        let folder = try GrondvormProcess.temporaryFolder()
        let knowledge = folder.appendingPathComponent("k")
        try FileManager.default.createDirectory(
            at: knowledge.appendingPathComponent("cases"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: GrondvormProcess.goldenFolder.appendingPathComponent("knowledge/fixture.gvk"),
            to: knowledge.appendingPathComponent("fixture.gvk"))
        try Data(text.utf8).write(to: knowledge.appendingPathComponent("cases/netwerk.json"))
        return folder
    }
}
