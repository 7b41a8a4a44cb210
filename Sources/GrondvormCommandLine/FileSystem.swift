/// The files the command line reads and writes, behind a seam so tests can use a fake.
///
/// Paths are absolute; the command line resolves relative paths against
/// ``Environment/currentDirectory`` first.
public protocol FileSystem {
    /// What is at `path`: a file, a folder, or nothing (also when it cannot be inspected).
    func kind(at path: String) -> FileKind?
    /// The bytes of the file at `path`.
    ///
    /// - Throws: ``FileSystemError`` when it does not exist or cannot be read.
    func contents(ofFile path: String) throws(FileSystemError) -> [UInt8]
    /// The names (not paths) of the entries of the folder at `path`, in any order.
    ///
    /// - Throws: ``FileSystemError`` when it does not exist or cannot be read.
    func entries(ofFolder path: String) throws(FileSystemError) -> [String]
    /// Replaces the file at `path` with `bytes` atomically: readers see the old file or the new
    /// one, never a part (a temporary file in the same folder, then a rename).
    ///
    /// - Throws: ``FileSystemError`` when the file cannot be written.
    func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileSystemError)
}

/// What a path names.
public enum FileKind: Sendable, Hashable {
    /// A regular file (or a link to one).
    case file
    /// A folder (or a link to one).
    case folder
}

/// A file could not be read or written.
public struct FileSystemError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why.
    public enum Reason: Sendable, Hashable {
        /// Nothing exists at the path (or a folder on the way is missing).
        case notFound
        /// The path names a folder where a file was expected.
        case isFolder
        /// The path names a file where a folder was expected.
        case isFile
        /// Permission was denied.
        case permissionDenied
        /// Something else, described by the system.
        case other(String)
    }

    /// The path concerned.
    public let path: String
    /// Why it failed.
    public let reason: Reason

    /// Creates an error.
    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// The reason in words, in English (for example `no such file or folder`).
    public var description: String {
        switch reason {
        case .notFound: return "no such file or folder"
        case .isFolder: return "is a folder"
        case .isFile: return "is not a folder"
        case .permissionDenied: return "permission denied"
        case .other(let text): return text
        }
    }
}
