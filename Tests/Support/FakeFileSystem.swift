public import Foundation
public import GrondvormCommandLine

/// An in-memory file system: files by absolute path; folders are implied by the files in them
/// plus any added explicitly. Paths are read as the real file system reads them (repeated and
/// trailing slashes do not matter).
public final class FakeFileSystem: FileSystem {
    /// The files, by normalized absolute path.
    public private(set) var files: [String: [UInt8]]
    private var folders: Set<String>
    /// Paths whose reads fail with "permission denied".
    public var failingReads: Set<String> = []
    /// Paths whose writes fail with this reason.
    public var failingWrites: [String: FileSystemError.Reason] = [:]

    /// Creates a file system holding `files` and the `folders` (and the folders of the files).
    public init(files: [String: [UInt8]] = [:], folders: Set<String> = ["/"]) {
        self.files = files
        self.folders = folders
    }

    /// `path` with repeated slashes collapsed and no trailing slash, as the real file system reads it.
    private static func normalized(_ path: String) -> String {
        var result = ""
        for character in path where !(character == "/" && result.hasSuffix("/")) { result.append(character) }
        return result.count > 1 && result.hasSuffix("/") ? String(result.dropLast()) : result
    }

    public func kind(at path: String) -> FileKind? {
        let path = Self.normalized(path)
        if files[path] != nil { return .file }
        if folders.contains(path) || files.keys.contains(where: { $0.hasPrefix(path + "/") }) { return .folder }
        return nil
    }

    /// Files and folders are identified by their normalized path (the fake has no links).
    public func identity(of path: String) -> FileIdentity? {
        let path = Self.normalized(path)
        guard kind(at: path) != nil else { return nil }
        var hash: UInt64 = 14_695_981_039_346_656_037
        for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
        return FileIdentity(device: 0, inode: hash)
    }

    public func contents(ofFile path: String) throws(FileSystemError) -> [UInt8] {
        if failingReads.contains(Self.normalized(path)) { throw FileSystemError(path: path, reason: .permissionDenied) }
        if let bytes = files[Self.normalized(path)] { return bytes }
        throw FileSystemError(path: path, reason: kind(at: path) == .folder ? .isFolder : .notFound)
    }

    public func entries(ofFolder path: String) throws(FileSystemError) -> [String] {
        let path = Self.normalized(path)
        guard kind(at: path) == .folder else { throw FileSystemError(path: path, reason: .notFound) }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let names = (Array(files.keys) + Array(folders)).filter { $0.hasPrefix(prefix) }.map {
            String($0.dropFirst(prefix.count).prefix { $0 != "/" })
        }
        return Array(Set(names)).filter { !$0.isEmpty }
    }

    public func write(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        let path = Self.normalized(path)
        if let reason = failingWrites[path] { throw FileSystemError(path: path, reason: reason) }
        let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        guard folder.isEmpty || kind(at: folder) == .folder else {
            throw FileSystemError(path: path, reason: .notFound)
        }
        files[path] = bytes
    }

    /// Adds the files of a real folder under `path`.
    public func addFolder(copying realFolder: URL, as path: String) throws {
        folders.insert(path)
        for name in try FileManager.default.contentsOfDirectory(atPath: realFolder.path) {
            files[path + "/" + name] = Array(try Data(contentsOf: realFolder.appendingPathComponent(name)))
        }
    }
}
