import Foundation
import Inference

@testable import KnowledgeBase

/// Helpers for loading knowledge written inline in tests.
enum TestSupport {
    /// Loads files given as path → text, in any order.
    static func load(_ files: [(String, String)]) throws(KnowledgeLoadError) -> Knowledge {
        try KnowledgeLoader.load(files: files.map { SourceFile(path: $0.0, bytes: Array($0.1.utf8)) })
    }

    /// The rendered diagnostics of loading `files`, or `"(loaded)"`.
    static func diagnostics(_ files: [(String, String)]) -> String {
        do {
            _ = try load(files)
            return "(loaded)"
        } catch {
            return error.description
        }
    }

    /// The valid fixture base, loaded.
    static func validKnowledge() throws -> Knowledge {
        try load(try validBase())
    }

    /// The valid fixture base, with `edit` applied to the file named `name`.
    static func validBase(editing name: String? = nil, _ edit: (String) -> String = { $0 }) throws -> [(String, String)]
    {
        try Fixtures.validFiles().map { file in
            let fileName = String(file.path.dropFirst("valid/".count))
            return (file.path, fileName == name ? edit(file.text) : file.text)
        }
    }

    /// The diagnostics of the valid base with `old` replaced by `new` in file `name` (the
    /// replacement must happen).
    static func diagnostics(replacing old: String, with new: String, in name: String) throws -> String {
        var replaced = false
        let files = try validBase(editing: name) { text in
            replaced = text.contains(old)
            return text.replacingOccurrences(of: old, with: new)
        }
        guard replaced else { return "(text to replace not found: \(old))" }
        return diagnostics(files)
    }

    /// The diagnostics of the valid base with `text` appended to file `name`.
    static func diagnostics(appending text: String, to name: String) throws -> String {
        diagnostics(try validBase(editing: name) { $0 + text })
    }
}

extension Knowledge {
    /// The engine rule with this id, if any.
    func engineRule(_ id: String) -> Rule? {
        ruleBase.rules.first { $0.id == id }
    }
}
