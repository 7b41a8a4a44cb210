import Foundation
import TestSupport
import Testing

/// The build-time embedder, run as the plugin runs it: it chooses the files of the folder itself.
@Suite("End to end: knowledge embedder")
struct KnowledgeEmbedderEndToEndTests {
    /// The embedder, built next to `grondvorm`.
    private static let embedder = GrondvormProcess.executable(named: "KnowledgeEmbedder")

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: embedder.path), "KnowledgeEmbedder is not built"))
    func choosesFilesByTheKnowledgeFolderRule() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let knowledge = folder.appendingPathComponent("Knowledge")
        let cases = knowledge.appendingPathComponent("cases")
        try FileManager.default.createDirectory(at: cases, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: knowledge.appendingPathComponent("folder.gvk"), withIntermediateDirectories: false)
        // The embedder checks the knowledge files fully, so they must make a sound base: the
        // fixture base, and knowledge files holding only a comment.
        try FileManager.default.copyItem(
            at: GrondvormProcess.fixtureKnowledge.appendingPathComponent("fixture.gvk"),
            to: knowledge.appendingPathComponent("fixture.gvk"))
        for name in ["b.gvk", "A.gvk"] {
            try Data("# \(name)\n".utf8).write(to: knowledge.appendingPathComponent(name))
        }
        for name in [".hidden.gvk", "README.md", "cases/one.json", "cases/.hidden.json", "cases/notes.txt"] {
            try Data(name.utf8).write(to: knowledge.appendingPathComponent(name))
        }
        try FileManager.default.createSymbolicLink(
            atPath: knowledge.appendingPathComponent("link.gvk").path, withDestinationPath: "b.gvk")

        let output = folder.appendingPathComponent("Embedded.swift")
        let result = try GrondvormProcess.run([output.path, knowledge.path], executable: Self.embedder)
        #expect(result.exitCode == 0, "\(result.standardError)")

        let source = try String(contentsOf: output, encoding: .utf8)
        let names = source.split(separator: "\n").compactMap { line -> String? in
            guard let start = line.range(of: "File(name: \"") else { return nil }
            return String(line[start.upperBound...].prefix { $0 != "\"" })
        }
        #expect(names == ["A.gvk", "b.gvk", "fixture.gvk", "link.gvk", "one.json"])
    }

    /// The program loads its embedded base without the analysis, so the build must refuse a
    /// base with any problem.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: embedder.path), "KnowledgeEmbedder is not built"))
    func failsOnAnyDiagnostic() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let knowledge = folder.appendingPathComponent("Knowledge")
        try FileManager.default.createDirectory(at: knowledge, withIntermediateDirectories: true)
        try Data("motive x\n".utf8).write(to: knowledge.appendingPathComponent("a.gvk"))

        let output = folder.appendingPathComponent("Embedded.swift")
        let result = try GrondvormProcess.run([output.path, knowledge.path], executable: Self.embedder)
        #expect(result.exitCode == 65)
        #expect(result.standardError.contains("Knowledge/a.gvk:1:8: error: missing field 'label' in motive 'x'"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
