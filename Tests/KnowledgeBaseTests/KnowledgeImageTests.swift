import Foundation
import Inference
import ShippedKnowledge
import Testing
import Utilities

@testable import KnowledgeBase

@Suite("Knowledge image")
struct KnowledgeImageTests {
    /// The shipped files as the program and the build name them (`Knowledge/<name>`).
    private static func shippedFiles() -> [SourceFile] {
        ShippedKnowledge.files.map { SourceFile(path: "Knowledge/" + $0.name, bytes: $0.bytes) }
    }

    /// The repository's `Knowledge/` folder as it is now, named as the build names it.
    private static func repositoryFiles() throws -> [SourceFile] {
        let file = #filePath
        guard let range = file.range(of: "/Tests/KnowledgeBaseTests/") else { return [] }
        let folder = String(file[..<range.lowerBound]) + "/Knowledge"
        return try FolderReader.files(in: folder).map { source in
            let name = source.path.split(separator: "/").last.map(String.init) ?? source.path
            return SourceFile(path: "Knowledge/" + name, bytes: source.bytes)
        }
    }

    /// Expects `decoded` to equal `loaded`, part by part, so a failure names the part.
    private static func expectEqual(_ decoded: Knowledge, _ loaded: Knowledge) {
        #expect(decoded.version == loaded.version && decoded.title == loaded.title)
        #expect(decoded.motives == loaded.motives)
        #expect(decoded.questions == loaded.questions)
        #expect(decoded.archetypes == loaded.archetypes)
        #expect(decoded.agreements == loaded.agreements)
        #expect(decoded.forms == loaded.forms)
        #expect(decoded.properties == loaded.properties)
        #expect(decoded.signals == loaded.signals)
        #expect(decoded.requirements == loaded.requirements)
        #expect(decoded.preferences == loaded.preferences)
        #expect(decoded.divergences == loaded.divergences)
        #expect(decoded.rules == loaded.rules)
        #expect(decoded.ruleBase.attributes == loaded.ruleBase.attributes)
        #expect(decoded.ruleBase.rules == loaded.ruleBase.rules)
        #expect(decoded == loaded)
    }

    @Test("the shipped base decodes from its image to the base the compiler loads")
    func shippedBaseRoundTrips() throws {
        let loaded = try KnowledgeLoader.load(files: Self.shippedFiles())
        let decoded = try KnowledgeImage.decode(KnowledgeImage.encode(loaded))
        Self.expectEqual(decoded, loaded)
        #expect(decoded.counts == loaded.counts)
        #expect(loaded.engineRules == loaded.ruleBase.rules)
        #expect(decoded.question("zelf-kunnen") == loaded.question("zelf-kunnen"))
        #expect(loaded.rules.allSatisfy { decoded.rule($0.id) == $0 })
    }

    /// The program decodes `ShippedKnowledge.image`; it must be the image of the files as they
    /// are now, or a stale base would ship.
    @Test("the embedded image is the image of the current Knowledge folder")
    func embeddedImageIsCurrent() throws {
        let files = try Self.repositoryFiles()
        try #require(!files.isEmpty)
        let current = try KnowledgeLoader.load(files: files)
        let embedded = ShippedKnowledge.image
        #expect(embedded == KnowledgeImage.encode(current), "the embedded image is stale: build again")
        Self.expectEqual(try KnowledgeImage.decode(embedded), current)
        #expect(files.map(\.path) == Self.shippedFiles().map(\.path))
    }

    @Test("the valid fixture base round-trips")
    func fixtureRoundTrips() throws {
        let loaded = try TestSupport.validKnowledge()
        Self.expectEqual(try KnowledgeImage.decode(KnowledgeImage.encode(loaded)), loaded)
    }

    @Test("divergences round-trip, with their conditions and texts with placeholders")
    func divergencesRoundTrip() throws {
        let loaded = try TestSupport.load(try DivergenceFixture.files())
        try #require(loaded.divergences.count == 4)
        Self.expectEqual(try KnowledgeImage.decode(KnowledgeImage.encode(loaded)), loaded)
    }

    @Test(
        "small bases round-trip",
        arguments: [
            // Text beyond ASCII, which must stay byte for byte the same.
            ("base.gvk", "nl \"Testkennis\"", "nl \"Tëstkennis ½ — 知識 🙂\""),
            // A wider scale.
            ("questions.gvk", "kind scale 1 5", "kind scale 0 100"),
        ]
    )
    func smallBasesRoundTrip(name: String, old: String, new: String) throws {
        var replaced = false
        let files = try TestSupport.validBase(editing: name) { text in
            replaced = text.contains(old)
            return text.replacingOccurrences(of: old, with: new)
        }
        #expect(replaced)
        let loaded = try TestSupport.load(files)
        Self.expectEqual(try KnowledgeImage.decode(KnowledgeImage.encode(loaded)), loaded)
    }

    @Test("the same knowledge always gives the same image")
    func encodingIsDeterministic() throws {
        let loaded = try TestSupport.validKnowledge()
        let again = try TestSupport.validKnowledge()
        #expect(KnowledgeImage.encode(loaded) == KnowledgeImage.encode(again))
    }

    @Test("an image is valid UTF-8, so it can be embedded as a string literal")
    func imageIsUTF8() throws {
        let image = KnowledgeImage.encode(try KnowledgeLoader.load(files: Self.shippedFiles()))
        #expect(String(validating: image, as: UTF8.self) != nil)
    }
}
