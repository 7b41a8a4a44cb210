/// Where the person can keep what a consultation produced: the command line implements this on
/// its file system, tests with an in-memory double.
///
/// The advisor only decides what is saved and asks the person for a name; whether and how a
/// file is written (relative paths, atomic replacement, not over one of the run's inputs) is the
/// command line's business.
public protocol ReportFiles: AnyObject {
    /// Saves `text` at `path`, as the person typed it.
    ///
    /// - Parameters:
    ///   - text: The whole content of the file.
    ///   - path: The file name as typed (relative to the current folder, or absolute).
    ///   - replacing: Whether an existing file may be replaced (the person agreed).
    /// - Returns: What happened; never throws.
    func save(_ text: String, to path: String, replacing: Bool) -> ReportFileResult
}

/// What came of ``ReportFiles/save(_:to:replacing:)``.
public enum ReportFileResult: Sendable, Hashable {
    /// The file was written.
    case saved
    /// A file exists at the path and `replacing` was `false`; nothing was written.
    case exists
    /// Nothing was written, for this reason: a sentence in the consultation's language.
    case failed(String)
}
