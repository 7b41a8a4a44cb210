import KnowledgeBase

/// Why the case files of the knowledge case suite could not be read (the command line exits 66).
enum CaseFilesError: Error, Sendable, Hashable {
    /// There is no case file: no `cases` folder, or no `*.json` file in it.
    case noCaseFiles(directory: String)
    /// A case file or the folder exists but could not be read.
    case unreadable(path: String, reason: String)

    /// The sentence for the user, in `language`.
    func sentence(in language: Language) -> String {
        switch (self, language) {
        case (.noCaseFiles(let directory), .en): return "error: no case files (*.json) in '\(directory)'"
        case (.noCaseFiles(let directory), .nl): return "fout: geen casusbestanden (*.json) in '\(directory)'"
        case (.unreadable(let path, let reason), .en): return "error: cannot read '\(path)': \(reason)"
        case (.unreadable(let path, let reason), .nl): return "fout: kan '\(path)' niet lezen: \(reason)"
        }
    }
}
