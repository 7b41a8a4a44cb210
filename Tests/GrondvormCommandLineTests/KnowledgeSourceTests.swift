@testable import GrondvormCommandLine
import KnowledgeBase
import TestSupport
import Testing

@Suite("Command line: knowledge source")
struct KnowledgeSourceTests {
    /// `advise`, `questions`, `test` and `compare` load the shipped base from its image; `check`
    /// compiles its files with every check. Both must give the same knowledge.
    @Test("the shipped base decoded from its image equals the base compiled from its files")
    func shippedImageEqualsFiles() throws {
        let decoded = try KnowledgeSource.shipped.load(from: FakeFileSystem(), checksFully: false)
        let compiled = try KnowledgeSource.shipped.load(from: FakeFileSystem(), checksFully: true)
        #expect(decoded == compiled)
        #expect(decoded.rules.first?.location.path.hasPrefix("Knowledge/") == true)
    }
}
