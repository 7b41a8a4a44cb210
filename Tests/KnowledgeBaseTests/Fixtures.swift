import Foundation

/// Where the fixture knowledge bases live, found from this source file's path.
enum Fixtures {
    /// `Tests/KnowledgeBaseTests/Fixtures`.
    static let directory: String = {
        let file = #filePath
        guard let slash = file.lastIndex(of: "/") else { return "Fixtures" }
        return String(file[..<slash]) + "/Fixtures"
    }()

    /// The sound base every broken case starts from.
    static var valid: String { directory + "/valid" }

    /// The files of the broken cases that need exact bytes, by case (see ``BrokenCase``).
    static var bytes: String { directory + "/bytes" }

    /// The `.gvk` files of the valid base, as source files with paths `valid/<name>`.
    static func validFiles() throws -> [SourceFileData] {
        try FileManager.default.contentsOfDirectory(atPath: valid)
            .filter { $0.hasSuffix(".gvk") }
            .sorted()
            .map { name in
                SourceFileData(
                    path: "valid/\(name)", text: try String(contentsOfFile: valid + "/" + name, encoding: .utf8))
            }
    }
}

/// A knowledge file's path and text, for tests that edit the valid base in memory.
struct SourceFileData {
    var path: String
    var text: String
}
