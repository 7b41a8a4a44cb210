@testable import GrondvormCommandLine
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

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
        try fileSystem.write(Array("first\n".utf8), to: path)
        try fileSystem.write(Array("second\n".utf8), to: path)
        #expect(try fileSystem.contents(ofFile: path) == Array("second\n".utf8))
        #expect(fileSystem.kind(at: path) == .file)
        #expect(fileSystem.kind(at: folder) == .folder)
        // No temporary file is left next to it.
        #expect(try fileSystem.entries(ofFolder: folder) == ["report.txt"])
    }

    /// Reading stops at the limit: a longer file is refused by its size, a device that never ends
    /// once the limit is passed.
    @Test func refusesAFileLargerThanTheLimit() throws {
        let small = LocalFileSystem(maximumFileSize: 4)
        let path = folder + "/answers.json"
        try small.write(Array("1234".utf8), to: path)
        #expect(try small.contents(ofFile: path) == Array("1234".utf8))
        try small.write(Array("12345".utf8), to: path)
        #expect(throws: FileSystemError(path: path, reason: .tooLarge(limit: 4))) {
            try small.contents(ofFile: path)
        }
        #expect(throws: FileSystemError(path: "/dev/zero", reason: .tooLarge(limit: 4))) {
            try small.contents(ofFile: "/dev/zero")
        }
        let limit = FileSystemError(path: path, reason: .tooLarge(limit: 16 * 1_024 * 1_024))
        #expect(limit.description == "is larger than 16 MB, the most grondvorm reads")
        #expect(fileSystem.maximumFileSize == InputLimit.bytes)
    }

    @Test func newFileHonoursTheUmask() throws {
        let path = folder + "/plain.txt"
        try fileSystem.write([], to: path)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let mode = (attributes[.posixPermissions] as? Int) ?? 0
        #expect(mode & 0o600 == 0o600)
        #expect(try fileSystem.contents(ofFile: path) == [])
    }

    @Test func readsLargeFiles() throws {
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = folder + "/large.bin"
        try fileSystem.write(bytes, to: path)
        #expect(try fileSystem.contents(ofFile: path) == bytes)
    }

    @Test func errors() throws {
        let missing = folder + "/missing.json"
        #expect(throws: FileSystemError(path: missing, reason: .notFound)) { try fileSystem.contents(ofFile: missing) }
        #expect(throws: FileSystemError(path: folder, reason: .isFolder)) { try fileSystem.contents(ofFile: folder) }
        #expect(throws: FileSystemError(path: missing, reason: .notFound)) { try fileSystem.entries(ofFolder: missing) }
        let intoMissingFolder = folder + "/nowhere/report.txt"
        #expect(throws: FileSystemError(path: intoMissingFolder, reason: .notFound)) {
            try fileSystem.write([1], to: intoMissingFolder)
        }
        #expect(throws: FileSystemError(path: folder, reason: .isFolder)) { try fileSystem.write([1], to: folder) }
        #expect(fileSystem.kind(at: missing) == nil)
        #expect(FileSystemError(path: missing, reason: .notFound).description == "no such file or folder")
    }

    /// The permission bits of the file at `path`.
    private func permissions(_ path: String) -> mode_t {
        var status = stat()
        guard stat(path, &status) == 0 else { return 0 }
        return status.st_mode & 0o7777
    }

    @Test func replacingKeepsTheModeWhateverTheUmask() throws {
        let path = folder + "/report.txt"
        try fileSystem.write(Array("first\n".utf8), to: path)
        #expect(chmod(path, 0o604) == 0)
        try fileSystem.write(Array("second\n".utf8), to: path)
        #expect(permissions(path) == 0o604)
        #expect(try fileSystem.contents(ofFile: path) == Array("second\n".utf8))
    }

    @Test func linksAreFollowedToTheirTarget() throws {
        try fileSystem.write(Array("old\n".utf8), to: folder + "/target.txt")
        #expect(symlink("target.txt", folder + "/link.txt") == 0)
        #expect(symlink(folder + "/link.txt", folder + "/link-to-link.txt") == 0)
        try fileSystem.write(Array("new\n".utf8), to: folder + "/link-to-link.txt")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/link.txt") == "target.txt")
        #expect(try fileSystem.contents(ofFile: folder + "/target.txt") == Array("new\n".utf8))
        #expect(try fileSystem.entries(ofFolder: folder).sorted() == ["link-to-link.txt", "link.txt", "target.txt"])
    }

    @Test func aLinkToAMissingFileCreatesIt() throws {
        #expect(symlink("made.txt", folder + "/dangling.txt") == 0)
        try fileSystem.write(Array("made\n".utf8), to: folder + "/dangling.txt")
        #expect(try fileSystem.contents(ofFile: folder + "/made.txt") == Array("made\n".utf8))
    }

    @Test func aLinkLoopIsAnError() throws {
        #expect(symlink("b", folder + "/a") == 0)
        #expect(symlink("a", folder + "/b") == 0)
        #expect(throws: FileSystemError(path: folder + "/a", reason: .other(String(cString: strerror(ELOOP))))) {
            try fileSystem.write([1], to: folder + "/a")
        }
    }

    @Test func aFolderThatTakesNoNewFilesSaysSo() {
        #expect(throws: FileSystemError(path: "/proc/version", reason: .folderRefusesNewFiles)) {
            try fileSystem.write([1], to: "/proc/version")
        }
        #expect(
            FileSystemError(path: "/proc/version", reason: .folderRefusesNewFiles).description
                == "its folder does not allow new files")
    }

    @Test func identityIsTheSameFileByAnyPath() throws {
        try fileSystem.write([1], to: folder + "/a.json")
        #expect(symlink("a.json", folder + "/alias.json") == 0)
        let identity = try #require(fileSystem.identity(of: folder + "/a.json"))
        #expect(fileSystem.identity(of: folder + "//./alias.json") == identity)
        #expect(fileSystem.identity(of: folder) != identity)
        #expect(fileSystem.identity(of: folder + "/missing") == nil)
    }

    @Test func listsFolderEntries() throws {
        try fileSystem.write([], to: folder + "/b.gvk")
        try fileSystem.write([], to: folder + "/a.gvk")
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: false)
        #expect(try fileSystem.entries(ofFolder: folder).sorted() == ["a.gvk", "b.gvk", "sub"])
    }
}
