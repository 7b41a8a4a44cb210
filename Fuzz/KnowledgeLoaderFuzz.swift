// libFuzzer target: the knowledge language (lexer, parser, resolver, rule generator, analysis)
// through `KnowledgeLoader.load(files:)`, the way `grondvorm check --knowledge DIR` uses it.
//
// Input: one byte that chooses a file of a sound base, then the bytes of a knowledge file. The
// file replaces the chosen one (so mutations of one file meet a sound rest of the base and reach
// the validator and the compiler), or, when the byte is past the last file, is loaded alone. The
// sound base is the small valid fixture of the tests (5 files, 12 kB): bytes 0-4 choose one of its
// files, 5 none. (The shipped base, 250 kB, made a run 10 times slower; its files are seeds of
// their own, loaded alone.)
// Invariants checked (a failure traps, which libFuzzer reports as a crash): a base that does not
// load has at least one diagnostic, each at a line of a file given and a column within that line
// (or just after it), sorted by path, line and column; a base that loads has the rules it counts.

#if canImport(Glibc)
    import Glibc
#endif
import Inference
@testable import KnowledgeBase

/// The sound base a fuzzed file goes into: the valid fixture of the tests.
private let soundBase: [SourceFile] = ["base", "forms", "properties", "questions", "rules"].map { name in
    let path = "Tests/KnowledgeBaseTests/Fixtures/valid/\(name).gvk"
    return SourceFile(path: "valid/\(name).gvk", bytes: readFile(repositoryRoot + "/" + path))
}

/// The package's root folder (this file is `Fuzz/KnowledgeLoaderFuzz.swift`).
private let repositoryRoot: String = {
    var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
    parts.removeLast(2)
    return parts.joined(separator: "/")
}()

/// The bytes of the file at `path`; stops the fuzzer when it cannot be read.
private func readFile(_ path: String) -> [UInt8] {
    guard let file = fopen(path, "rb") else { fatalError("cannot read \(path)") }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
        let count = fread(&buffer, 1, buffer.count, file)
        if count == 0 { return bytes }
        bytes += buffer[0..<count]
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKnowledgeLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let choice = Int(data[0]) % (soundBase.count + 1)
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    var files = [SourceFile(path: "fuzz.gvk", bytes: bytes)]
    if choice < soundBase.count {
        files = soundBase
        files[choice] = SourceFile(path: soundBase[choice].path, bytes: bytes)
    }
    do {
        let knowledge = try KnowledgeLoader.load(files: files)
        precondition(knowledge.counts.rules == knowledge.ruleBase.rules.count, "a loaded base miscounts its rules")
        precondition(!knowledge.counts.description.isEmpty)
    } catch {
        precondition(!error.diagnostics.isEmpty, "a base that does not load has no diagnostic")
        var previous: (path: String, line: Int, column: Int)?
        // Each file's line lengths once: a large mutated file can have thousands of diagnostics,
        // and recounting per diagnostic made the harness itself quadratic (a 33 kB input took
        // over 11 s, libFuzzer's hang limit, on a loaded machine, against 0.9 s alone).
        var lengthsByPath: [String: [Int]] = [:]
        for diagnostic in error.diagnostics {
            let location = diagnostic.location
            guard let file = files.first(where: { $0.path == location.path }) else {
                preconditionFailure("\(location) names no file given")
            }
            let lengths = lengthsByPath[file.path] ?? lineLengths(of: file.bytes)
            lengthsByPath[file.path] = lengths
            precondition(lengths.indices.contains(location.line - 1), "\(location): no such line")
            precondition(
                (1...lengths[location.line - 1] + 1).contains(location.column),
                "\(location): column outside its line")
            precondition(!diagnostic.description.isEmpty)
            if let previous {
                precondition(
                    (previous.path, previous.line, previous.column) <= (location.path, location.line, location.column)
                        || previous.path != location.path,
                    "diagnostics not sorted")
            }
            previous = (location.path, location.line, location.column)
        }
    }
    return 0
}

/// The length in characters of each line (as the in-process fuzz test computes it).
private func lineLengths(of bytes: [UInt8]) -> [Int] {
    let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    var lengths = text.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
        String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self).unicodeScalars.count
    }
    if lengths.count > 1, lengths.last == 0 { lengths.removeLast() }
    return lengths
}
