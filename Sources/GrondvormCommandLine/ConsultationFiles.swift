import Advisor
import KnowledgeBase

/// The files a person saves after the recommendation (the advice, the answers), on the
/// command line's file system.
///
/// A name is resolved against the current folder. A file is never written over one of the run's
/// inputs, over the `--output` file or over the `--save` file; an existing file is replaced only
/// when the person agreed, atomically (``FileSystem/write(_:to:)``).
final class ConsultationFiles: ReportFiles {
    private let fileSystem: ReadRecordingFileSystem
    private let currentDirectory: String
    /// Absolute paths of the files this run writes itself (`--output`, `--save`).
    private let reserved: [String]
    private let language: Language

    /// Files saved on `fileSystem`, relative names resolved against `currentDirectory`, never at
    /// one of the `reserved` paths (absolute) or an input of the run.
    init(fileSystem: ReadRecordingFileSystem, currentDirectory: String, reserved: [String], language: Language) {
        self.fileSystem = fileSystem
        self.currentDirectory = currentDirectory
        self.reserved = reserved
        self.language = language
    }

    func save(_ text: String, to path: String, replacing: Bool) -> ReportFileResult {
        let resolved = KnowledgeSource.resolve(path, against: currentDirectory)
        if fileSystem.wasRead(resolved) { return .failed(refusal(.input)) }
        if reserved.contains(where: { fileSystem.isSameFile($0, resolved) }) { return .failed(refusal(.written)) }
        if fileSystem.kind(at: resolved) == .folder {
            return .failed(sentence(FileSystemError(path: path, reason: .isFolder)))
        }
        if fileSystem.identity(of: resolved) != nil, !replacing { return .exists }
        do {
            try fileSystem.write(Array(text.utf8), to: resolved)
            return .saved
        } catch {
            return .failed(sentence(error))
        }
    }

    /// Why a file is refused.
    private enum Refusal {
        /// The run read it.
        case input
        /// The run writes it itself.
        case written
    }

    private func refusal(_ refusal: Refusal) -> String {
        switch (refusal, language) {
        case (.input, .nl): return "deze opdracht leest dat bestand als invoer."
        case (.input, .en): return "this run reads that file as input."
        case (.written, .nl): return "deze opdracht schrijft dat bestand al zelf (--output of --save)."
        case (.written, .en): return "this run already writes that file itself (--output or --save)."
        }
    }

    /// A file-system failure as the end of a sentence.
    private func sentence(_ error: FileSystemError) -> String {
        switch language {
        case .nl: return error.dutch + "."
        case .en: return error.description + "."
        }
    }
}
