@testable import GrondvormCommandLine
import KnowledgeBase
import TestSupport
import Testing

@Suite("Command line: version")
struct VersionTextTests {
    @Test func programAndKnowledgeVersionInBothLanguages() throws {
        let knowledge = try KnowledgeSource.shipped.load(from: FakeFileSystem())
        #expect(
            VersionText.rendered(in: .en) == "grondvorm \(GrondvormCommand.version) (knowledge \(knowledge.version))\n")
        #expect(
            VersionText.rendered(in: .nl) == "grondvorm \(GrondvormCommand.version) (kennis \(knowledge.version))\n")
    }

    /// The cheap line scan finds what the full loader finds.
    @Test func scanAgreesWithTheLoader() throws {
        let knowledge = try KnowledgeSource.shipped.load(from: FakeFileSystem())
        #expect(VersionText.shippedKnowledgeVersion == knowledge.version)
    }

    @Test(
        arguments: [
            ("knowledge\n  version \"1.2\"\n", "1.2"),
            ("# knowledge\n  version \"no\"\nknowledge # the block\n\ttitle\n\tversion \"2.0\" # comment\n", "2.0"),
            ("question x\n  version \"not this\"\nknowledge\n  version \"3\"\n", "3"),
            ("knowledge\n  version \"\"\n", nil),
            ("knowledges\n  version \"1\"\n", nil),
            ("version \"1\"\n", nil),
            ("", nil),
        ] as [(String, String?)])
    func scan(text: String, expected: String?) {
        #expect(VersionText.knowledgeVersion(in: text) == expected)
    }
}
