// Build-time tool: writes a Swift source that embeds a knowledge folder: its files, and its compiled image.
//
// Usage: KnowledgeEmbedder OUTPUT.swift KNOWLEDGE_FOLDER
// The embedder chooses the files itself, by the rule of KnowledgeBase.KnowledgeFolder (the one the
// command line uses): regular `*.gvk`
// files (or links to them) not starting with `.`, in byte order of their names; the case suite is
// `cases/*.json` chosen the same way (no `cases` folder: no cases). Each file is a string literal
// with its quotes, backslashes and control characters escaped, so the content stays exact (a file
// that is not UTF-8 is embedded as an array of bytes); string literals compile in seconds where
// arrays of the same bytes took minutes.
//
// The knowledge files are loaded with the full compiler first (`KnowledgeLoader.load(files:)`,
// every check `grondvorm check` makes); any diagnostic fails the build (exit 65) and is printed
// with its location, so the program can load its shipped base without the analysis phase
// (`KnowledgeLoader.load(validated:)`).
//
// It also embeds the loaded base compiled: its `KnowledgeImage`, as a string literal (an image is
// valid UTF-8, and a literal compiles far faster than an array of its bytes). The embedder first
// decodes its own image and fails the build (exit 70) unless that gives back the loaded base.
import Foundation
import KnowledgeBase

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes `message` to standard error and exits with `code`.
func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data("KnowledgeEmbedder: \(message)\n".utf8))
    exit(code)
}

/// Whether `path` is a regular file or a link to one.
func isRegularFile(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
}

/// The entries of `folder`, each with whether it is a regular file (or a link to one).
func entries(of folder: String) -> [KnowledgeFolder.Entry] {
    let names: [String]
    do {
        names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
        fail("cannot read folder '\(folder)': \(error)", code: 66)
    }
    return names.map { KnowledgeFolder.Entry(name: $0, isRegularFile: isRegularFile(folder + "/" + $0)) }
}

/// Loads the knowledge files `names` of `folder` as the program will (shown as `Knowledge/NAME`)
/// and fails with every diagnostic when the base is not sound.
func validate(folder: String, names: [String]) -> Knowledge {
    var files: [SourceFile] = []
    for name in names {
        guard let data = FileManager.default.contents(atPath: folder + "/" + name) else {
            fail("cannot read '\(folder)/\(name)'", code: 66)
        }
        files.append(SourceFile(path: "Knowledge/" + name, bytes: Array(data)))
    }
    do {
        return try KnowledgeLoader.load(files: files)
    } catch {
        fail("the knowledge base in '\(folder)' has problems; the build needs a sound base:\n\(error)", code: 65)
    }
}

/// A Swift string literal that holds exactly `bytes`, or `nil` when they are not UTF-8.
///
/// Quotes, backslashes and control characters are escaped; every other byte is written as it is.
/// A string literal compiles far faster than an array literal of the same bytes.
func stringLiteral(of bytes: [UInt8]) -> String? {
    guard String(validating: bytes, as: UTF8.self) != nil else { return nil }
    var literal: [UInt8] = [UInt8(ascii: "\"")]
    literal.reserveCapacity(bytes.count + bytes.count / 8 + 2)
    for byte in bytes {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "\""):
            literal += [UInt8(ascii: "\\"), byte]
        case 0..<0x20, 0x7F:
            literal += Array("\\u{\(String(byte, radix: 16))}".utf8)
        default:
            literal.append(byte)
        }
    }
    literal.append(UInt8(ascii: "\""))
    return String(decoding: literal, as: UTF8.self)
}

/// The Swift source of one array of embedded files: each file's bytes as a string literal, or as
/// an array of bytes when they are not UTF-8.
func embedded(_ name: String, folder: String, names: [String]) -> String {
    var source = "    static let \(name): [File] = [\n"
    for fileName in names {
        guard let data = FileManager.default.contents(atPath: folder + "/" + fileName) else {
            fail("cannot read '\(folder)/\(fileName)'", code: 66)
        }
        let bytes = Array(data)
        let nameLiteral = stringLiteral(of: Array(fileName.utf8)) ?? "\"\""
        if let literal = stringLiteral(of: bytes) {
            source += "        File(name: \(nameLiteral), text: \(literal)),\n"
            continue
        }
        source += "        File(name: \(nameLiteral), bytes: ["
        for (column, byte) in bytes.enumerated() {
            if column % 24 == 0 { source += "\n            " }
            source += "\(byte),"
        }
        source += "\n        ]),\n"
    }
    return source + "    ]\n"
}

/// The Swift source of the image of `knowledge`, after checking that it decodes to `knowledge`.
func embeddedImage(of knowledge: Knowledge) -> String {
    let image = KnowledgeImage.encode(knowledge)
    do {
        guard try KnowledgeImage.decode(image) == knowledge else {
            fail("the knowledge image does not decode to the loaded knowledge base", code: 70)
        }
    } catch {
        fail("the knowledge image does not decode: \(error)", code: 70)
    }
    guard let literal = stringLiteral(of: image) else {
        fail("the knowledge image is not valid UTF-8, so it cannot be a string literal", code: 70)
    }
    return "    static let embeddedImage: StaticString = \(literal)\n"
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count == 2 else {
    fail("usage: KnowledgeEmbedder OUTPUT.swift KNOWLEDGE_FOLDER", code: 64)
}
let (outputPath, folder) = (arguments[0], arguments[1])
let casesFolder = folder + "/cases"
var isFolder: ObjCBool = false
let hasCases = FileManager.default.fileExists(atPath: casesFolder, isDirectory: &isFolder) && isFolder.boolValue

let knowledgeNames = KnowledgeFolder(path: folder).files(among: entries(of: folder)).map(\.name)
let knowledge = validate(folder: folder, names: knowledgeNames)
let source =
    "// Generated by KnowledgeEmbedder from Knowledge/. Do not edit.\n\nextension ShippedKnowledge {\n"
    + embedded("embeddedFiles", folder: folder, names: knowledgeNames)
    + embedded(
        "embeddedCases", folder: casesFolder,
        names: hasCases
            ? KnowledgeFolder(path: folder).casesFolder.caseFiles(among: entries(of: casesFolder)).map(\.name) : [])
    + embeddedImage(of: knowledge)
    + "}\n"
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: outputPath), options: .atomic)
} catch {
    fail("cannot write '\(outputPath)': \(error)", code: 74)
}
