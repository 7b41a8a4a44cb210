#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whole-file reading and writing on plain POSIX calls (no Foundation, so the benchmark
/// binary starts fast and the load timing measures the reader, not a framework).
enum Files {
    /// The bytes of the file at `path`.
    ///
    /// - Throws: ``BenchError/missingFile(_:)`` when it does not exist,
    ///   ``BenchError/unreadable(path:reason:)`` for any other failure.
    static func read(_ path: String) throws(BenchError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { throw .missingFile(path) }
            throw .unreadable(path: path, reason: reason(code))
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path: path, reason: reason(errno)) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw .unreadable(path: path, reason: "is a directory") }
        // Read the size fstat reports straight into the result, then go on in small chunks
        // until the end of the file (in case it grew, or fstat does not know its size).
        let expected = Int(status.st_size)
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            while initialized < expected {
                let count = Glibc.read(descriptor, base + initialized, expected - initialized)
                if count < 0, errno == EINTR { continue }
                if count < 0 { failure = errno }
                if count <= 0 { return }
                initialized += count
            }
        }
        guard failure == 0 else { throw .unreadable(path: path, reason: reason(failure)) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(path: path, reason: reason(errno)) }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return bytes
    }

    /// The zero bytes ``map(_:)`` guarantees after a file's contents, so that a reader can look
    /// a few bytes ahead (and scan eight at a time) without checking for the end.
    static let padding = 16

    /// The contents of the file at `path`, mapped read-only (and read in at once), followed by
    /// at least ``padding`` zero bytes.
    ///
    /// A private read-only mapping costs no copy; the zero fill of its last page is the
    /// padding. When that fill is too short (a size close to a page multiple), or the file
    /// cannot be mapped, it is read into memory instead.
    ///
    /// - Throws: as ``read(_:)``.
    static func map(_ path: String) throws(BenchError) -> MappedFile {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { throw .missingFile(path) }
            throw .unreadable(path: path, reason: reason(code))
        }
        var status = stat()
        let statFailed = fstat(descriptor, &status) != 0
        let code = errno
        let isDirectory = !statFailed && (status.st_mode & S_IFMT) == S_IFDIR
        let size = Int(status.st_size)
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let rounded = (size + page - 1) / page * page
        var mapped: UnsafeMutableRawPointer?
        if !statFailed, !isDirectory, size > 0, rounded - size >= padding {
            let address = mmap(nil, rounded, PROT_READ, MAP_PRIVATE | MAP_POPULATE, descriptor, 0)
            if let address, address != MAP_FAILED { mapped = address }
        }
        close(descriptor)
        guard !statFailed else { throw .unreadable(path: path, reason: reason(code)) }
        guard !isDirectory else { throw .unreadable(path: path, reason: "is a directory") }
        if let mapped {
            return MappedFile(bytes: UnsafeRawBufferPointer(start: mapped, count: size), mappedLength: rounded)
        }
        let contents = try read(path)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: contents.count + padding, alignment: 16)
        buffer.initializeMemory(as: UInt8.self, repeating: 0)
        contents.withUnsafeBytes { buffer.copyMemory(from: $0) }
        return MappedFile(bytes: UnsafeRawBufferPointer(rebasing: buffer[0..<contents.count]), mappedLength: 0)
    }

    /// Writes `bytes` to `path`, replacing the file.
    ///
    /// - Throws: ``BenchError/cannotWrite(path:reason:)``.
    static func write(_ bytes: [UInt8], to path: String) throws(BenchError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: reason(errno)) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                throw .cannotWrite(path: path, reason: reason(code))
            }
            written += count
        }
        guard close(descriptor) == 0 else { throw .cannotWrite(path: path, reason: reason(errno)) }
    }

    /// The absolute form of `path` (relative paths are resolved against the working
    /// directory), without resolving symbolic links.
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        let directory = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return directory.hasSuffix("/") ? directory + path : directory + "/" + path
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// A file's contents in memory, followed by at least ``Files/padding`` zero bytes; released
/// (unmapped or freed) when the last reference goes.
final class MappedFile {
    /// The contents (the padding follows `bytes.count`).
    let bytes: UnsafeRawBufferPointer
    /// The length of the mapping, or 0 when the contents were read into allocated memory.
    private let mappedLength: Int

    init(bytes: UnsafeRawBufferPointer, mappedLength: Int) {
        self.bytes = bytes
        self.mappedLength = mappedLength
    }

    /// Calls `body` with the contents, keeping them mapped until it returns.
    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws(BenchError) -> Result) throws(BenchError)
        -> Result
    {
        defer { withExtendedLifetime(self) {} }
        return try body(bytes)
    }

    deinit {
        guard let base = bytes.baseAddress else { return }
        if mappedLength > 0 {
            munmap(UnsafeMutableRawPointer(mutating: base), mappedLength)
        } else {
            UnsafeMutableRawPointer(mutating: base).deallocate()
        }
    }
}
