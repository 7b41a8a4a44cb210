/// A file system that remembers which files were read, so that a run can refuse to write its
/// output over one of its own inputs (`--answers same.json -o same.json`).
final class ReadRecordingFileSystem: FileSystem {
    private let base: any FileSystem
    /// The paths of the files read so far, in order.
    private(set) var readPaths: [String] = []

    /// Wraps `base`; every call is passed on unchanged.
    init(_ base: any FileSystem) {
        self.base = base
    }

    /// Whether `path` names a file that was read, whatever path it was read by.
    ///
    /// - Complexity: O(*r*) file-status calls for *r* files read.
    func wasRead(_ path: String) -> Bool {
        guard let identity = base.identity(of: path) else { return false }
        return readPaths.contains { base.identity(of: $0) == identity }
    }

    func kind(at path: String) -> FileKind? { base.kind(at: path) }
    func identity(of path: String) -> FileIdentity? { base.identity(of: path) }

    func contents(ofFile path: String) throws(FileSystemError) -> [UInt8] {
        let bytes = try base.contents(ofFile: path)
        readPaths.append(path)
        return bytes
    }

    func entries(ofFolder path: String) throws(FileSystemError) -> [String] { try base.entries(ofFolder: path) }
    func write(_ bytes: [UInt8], to path: String) throws(FileSystemError) { try base.write(bytes, to: path) }
}
