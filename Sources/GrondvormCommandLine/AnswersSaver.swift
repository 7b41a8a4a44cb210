import Advisor
import KnowledgeBase

/// Saves the answers so far to one file (`--save`, `--resume`), through the file-system seam.
///
/// Every save replaces the file atomically (``FileSystem/write(_:to:)``): whoever reads it, or a
/// later `--resume` after Ctrl-C, finds the previous answers or the new ones, never a part.
/// The file is in the answers-file format, so it also works with `--answers`.
final class AnswersSaver: AnswerRecorder {
    private let fileSystem: any FileSystem
    /// The path as the user wrote it, for messages.
    private let shownPath: String
    /// The absolute path written to.
    private let path: String
    private let knowledge: Knowledge
    private let console: any Console
    private let language: Language
    /// Whether a save failed already (the failure is reported once).
    private var hasFailed = false

    /// A saver writing to `path` (absolute), shown as `shownPath`; failures are reported on
    /// `console`'s standard error in `language`.
    init(
        path: String, shownPath: String, fileSystem: any FileSystem, knowledge: Knowledge, console: any Console,
        language: Language
    ) {
        self.path = path
        self.shownPath = shownPath
        self.fileSystem = fileSystem
        self.knowledge = knowledge
        self.console = console
        self.language = language
    }

    /// Saves `answers`, replacing the file.
    ///
    /// - Returns: Whether the file was written; a failure is reported once on standard error.
    @discardableResult
    func save(_ answers: AnswerSet) -> Bool {
        do {
            try fileSystem.write(Array(answers.answersFileText(in: knowledge).utf8), to: path)
            return true
        } catch {
            if !hasFailed { console.writeError(Messages.cannotWrite(shownPath, reason: error, in: language)) }
            hasFailed = true
            return false
        }
    }

    func record(_ answers: AnswerSet) {
        save(answers)
    }
}
