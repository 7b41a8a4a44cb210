@testable import GrondvormCommandLine
import Foundation
import Testing

@Suite("Command line: the real file system")
final class LocalFileSystemTests {
    /// A fresh temporary folder per test, removed afterwards.
    private let folder: String
    private let fileSystem = LocalFileSystem()

    init() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("grondvorm-fs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        folder = url.path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    @Test func writesAtomicallyAndReadsBack() throws {
        let path = folder + "/report.txt"
        try fileSystem.writeAtomically(Array("first\n".utf8), to: path)
        try fileSystem.writeAtomically(Array("second\n".utf8), to: path)
        #expect(try fileSystem.contents(ofFile: path) == Array("second\n".utf8))
        #expect(fileSystem.kind(at: path) == .file)
        #expect(fileSystem.kind(at: folder) == .folder)
        // No temporary file is left next to it.
        #expect(try fileSystem.entries(ofFolder: folder) == ["report.txt"])
    }

    @Test func newFileHonoursTheUmask() throws {
        let path = folder + "/plain.txt"
        try fileSystem.writeAtomically([], to: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let mode = (attributes[.posixPermissions] as? Int) ?? 0
        #expect(mode & 0o600 == 0o600)
        #expect(try fileSystem.contents(ofFile: path) == [])
    }

    @Test func readsLargeFiles() throws {
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = folder + "/large.bin"
        try fileSystem.writeAtomically(bytes, to: path)
        #expect(try fileSystem.contents(ofFile: path) == bytes)
    }

    @Test func errors() throws {
        let missing = folder + "/missing.json"
        #expect(throws: FileSystemError(path: missing, reason: .notFound)) { try fileSystem.contents(ofFile: missing) }
        #expect(throws: FileSystemError(path: folder, reason: .isFolder)) { try fileSystem.contents(ofFile: folder) }
        #expect(throws: FileSystemError(path: missing, reason: .notFound)) { try fileSystem.entries(ofFolder: missing) }
        let intoMissingFolder = folder + "/nowhere/report.txt"
        #expect(throws: FileSystemError(path: intoMissingFolder, reason: .notFound)) {
            try fileSystem.writeAtomically([1], to: intoMissingFolder)
        }
        #expect(throws: FileSystemError(path: folder, reason: .isFolder)) { try fileSystem.writeAtomically([1], to: folder) }
        #expect(fileSystem.kind(at: missing) == nil)
        #expect(FileSystemError(path: missing, reason: .notFound).description == "no such file or folder")
    }

    @Test func listsFolderEntries() throws {
        try fileSystem.writeAtomically([], to: folder + "/b.gvk")
        try fileSystem.writeAtomically([], to: folder + "/a.gvk")
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: false)
        #expect(try fileSystem.entries(ofFolder: folder).sorted() == ["a.gvk", "b.gvk", "sub"])
    }
}
