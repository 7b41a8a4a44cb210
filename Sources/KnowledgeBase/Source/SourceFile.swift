/// One knowledge file to load: the path shown in diagnostics and its raw bytes.
///
/// The loader never reads the file system for a `SourceFile`; the caller supplies the bytes, so
/// the same code path serves files on disk, the knowledge embedded in the binary and tests.
public struct SourceFile: Sendable, Hashable {
    /// The path as diagnostics show it, for example `Knowledge/rules.gvk`.
    public let path: String
    /// The file's bytes, expected to be UTF-8 text.
    public let bytes: [UInt8]

    /// Creates a source file from its display path and bytes.
    ///
    /// - Parameters:
    ///   - path: The path diagnostics show; it is not opened.
    ///   - bytes: The file's contents.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}
