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
