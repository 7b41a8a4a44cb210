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
        try FileManager.default.createDirectory(at: knowledge.appendingPathComponent("folder.gvk"), withIntermediateDirectories: false)
        for name in ["b.gvk", "A.gvk", ".hidden.gvk", "README.md", "cases/one.json", "cases/.hidden.json", "cases/notes.txt"] {
            try Data(name.utf8).write(to: knowledge.appendingPathComponent(name))
        }
        try FileManager.default.createSymbolicLink(atPath: knowledge.appendingPathComponent("link.gvk").path, withDestinationPath: "b.gvk")

        let output = folder.appendingPathComponent("Embedded.swift")
        let result = try GrondvormProcess.run([output.path, knowledge.path], executable: Self.embedder)
        #expect(result.exitCode == 0, "\(result.standardError)")

        let source = try String(contentsOf: output, encoding: .utf8)
        let names = source.split(separator: "\n").compactMap { line -> String? in
            guard let start = line.range(of: "File(name: \"") else { return nil }
            return String(line[start.upperBound...].prefix { $0 != "\"" })
        }
        #expect(names == ["A.gvk", "b.gvk", "link.gvk", "one.json"])
    }
}
