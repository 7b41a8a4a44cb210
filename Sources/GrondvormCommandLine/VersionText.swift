import KnowledgeBase
import ShippedKnowledge

/// What `grondvorm --version` prints: the program's name and version, and the version of the
/// knowledge base built into it, in Dutch or English.
///
/// `grondvorm 0.1.0 (kennis 2026.12.0)` / `grondvorm 0.1.0 (knowledge 2026.12.0)`. The knowledge
/// version is read from the embedded files' `knowledge` block by a line scan, without loading
/// the knowledge base, so `--version` stays instant.
enum VersionText {
    /// The line, ending with a newline.
    static func rendered(in language: Language) -> String {
        let program = "grondvorm " + GrondvormCommand.version
        guard let knowledge = shippedKnowledgeVersion else { return program + "\n" }
        return program + " (" + LocalizedText(nl: "kennis", en: "knowledge")(language) + " " + knowledge + ")\n"
    }

    /// The `version` of the built-in knowledge base's `knowledge` block, or `nil` when no file
    /// declares one (the loader would report that base as broken).
    static var shippedKnowledgeVersion: String? {
        for file in ShippedKnowledge.files {
            if let version = knowledgeVersion(in: String(decoding: file.bytes, as: UTF8.self)) { return version }
        }
        return nil
    }

    /// The quoted string after `version` on an indented line of a top-level `knowledge` block
    /// in `text`, or `nil`.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    static func knowledgeVersion(in text: String) -> String? {
        var inKnowledgeBlock = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let content = line.prefix { $0 != "#" }
            let trimmed = content.trimmingPrefix { $0 == " " || $0 == "\t" }
            guard let first = trimmed.first, first != "\r" else { continue }
            let isIndented = content.first == " " || content.first == "\t"
            if !isIndented {
                inKnowledgeBlock = trimmed.split(separator: " ").first.map { $0.trimmingSuffix() } == "knowledge"
                continue
            }
            guard inKnowledgeBlock, trimmed.hasPrefix("version") else { continue }
            let quoted = trimmed.drop { $0 != "\"" }.dropFirst()
            guard let end = quoted.firstIndex(of: "\"") else { continue }
            let version = String(quoted[..<end])
            if !version.isEmpty { return version }
        }
        return nil
    }
}

extension Substring {
    /// The text without trailing spaces, tabs and carriage returns.
    fileprivate func trimmingSuffix() -> Substring {
        var end = endIndex
        while end > startIndex, [" ", "\t", "\r"].contains(self[index(before: end)]) { end = index(before: end) }
        return self[..<end]
    }
}
