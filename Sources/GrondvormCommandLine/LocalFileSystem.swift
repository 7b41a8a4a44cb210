#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The real file system, through the POSIX calls.
public struct LocalFileSystem: FileSystem, Sendable {
    /// Creates the real file system.
    public init() {}

    public func kind(at path: String) -> FileKind? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        default: return nil
        }
    }

    public func contents(ofFile path: String) throws(FileSystemError) -> [UInt8] {
        if kind(at: path) == .folder { throw FileSystemError(path: path, reason: .isFolder) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.error(errno, path: path) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw Self.error(errno, path: path)
            }
            bytes += buffer[0..<count]
        }
    }

    public func entries(ofFolder path: String) throws(FileSystemError) -> [String] {
        guard let folder = opendir(path) else { throw Self.error(errno, path: path) }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        if kind(at: path) == .folder { throw FileSystemError(path: path, reason: .isFolder) }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var generator = SystemRandomNumberGenerator()

        var temporary = ""
        var descriptor: Int32 = -1
        for _ in 0..<16 {
            let suffix = String(generator.next() as UInt64, radix: 36)
            temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(suffix).tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw Self.error(errno, path: path) }

        var written = 0
        var failure: Int32 = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { raw in
                write(descriptor, raw.baseAddress.map { $0 + written }, raw.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                failure = errno
                break
            }
            written += count
        }
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure == 0 && rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw Self.error(failure, path: path)
        }
    }

    /// The error for a failed call's `errno`.
    private static func error(_ number: Int32, path: String) -> FileSystemError {
        switch number {
        case ENOENT: return FileSystemError(path: path, reason: .notFound)
        case EISDIR: return FileSystemError(path: path, reason: .isFolder)
        case ENOTDIR: return FileSystemError(path: path, reason: .isFile)
        case EACCES, EPERM: return FileSystemError(path: path, reason: .permissionDenied)
        default: return FileSystemError(path: path, reason: .other(String(cString: strerror(number))))
        }
    }
}
