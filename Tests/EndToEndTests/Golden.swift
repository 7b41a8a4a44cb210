import Foundation
import Testing

/// Golden transcripts: a file under `Golden/` holds the exact expected transcript of a run.
///
/// Set `RECORD_GOLDEN=1` to write the current output into the files instead of comparing (then
/// review the diff and commit it).
enum Golden {
    /// Whether this run records instead of comparing.
    static var isRecording: Bool {
        !(ProcessInfo.processInfo.environment["RECORD_GOLDEN"] ?? "").isEmpty
    }

    /// A transcript of one run: the command, the typed input, both streams and the exit code.
    static func transcript(arguments: [String], input: String, result: GrondvormProcess.Result) -> String {
        var text = "$ grondvorm " + arguments.joined(separator: " ") + "\n"
        for line in input.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            text += "< " + line + "\n"
        }
        text += "--- stdout\n" + result.standardOutput
        if !result.standardOutput.isEmpty && !result.standardOutput.hasSuffix("\n") { text += "\n[no newline at end]\n" }
        text += "--- stderr\n" + result.standardError
        if !result.standardError.isEmpty && !result.standardError.hasSuffix("\n") { text += "\n[no newline at end]\n" }
        text += "--- exit \(result.exitCode)\n"
        return text
    }

    /// Compares `actual` with `Golden/<name>` (or records it).
    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) {
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
            Issue.record("missing golden file \(name); run with RECORD_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first =
                zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(actualLines.count, expectedLines.count)
            Issue.record(
                """
                \(name) differs at line \(first + 1):
                expected: \(first < expectedLines.count ? String(expectedLines[first]) : "<end>")
                actual:   \(first < actualLines.count ? String(actualLines[first]) : "<end>")
                (RECORD_GOLDEN=1 re-records)
                """, sourceLocation: sourceLocation)
        }
    }
}
