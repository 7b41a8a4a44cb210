import Foundation
import KnowledgeBase

/// Reads a knowledge folder from disk the way the product does: lists its entries, keeps those
/// that ``KnowledgeFolder`` says belong to the base, and reads their bytes.
enum FolderReader {
    /// The knowledge files of the folder at `path`, shown as ``KnowledgeFolder`` shows them.
    static func files(in path: String) throws -> [SourceFile] {
        let folder = KnowledgeFolder(path: path)
        let entries = try FileManager.default.contentsOfDirectory(atPath: path).map { name in
            let target = URL(fileURLWithPath: path).appendingPathComponent(name).resolvingSymlinksInPath()
            let isRegularFile = (try? target.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) ?? false
            return KnowledgeFolder.Entry(name: name, isRegularFile: isRegularFile == true)
        }
        return try folder.files(among: entries).map { file in
            let url = URL(fileURLWithPath: path).appendingPathComponent(file.name)
            return SourceFile(path: file.shownPath, bytes: Array(try Data(contentsOf: url)))
        }
    }
}
