import Foundation
public import Testing

/// Golden transcripts: a file under `Golden/` holds the exact expected transcript of a run.
///
/// Set `GRONDVORM_RECORD=1` to write the current output into the files instead of comparing
/// (then review the diff and commit it).
public enum Golden {
    /// The environment variable that switches to recording.
    public static let recordVariable = "GRONDVORM_RECORD"

    /// Whether this run records instead of comparing.
    public static var isRecording: Bool {
        !(ProcessInfo.processInfo.environment[recordVariable] ?? "").isEmpty
    }

    /// A transcript of one run: the command, the typed input, both streams and the exit code.
    public static func transcript(arguments: [String], input: String, result: GrondvormProcess.Result) -> String {
        var text = "$ grondvorm " + arguments.joined(separator: " ") + "\n"
        for line in input.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            text += "< " + line + "\n"
        }
        text += "--- stdout\n" + result.standardOutput
        if !result.standardOutput.isEmpty && !result.standardOutput.hasSuffix("\n") {
            text += "\n[no newline at end]\n"
        }
        text += "--- stderr\n" + result.standardError
        if !result.standardError.isEmpty && !result.standardError.hasSuffix("\n") { text += "\n[no newline at end]\n" }
        text += "--- exit \(result.exitCode)\n"
        return text
    }

    /// Compares `actual` with `Golden/<name>` and shows a line diff when they differ (or records it).
    public static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation)
    {
        let url = GrondvormProcess.goldenFolder.appendingPathComponent(name)
        if isRecording {
            do {
                try Data(actual.utf8).write(to: url)
            } catch {
                Issue.record("cannot record \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "missing golden file \(name); run with \(recordVariable)=1 to create it", sourceLocation: sourceLocation
            )
            return
        }
        TextComparison.expectEqual(
            actual, expected, hint: "\(name): run with \(recordVariable)=1 to re-record", sourceLocation: sourceLocation
        )
    }
}
