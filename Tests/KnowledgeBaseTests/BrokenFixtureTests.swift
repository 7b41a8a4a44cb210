import Foundation
import KnowledgeBase
import Testing

/// Every ``BrokenCase`` is the valid base with one kind of mistake; loading it through the product's
/// loader reports exactly the expected diagnostics.
///
/// Set `PRINT_BROKEN_CASES=1` to print each case's actual diagnostics (to copy into a new row,
/// after reviewing them).
@Suite("Broken knowledge fixtures")
struct BrokenFixtureTests {
    @Test("each broken case reports exactly its expected diagnostics", arguments: BrokenCase.all)
    func reportsExpectedDiagnostics(_ broken: BrokenCase) throws {
        let actual: String
        do {
            _ = try KnowledgeLoader.load(files: try broken.files())
            actual = "(loaded without errors)"
        } catch let error as KnowledgeLoadError {
            actual = error.description
        }
        if ProcessInfo.processInfo.environment["PRINT_BROKEN_CASES"] == "1" {
            print("=== \(broken.name)\n\(actual)\n===")
        }
        #expect(actual == broken.expected)
    }

    @Test("the cases have distinct names, and there are at least ninety")
    func casesAreDistinct() {
        let names = BrokenCase.all.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.count >= 90)
    }
}
