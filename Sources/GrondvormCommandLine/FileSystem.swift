/// The files the command line reads and writes, behind a seam so tests can use a fake.
///
/// This is the product's one file-system seam: the libraries below the command line read and
/// write no files. Paths are absolute; the command line resolves relative paths against
/// ``Environment/currentDirectory`` first.
public protocol FileSystem {
    /// What is at `path`, following links: a file, a folder, or `nil` for nothing (also for a
    /// device, FIFO or socket, and when it cannot be inspected).
    func kind(at path: String) -> FileKind?

    /// Which file `path` names, following links, so that two paths can be recognised as the same
    /// file; `nil` when nothing is there.
    func identity(of path: String) -> FileIdentity?

    /// The bytes of the file at `path`.
    ///
    /// - Throws: ``FileSystemError`` when it does not exist, cannot be read, or is too large to
    ///   read (``FileSystemError/Reason/tooLarge(limit:)``).
    func contents(ofFile path: String) throws(FileSystemError) -> [UInt8]

    /// The names (not paths) of the entries of the folder at `path`, in any order.
    ///
    /// - Throws: ``FileSystemError`` when it does not exist or cannot be read.
    func entries(ofFolder path: String) throws(FileSystemError) -> [String]

    /// Writes an output file, the way a careful user would.
    ///
    /// A link is followed to its target. A regular file (or a new one) is replaced atomically:
    /// readers see the old file or the new one, never a part (a temporary file in the same
    /// folder, then a rename); an existing file keeps its mode. A device or FIFO is written
    /// directly, never replaced (`/dev/null` stays a device).
    ///
    /// - Throws: ``FileSystemError`` when the file cannot be created or written.
    func write(_ bytes: [UInt8], to path: String) throws(FileSystemError)
}

/// What a path names.
public enum FileKind: Sendable, Hashable {
    /// A regular file (or a link to one).
    case file
    /// A folder (or a link to one).
    case folder
}

/// Which file a path names: the same identity means the same file, whatever the path.
public struct FileIdentity: Sendable, Hashable {
    /// The device that holds the file.
    public let device: UInt64
    /// The file's number on that device.
    public let inode: UInt64

    /// Creates an identity.
    public init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }
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
        /// The file's folder exists but no file can be created in it (a read-only folder, or a
        /// pseudo file system such as `/proc`), and writing the file safely needs a new one there.
        case folderRefusesNewFiles
        /// The file is longer than `limit` bytes, the most grondvorm reads from one input (see
        /// ``InputLimit``).
        case tooLarge(limit: Int)
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
        case .folderRefusesNewFiles: return "its folder does not allow new files"
        case .tooLarge(let limit): return "is larger than \(Self.megabytes(limit)), the most grondvorm reads"
        case .other(let text): return text
        }
    }

    /// The reason in words, in Dutch.
    public var dutch: String {
        switch reason {
        case .notFound: return "bestand of map bestaat niet"
        case .isFolder: return "is een map"
        case .isFile: return "is geen map"
        case .permissionDenied: return "geen toestemming"
        case .folderRefusesNewFiles: return "in de map ervan kunnen geen bestanden worden aangemaakt"
        case .tooLarge(let limit): return "is groter dan \(Self.megabytes(limit)), het meeste dat grondvorm leest"
        case .other(let text): return text
        }
    }
}

extension FileSystemError {
    /// `limit` bytes in whole mebibytes, written `16 MB`.
    private static func megabytes(_ limit: Int) -> String {
        "\(limit / (1_024 * 1_024)) MB"
    }
}
