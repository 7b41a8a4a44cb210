#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real file system, through the POSIX calls.
public struct LocalFileSystem: FileSystem, Sendable {
    /// How many links ``write(_:to:)`` follows before it gives up (as the kernel's `ELOOP`).
    static let maximumLinks = 40

    /// The most bytes ``contents(ofFile:)`` reads; a longer file is refused.
    public let maximumFileSize: Int

    /// Creates the real file system.
    ///
    /// - Parameter maximumFileSize: The most bytes read from one file (default ``InputLimit/bytes``);
    ///   a longer file, or a device or FIFO that gives more, is refused with
    ///   ``FileSystemError/Reason/tooLarge(limit:)``.
    public init(maximumFileSize: Int = InputLimit.bytes) {
        self.maximumFileSize = maximumFileSize
    }

    public func kind(at path: String) -> FileKind? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: return .folder
        case S_IFREG: return .file
        default: return nil
        }
    }

    public func identity(of path: String) -> FileIdentity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }

    public func contents(ofFile path: String) throws(FileSystemError) -> [UInt8] {
        if kind(at: path) == .folder { throw FileSystemError(path: path, reason: .isFolder) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.error(errno, path: path) }
        defer { close(descriptor) }
        let tooLarge = FileSystemError(path: path, reason: .tooLarge(limit: maximumFileSize))
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > maximumFileSize {
            throw tooLarge
        }
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
            if bytes.count > maximumFileSize { throw tooLarge }
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

    /// Writes an output file: follows links to their target, replaces a regular (or new) file
    /// atomically keeping the mode (and, where allowed, the owner) of the file it replaces, and
    /// writes a device or FIFO directly (opening a FIFO waits for a reader, as a shell's `>` does).
    ///
    /// Errors name the path as given. When the temporary file cannot be created in an existing
    /// folder, the reason is ``FileSystemError/Reason/folderRefusesNewFiles``.
    ///
    /// - Complexity: O(*n*) in the size of `bytes`, plus one `fsync`.
    public func write(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        let target = try Self.followingLinks(path)
        var status = stat()
        guard stat(target, &status) == 0 else {
            guard errno == ENOENT else { throw Self.error(errno, path: path) }
            return try Self.replace(target, with: bytes, keeping: nil, shownAs: path)
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR: throw FileSystemError(path: path, reason: .isFolder)
        case S_IFREG: try Self.replace(target, with: bytes, keeping: status, shownAs: path)
        default: try Self.writeDirectly(bytes, to: target, shownAs: path)
        }
    }

    /// `path` with the links of its last component followed until it names no link (a link to a
    /// missing file gives that file's path, where a new file is created).
    private static func followingLinks(_ path: String) throws(FileSystemError) -> String {
        var current = path
        for _ in 0...maximumLinks {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(current, &buffer, buffer.count - 1)
            guard count >= 0 else { throw error(errno, path: path) }
            let destination = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = destination.hasPrefix("/") ? destination : folder(of: current) + "/" + destination
        }
        throw error(ELOOP, path: path)
    }

    /// Replaces (or creates) the regular file `target` atomically: a temporary file in the same
    /// folder, written, synced and renamed over it. `existing` is the status of the file replaced.
    private static func replace(
        _ target: String, with bytes: [UInt8], keeping existing: stat?, shownAs path: String
    ) throws(FileSystemError) {
        let folder = folder(of: target)
        let name = target.split(separator: "/").last.map(String.init) ?? target
        var generator = SystemRandomNumberGenerator()
        var temporary = ""
        var descriptor: Int32 = -1
        for _ in 0..<16 {
            let suffix = String(generator.next() as UInt64, radix: 36)
            temporary = folder + "/.\(name).\(suffix).tmp"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else {
            let number = errno
            var status = stat()
            let folderExists = stat(folder, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
            if folderExists, [ENOENT, EACCES, EPERM, EROFS].contains(number) {
                throw FileSystemError(path: path, reason: .folderRefusesNewFiles)
            }
            throw error(number, path: path)
        }

        var failure: Int32 = 0
        if let existing {
            // Keep the mode exactly (the umask does not apply); keep the owner where allowed.
            if fchmod(descriptor, existing.st_mode & 0o7777) != 0 { failure = errno }
            _ = fchown(descriptor, existing.st_uid, existing.st_gid)
        }
        if failure == 0 { failure = writeAll(bytes, to: descriptor) }
        if failure == 0 && fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure == 0 && rename(temporary, target) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw error(failure, path: path)
        }
    }

    /// Writes `bytes` into the existing special file `target` (a device or FIFO), without
    /// creating, truncating or replacing it.
    private static func writeDirectly(_ bytes: [UInt8], to target: String, shownAs path: String) throws(FileSystemError)
    {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw error(errno, path: path) }
        var failure = writeAll(bytes, to: descriptor)
        if close(descriptor) != 0 && failure == 0 { failure = errno }
        if failure != 0 { throw error(failure, path: path) }
    }

    /// The folder that holds `path` (`.` for a bare name, `/` for a file in the root).
    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
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

/// Writes every byte to `descriptor`, retrying after interruptions; returns the `errno` of a
/// failure, or 0. (Outside ``LocalFileSystem``, whose `write(_:to:)` would hide the C call.)
private func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
    var written = 0
    while written < bytes.count {
        let count = bytes.withUnsafeBytes { raw in
            write(descriptor, raw.baseAddress.map { $0 + written }, raw.count - written)
        }
        if count < 0 {
            if errno == EINTR { continue }
            return errno
        }
        written += count
    }
    return 0
}
