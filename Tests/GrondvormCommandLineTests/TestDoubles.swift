@testable import GrondvormCommandLine
import Foundation

/// A console for tests: scripted input lines, recorded output, chosen terminal flags.
final class CommandLineTestConsole: Console {
    private var input: [String]
    private(set) var output = ""
    private(set) var errors = ""
    let inputIsTerminal: Bool
    let outputIsTerminal: Bool
    let errorIsTerminal: Bool

    init(input: [String] = [], inputIsTerminal: Bool = false, outputIsTerminal: Bool = false, errorIsTerminal: Bool = false) {
        self.input = input
        self.inputIsTerminal = inputIsTerminal
        self.outputIsTerminal = outputIsTerminal
        self.errorIsTerminal = errorIsTerminal
    }

    func readLine() -> String? {
        input.isEmpty ? nil : input.removeFirst()
    }

    func write(_ text: String) { output += text }
    func writeError(_ text: String) { errors += text }
}

/// An in-memory file system: files by absolute path; folders are implied by the files in them
/// plus any added explicitly.
final class CommandLineFakeFileSystem: FileSystem {
    private(set) var files: [String: [UInt8]]
    private var folders: Set<String>
    /// Paths whose reads fail with "permission denied".
    var failingReads: Set<String> = []
    /// Paths whose writes fail with this reason.
    var failingWrites: [String: FileSystemError.Reason] = [:]

    init(files: [String: [UInt8]] = [:], folders: Set<String> = ["/"]) {
        self.files = files
        self.folders = folders
    }

    /// `path` with repeated slashes collapsed and no trailing slash, as the real file system reads it.
    private static func normalized(_ path: String) -> String {
        var result = ""
        for character in path where !(character == "/" && result.hasSuffix("/")) { result.append(character) }
        return result.count > 1 && result.hasSuffix("/") ? String(result.dropLast()) : result
    }

    func kind(at path: String) -> FileKind? {
        let path = Self.normalized(path)
        if files[path] != nil { return .file }
        if folders.contains(path) || files.keys.contains(where: { $0.hasPrefix(path + "/") }) { return .folder }
        return nil
    }

    func contents(ofFile path: String) throws(FileSystemError) -> [UInt8] {
        if failingReads.contains(Self.normalized(path)) { throw FileSystemError(path: path, reason: .permissionDenied) }
        if let bytes = files[Self.normalized(path)] { return bytes }
        throw FileSystemError(path: path, reason: kind(at: path) == .folder ? .isFolder : .notFound)
    }

    func entries(ofFolder path: String) throws(FileSystemError) -> [String] {
        let path = Self.normalized(path)
        guard kind(at: path) == .folder else { throw FileSystemError(path: path, reason: .notFound) }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let names = (Array(files.keys) + Array(folders)).filter { $0.hasPrefix(prefix) }.map {
            String($0.dropFirst(prefix.count).prefix { $0 != "/" })
        }
        return Array(Set(names)).filter { !$0.isEmpty }
    }

    func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        if let reason = failingWrites[path] { throw FileSystemError(path: path, reason: reason) }
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        guard folder.isEmpty || kind(at: folder) == .folder else { throw FileSystemError(path: path, reason: .notFound) }
        files[path] = bytes
    }

    /// Adds the files of a real folder under `path`.
    func addFolder(copying realFolder: URL, as path: String) throws {
        folders.insert(path)
        for name in try FileManager.default.contentsOfDirectory(atPath: realFolder.path) {
            files[path + "/" + name] = Array(try Data(contentsOf: realFolder.appendingPathComponent(name)))
        }
    }
}

/// Locations shared by the command-line tests.
enum CommandLineTestPaths {
    /// The package root (this file is `Tests/AdvisorTests/CommandLineTestDoubles.swift`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The small fixture knowledge base of the end-to-end tests.
    static let fixtureKnowledge = packageRoot.appendingPathComponent("Tests/EndToEndTests/Golden/knowledge")
}
