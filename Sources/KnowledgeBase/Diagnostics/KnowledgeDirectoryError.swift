/// Why a knowledge directory could not be loaded.
///
/// The knowledge base library reads no files; whoever reads a folder (see ``KnowledgeFolder``)
/// reports what went wrong with these cases. The first three mean there was nothing to read (the
/// command line exits 66, "no input"); ``invalid(_:)`` means the files were read but are not a
/// sound knowledge base (exit 65).
public enum KnowledgeDirectoryError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The path does not exist or is not a directory.
    case notFound(directory: String)
    /// The directory holds no `*.gvk` file.
    case noKnowledgeFiles(directory: String)
    /// A knowledge file exists but could not be read.
    case unreadable(path: String, reason: String)
    /// The files were read but hold errors.
    case invalid(KnowledgeLoadError)

    /// Whether the files were read and found wrong (as opposed to missing or unreadable).
    public var isInvalid: Bool {
        switch self {
        case .invalid: return true
        case .notFound, .noKnowledgeFiles, .unreadable: return false
        }
    }

    /// A sentence for the user; for ``invalid(_:)`` every diagnostic, rendered.
    public var description: String {
        switch self {
        case .notFound(let directory):
            return "error: knowledge directory '\(directory)' does not exist or is not a directory"
        case .noKnowledgeFiles(let directory):
            return "error: knowledge directory '\(directory)' holds no .gvk files"
        case .unreadable(let path, let reason):
            return "error: cannot read '\(path)': \(reason)"
        case .invalid(let error):
            return error.description
        }
    }
}
