/// Which entries of a folder make up a knowledge base, and how their paths are shown.
///
/// A knowledge file is a regular file (or a link to one) whose name ends in `.gvk` and does not
/// start with `.`; files are read in byte order of their names. A file is shown as the folder
/// as the user wrote it, without its trailing slashes, then `/` and the name: `dir///` shows
/// `dir/a.gvk`, `/` shows `/a.gvk`, and the empty path shows the name alone.
///
/// This is the one place the command line takes the rule from. It is the same rule as
/// `KnowledgeBase.KnowledgeFolder` (being added on the knowledge-base branch); when that lands,
/// ``files(in:among:)`` becomes `KnowledgeFolder(path:).files(among:)` and this file goes.
enum KnowledgeFolderRule {
    /// One entry of a folder, as the file system lists it.
    struct Entry: Sendable, Hashable {
        /// The entry's name (not a path).
        let name: String
        /// Whether it is a regular file or a link to one (not a folder, device, socket…).
        let isRegularFile: Bool
    }

    /// One knowledge file to read.
    struct File: Sendable, Hashable {
        /// The path diagnostics show, such as `Knowledge/rules.gvk`.
        let shownPath: String
        /// The entry's name, to read it from the folder.
        let name: String
    }

    /// The knowledge files among a folder's entries, in the order they are read.
    ///
    /// An empty result is a normal outcome: the folder holds no knowledge (the caller says so).
    ///
    /// - Parameters:
    ///   - folder: The folder as the user wrote it; it is not opened.
    ///   - entries: The folder's entries, in any order.
    /// - Returns: The files to read, sorted by the bytes of their names.
    /// - Complexity: O(*n* log *n*) for *n* entries.
    static func files(in folder: String, among entries: [Entry]) -> [File] {
        entries.filter { $0.isRegularFile && $0.name.hasSuffix(".gvk") && !$0.name.hasPrefix(".") }
            .map(\.name)
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { File(shownPath: shownPath(of: $0, in: folder), name: $0) }
    }

    /// The path shown for the entry `name` of `folder`: the folder without its trailing slashes,
    /// `/` and the name (`/` stays `/`; the empty path shows the name alone).
    ///
    /// - Complexity: O(*n*) in the length of the result.
    static func shownPath(of name: String, in folder: String) -> String {
        var shown = Substring(folder)
        while shown.count > 1, shown.hasSuffix("/") { shown.removeLast() }
        switch shown {
        case "": return name
        case "/": return "/" + name
        default: return shown + "/" + name
        }
    }
}
