import Foundation
import KnowledgeBase
import Testing

/// One broken knowledge base: the valid fixture base with a few edits, and the exact diagnostics
/// loading it must report.
///
/// Files are shown as `<case>/<file>` (for example `unknown-field/questions.gvk`), so the expected
/// text reads like `grondvorm check --knowledge <case>` run in a folder holding the case.
/// Text edits work on the valid base in memory; edits that need exact bytes (text that is not
/// UTF-8, binary garbage, tabs, a file cut short) take the file from `Fixtures/bytes/<case>/`.
struct BrokenCase: Sendable, CustomTestStringConvertible {
    /// One change to the valid base.
    enum Edit: Sendable {
        /// Replaces `find`, which must occur exactly once in the file, by `text`.
        case replace(in: String, replacing: String, with: String)
        /// Removes the line `line` (without its line ending), which must occur exactly once.
        case delete(in: String, deleting: String)
        /// Adds `text` and a line ending at the end of the file.
        case append(in: String, appending: String)
        /// Adds a new file holding `text` and a line ending.
        case add(adding: String, text: String)
        /// Replaces or adds the file with the bytes of `Fixtures/bytes/<case>/<file>`.
        case bytes(bytesOf: String)
    }

    /// An edit that does not apply to the valid base (the base changed under the table).
    struct EditFailure: Error, CustomStringConvertible {
        let description: String
    }

    /// The case's name, also the folder its files are shown in.
    let name: String
    /// The changes, applied in order.
    let edits: [Edit]
    /// The rendered diagnostics, exactly as `KnowledgeLoadError.description` gives them.
    let expected: String

    var testDescription: String { name }

    init(_ name: String, edits: [Edit], expected: String) {
        self.name = name
        self.edits = edits
        self.expected = expected
    }

    init(_ name: String, in file: String, replacing find: String, with text: String, expected: String) {
        self.init(name, edits: [.replace(in: file, replacing: find, with: text)], expected: expected)
    }

    init(_ name: String, in file: String, deleting line: String, expected: String) {
        self.init(name, edits: [.delete(in: file, deleting: line)], expected: expected)
    }

    init(_ name: String, in file: String, appending text: String, expected: String) {
        self.init(name, edits: [.append(in: file, appending: text)], expected: expected)
    }

    init(_ name: String, adding file: String, text: String, expected: String) {
        self.init(name, edits: [.add(adding: file, text: text)], expected: expected)
    }

    init(_ name: String, bytesOf file: String, expected: String) {
        self.init(name, edits: [.bytes(bytesOf: file)], expected: expected)
    }

    /// Every case, in the order of the tables.
    static var all: [BrokenCase] { syntax + resolution + analysis + forms + divergence }

    /// The files of the broken base, shown as `<case>/<file>`.
    ///
    /// - Throws: ``EditFailure`` when an edit does not apply, or an error reading a byte fixture.
    func files() throws -> [SourceFile] {
        var files: [(name: String, bytes: [UInt8])] = try Fixtures.validFiles().map { file in
            (String(file.path.dropFirst("valid/".count)), Array(file.text.utf8))
        }
        for edit in edits {
            switch edit {
            case .replace(let file, let find, let text):
                try change(file, in: &files) { try Self.replacing(find, with: text, in: $0) }
            case .delete(let file, let line):
                try change(file, in: &files) { try Self.replacing(line + "\n", with: "", in: $0) }
            case .append(let file, let text):
                try change(file, in: &files) { $0 + text + "\n" }
            case .add(let file, let text):
                guard !files.contains(where: { $0.name == file }) else {
                    throw EditFailure(description: "\(name): '\(file)' already exists")
                }
                files.append((file, Array((text + "\n").utf8)))
            case .bytes(let file):
                let url = URL(fileURLWithPath: Fixtures.bytes).appendingPathComponent(name).appendingPathComponent(file)
                let bytes = Array(try Data(contentsOf: url))
                files.removeAll { $0.name == file }
                files.append((file, bytes))
            }
        }
        return files.map { SourceFile(path: "\(name)/\($0.name)", bytes: $0.bytes) }
    }

    private func change(
        _ file: String, in files: inout [(name: String, bytes: [UInt8])], _ transform: (String) throws -> String
    ) throws {
        guard let index = files.firstIndex(where: { $0.name == file }) else {
            throw EditFailure(description: "\(name): no file '\(file)' in the valid base")
        }
        do {
            files[index].bytes = Array(try transform(String(decoding: files[index].bytes, as: UTF8.self)).utf8)
        } catch let failure as EditFailure {
            throw EditFailure(description: "\(name), \(file): \(failure.description)")
        }
    }

    private static func replacing(_ find: String, with text: String, in source: String) throws -> String {
        let parts = source.components(separatedBy: find)
        guard parts.count == 2 else {
            throw EditFailure(description: "'\(find)' occurs \(parts.count - 1) times, not once")
        }
        return parts.joined(separator: text)
    }
}
