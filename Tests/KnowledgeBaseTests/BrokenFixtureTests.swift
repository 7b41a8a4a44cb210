import Foundation
import Testing

@testable import KnowledgeBase

/// Every folder in `Fixtures/broken/` is the valid base with one kind of mistake; its
/// `expected.txt` holds the exact diagnostics (paths relative to `Fixtures/broken/`).
///
/// Set `RECORD_FIXTURES=1` to write the actual output into `expected.txt` (then review the diff).
@Suite("Broken knowledge fixtures")
struct BrokenFixtureTests {
    @Test("each broken case reports exactly its expected diagnostics", arguments: Fixtures.brokenCases)
    func reportsExpectedDiagnostics(_ name: String) throws {
        let folder = Fixtures.broken + "/" + name
        let expectedPath = folder + "/expected.txt"
        let actual: String
        do {
            _ = try KnowledgeLoader.load(files: try FolderReader.files(in: folder))
            actual = "(loaded without errors)\n"
        } catch let error as KnowledgeLoadError {
            actual = error.description.replacingOccurrences(of: Fixtures.broken + "/", with: "") + "\n"
        }
        if ProcessInfo.processInfo.environment["RECORD_FIXTURES"] == "1" {
            try actual.write(toFile: expectedPath, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
        #expect(actual == expected)
    }

    @Test("there are at least thirty broken cases")
    func thereAreEnoughCases() {
        #expect(Fixtures.brokenCases.count >= 30)
    }
}
