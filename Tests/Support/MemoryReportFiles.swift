public import Advisor

/// Files saved after a consultation, kept in memory, for tests of the follow-up.
public final class MemoryReportFiles: ReportFiles {
    /// The saved files' texts by the name the person typed.
    public private(set) var files: [String: String]
    /// Names that cannot be written, with the reason given.
    private let failures: [String: String]

    /// Files that already hold `files`; saving a name in `failures` fails with its reason.
    public init(files: [String: String] = [:], failures: [String: String] = [:]) {
        self.files = files
        self.failures = failures
    }

    public func save(_ text: String, to path: String, replacing: Bool) -> ReportFileResult {
        if let reason = failures[path] { return .failed(reason) }
        if files[path] != nil, !replacing { return .exists }
        files[path] = text
        return .saved
    }
}
