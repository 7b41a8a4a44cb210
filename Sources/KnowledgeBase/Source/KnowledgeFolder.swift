/// The rule for which entries of a folder make up a knowledge base, and how their paths are shown.
///
/// The knowledge base library reads no files itself. Whoever reads a folder (the command line, the
/// build plugin, tests) lists its entries, asks this rule which of them to read and under which
/// path to show them in diagnostics, reads those files and passes them to
/// ``KnowledgeLoader/load(files:)``:
///
/// ```swift
/// let folder = KnowledgeFolder(path: "Knowledge/")
/// let files = folder.files(among: [
///     .init(name: "rules.gvk", isRegularFile: true),
///     .init(name: ".draft.gvk", isRegularFile: true),
///     .init(name: "README.md", isRegularFile: true),
///     .init(name: "base.gvk", isRegularFile: true),
/// ])
/// // files.map(\.shownPath) == ["Knowledge/base.gvk", "Knowledge/rules.gvk"]
/// ```
///
/// A knowledge file is a regular file (or a link to one) whose name ends in `.gvk` and does not
/// start with `.`; files are read in byte order of their names. A file is shown as the folder as
/// the user wrote it, without its trailing slashes, then `/` and the name: `dir///` shows
/// `dir/a.gvk`, `/` shows `/a.gvk`, and the empty path shows the name alone.
public struct KnowledgeFolder: Sendable, Hashable {
    /// One entry of a folder, as the file system lists it.
    public struct Entry: Sendable, Hashable {
        /// The entry's name (not a path).
        public let name: String
        /// Whether the entry is a regular file or a link to one (not a folder, device, socket…).
        public let isRegularFile: Bool

        /// Creates an entry.
        ///
        /// - Parameters:
        ///   - name: The entry's name within its folder.
        ///   - isRegularFile: Whether it is a regular file, or a symbolic link to one.
        public init(name: String, isRegularFile: Bool) {
            self.name = name
            self.isRegularFile = isRegularFile
        }
    }

    /// One knowledge file to read.
    public struct File: Sendable, Hashable {
        /// The path diagnostics show, such as `Knowledge/rules.gvk`; give it to ``SourceFile``.
        public let shownPath: String
        /// The entry's name, to read it from the folder.
        public let name: String
    }

    /// The folder as diagnostics show it: the path as written, without trailing slashes (`/`
    /// stays `/`).
    public let shownPath: String

    /// Creates the rule for the folder at `path`.
    ///
    /// - Parameter path: The folder as the user wrote it (relative or absolute); it is not opened.
    /// - Complexity: O(n) in the length of `path`.
    public init(path: String) {
        var shown = Substring(path)
        while shown.count > 1, shown.hasSuffix("/") { shown.removeLast() }
        shownPath = String(shown)
    }

    /// Whether an entry with this name and kind belongs to a knowledge base.
    ///
    /// - Parameter entry: A folder entry.
    /// - Returns: `true` for a regular file (or a link to one) named `*.gvk`, not starting with `.`.
    public static func isKnowledgeFile(_ entry: Entry) -> Bool {
        entry.isRegularFile && entry.name.hasSuffix(".gvk") && !entry.name.hasPrefix(".")
    }

    /// The path diagnostics show for the entry `name` of this folder.
    ///
    /// - Parameter name: An entry name.
    /// - Returns: The folder's shown path, `/` and `name`; `name` alone for the empty path.
    /// - Complexity: O(n) in the length of the result.
    public func shownPath(of name: String) -> String {
        switch shownPath {
        case "": return name
        case "/": return "/" + name
        default: return shownPath + "/" + name
        }
    }

    /// The knowledge files among a folder's entries, in the order they are read.
    ///
    /// An empty result is a normal outcome: the folder holds no knowledge (the caller says so).
    ///
    /// - Parameter entries: The folder's entries, in any order.
    /// - Returns: The files to read, sorted by the bytes of their names.
    /// - Complexity: O(n log n) for n entries.
    public func files(among entries: [Entry]) -> [File] {
        chosen(entries.filter(Self.isKnowledgeFile))
    }

    // MARK: The case suite

    /// The folder that holds the case suite of this knowledge base: `cases` inside it.
    public var casesFolder: KnowledgeFolder { KnowledgeFolder(path: shownPath(of: "cases")) }

    /// Whether an entry of the cases folder is a case file: a regular file (or a link to one)
    /// named `*.json`, not starting with `.`.
    public static func isCaseFile(_ entry: Entry) -> Bool {
        entry.isRegularFile && entry.name.hasSuffix(".json") && !entry.name.hasPrefix(".")
    }

    /// The case files among the entries of this folder (call it on ``casesFolder``), in the
    /// order the suite runs them: by the bytes of their names.
    ///
    /// - Complexity: O(n log n) for n entries.
    public func caseFiles(among entries: [Entry]) -> [File] {
        chosen(entries.filter(Self.isCaseFile))
    }

    private func chosen(_ entries: [Entry]) -> [File] {
        entries.map(\.name)
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { File(shownPath: shownPath(of: $0), name: $0) }
    }
}
