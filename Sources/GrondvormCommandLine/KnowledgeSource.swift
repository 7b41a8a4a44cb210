import KnowledgeBase
import ShippedKnowledge

/// Where the knowledge base comes from: the one built into the program, or a folder (`--knowledge`).
enum KnowledgeSource: Sendable, Hashable {
    /// The knowledge base embedded at build time; diagnostics show its files as `Knowledge/NAME`.
    case shipped
    /// A folder of `*.gvk` files: the path as the user wrote it (shown in messages) and resolved
    /// against the working directory (used to read).
    case folder(shown: String, resolved: String)

    /// The source for `--knowledge` (`nil`: the shipped base), with relative paths resolved against
    /// `currentDirectory`.
    init(path: String?, currentDirectory: String) {
        guard let path else {
            self = .shipped
            return
        }
        self = .folder(shown: path, resolved: Self.resolve(path, against: currentDirectory))
    }

    /// `path` made absolute against `folder` (unchanged when it already is).
    static func resolve(_ path: String, against folder: String) -> String {
        if path.hasPrefix("/") { return path }
        return folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }

    /// The knowledge files of this source, in the order they are read.
    ///
    /// A folder's files are chosen by `KnowledgeFolder`: regular `*.gvk` files that are not
    /// hidden, in byte order of their names, shown as `folder/name`.
    ///
    /// - Throws: ``KnowledgeDirectoryError`` when the folder is missing, holds no `.gvk` file, or a
    ///   file cannot be read.
    /// - Complexity: O(*n* log *n*) for *n* entries, plus reading the files.
    func files(in fileSystem: any FileSystem) throws(KnowledgeDirectoryError) -> [SourceFile] {
        switch self {
        case .shipped:
            return ShippedKnowledge.files.map { SourceFile(path: "Knowledge/" + $0.name, bytes: $0.bytes) }
        case .folder(let shown, let resolved):
            guard fileSystem.kind(at: resolved) == .folder else { throw .notFound(directory: shown) }
            let entries: [KnowledgeFolder.Entry]
            do {
                entries = try Self.entries(of: resolved, in: fileSystem)
            } catch {
                throw .unreadable(path: shown, reason: error.description)
            }
            let knowledgeFiles = KnowledgeFolder(path: shown).files(among: entries)
            guard !knowledgeFiles.isEmpty else { throw .noKnowledgeFiles(directory: shown) }
            var files: [SourceFile] = []
            for file in knowledgeFiles {
                do {
                    files.append(
                        SourceFile(
                            path: file.shownPath, bytes: try fileSystem.contents(ofFile: Self.join(resolved, file.name))
                        ))
                } catch {
                    throw .unreadable(path: file.shownPath, reason: error.description)
                }
            }
            return files
        }
    }

    /// The case files of the knowledge case suite: `cases/*.json` in the folder (hidden files
    /// left out), or the built-in cases, in byte order of their names; paths as shown in messages.
    ///
    /// - Throws: ``CaseFilesError`` when there is no case file or one cannot be read.
    /// - Complexity: O(*n* log *n*) for *n* entries, plus reading the files.
    func caseFiles(in fileSystem: any FileSystem) throws(CaseFilesError) -> [(path: String, bytes: [UInt8])] {
        switch self {
        case .shipped:
            let files = ShippedKnowledge.cases.map { (path: "Knowledge/cases/" + $0.name, bytes: $0.bytes) }
            guard !files.isEmpty else { throw .noCaseFiles(directory: "Knowledge/cases") }
            return files
        case .folder(let shown, let resolved):
            let folder = Self.join(resolved, "cases")
            let cases = KnowledgeFolder(path: shown).casesFolder
            guard fileSystem.kind(at: folder) == .folder else { throw .noCaseFiles(directory: cases.shownPath) }
            let entries: [KnowledgeFolder.Entry]
            do {
                entries = try Self.entries(of: folder, in: fileSystem)
            } catch {
                throw .unreadable(path: cases.shownPath, reason: error.description)
            }
            let caseFiles = cases.caseFiles(among: entries)
            guard !caseFiles.isEmpty else { throw .noCaseFiles(directory: cases.shownPath) }
            var files: [(path: String, bytes: [UInt8])] = []
            for file in caseFiles {
                do {
                    files.append((file.shownPath, try fileSystem.contents(ofFile: Self.join(folder, file.name))))
                } catch {
                    throw .unreadable(path: file.shownPath, reason: error.description)
                }
            }
            return files
        }
    }

    /// The entries of the folder at `path`, each with whether it is a regular file.
    private static func entries(of path: String, in fileSystem: any FileSystem) throws(FileSystemError)
        -> [KnowledgeFolder.Entry]
    {
        try fileSystem.entries(ofFolder: path).map { name in
            KnowledgeFolder.Entry(name: name, isRegularFile: fileSystem.kind(at: join(path, name)) == .file)
        }
    }

    /// Reads and loads the knowledge base.
    ///
    /// A folder is always fully checked. The shipped base was fully checked when the program was
    /// built (the build fails otherwise), and the build embedded it compiled, so unless
    /// `checksFully` it is decoded from that image (see ``KnowledgeImage/decode(_:)``) instead of
    /// compiled from its files; the knowledge is the same (the build and the tests check it).
    /// Should the image not decode, the files are compiled as
    /// ``KnowledgeLoader/load(validated:)`` does, which gives the same knowledge, only slower.
    ///
    /// - Parameter checksFully: Whether to make every check even on the shipped base (`grondvorm
    ///   check`); the default.
    /// - Throws: ``KnowledgeDirectoryError``; ``KnowledgeDirectoryError/invalid(_:)`` carries every
    ///   diagnostic of a base that was read but is not sound.
    func load(from fileSystem: any FileSystem, checksFully: Bool = true) throws(KnowledgeDirectoryError) -> Knowledge {
        if case .shipped = self, !checksFully, let knowledge = try? KnowledgeImage.decode(ShippedKnowledge.image) {
            return knowledge
        }
        let files = try files(in: fileSystem)
        do {
            if case .shipped = self, !checksFully { return try KnowledgeLoader.load(validated: files) }
            return try KnowledgeLoader.load(files: files)
        } catch {
            throw .invalid(error)
        }
    }

    /// `name` inside `folder`, without doubling a trailing slash.
    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
