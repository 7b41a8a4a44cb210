import Foundation
import Inference
import ShippedKnowledge
import Testing

@testable import KnowledgeBase

@Suite("Knowledge loader")
struct KnowledgeLoaderTests {
    @Test("the valid fixture base loads")
    func validBaseLoads() throws {
        let knowledge: Knowledge
        do {
            knowledge = try KnowledgeLoader.load(files: try FolderReader.files(in: Fixtures.valid))
        } catch {
            Issue.record("the valid fixture base does not load:\n\(error)")
            return
        }
        #expect(knowledge.version == "1.0.0")
        #expect(knowledge.archetypes.map(\.id) == ["transactioneel", "functioneel", "verkennend", "ondernemend"])
        #expect(
            knowledge.counts.description
                == "3 motives, 5 questions, 4 archetypes, 3 agreements, 3 forms, 1 property, 2 signals, 1 requirement, "
                + "1 preference, 32 rules (10 written, 22 generated)"
        )
    }

    /// The binary builds its source files exactly this way (`Knowledge/<name>`).
    @Test("the shipped knowledge base loads through the same path the binary uses")
    func shippedBaseLoads() throws {
        let files = ShippedKnowledge.files.map { SourceFile(path: "Knowledge/" + $0.name, bytes: $0.bytes) }
        #expect(!files.isEmpty)
        do {
            let knowledge = try KnowledgeLoader.load(files: files)
            let counts = knowledge.counts
            #expect(!knowledge.version.isEmpty)
            #expect(counts.archetypes == 4)
            #expect(counts.forms >= 20, "issue 3 asks for at least 20 forms")
            #expect(counts.motives > 0 && counts.questions > 0 && counts.signals > 0)
            #expect(knowledge.question("zelf-kunnen")?.options.filter(\.isExclusive).map(\.id) == ["geen"])
            #expect(knowledge.signal("persoonlijke-aansprakelijkheid")?.aboutForms == ["vof", "maatschap", "cv"])
        } catch {
            Issue.record("the shipped knowledge base does not load:\n\(error)")
        }
    }

    /// The binary loads its shipped base without the analysis (the build checked it fully).
    @Test("the shipped knowledge base loads the same with and without the analysis")
    func shippedBaseLoadsTheSameValidated() throws {
        let files = ShippedKnowledge.files.map { SourceFile(path: "Knowledge/" + $0.name, bytes: $0.bytes) }
        let full = try KnowledgeLoader.load(files: files)
        let validated = try KnowledgeLoader.load(validated: files)
        #expect(validated.version == full.version && validated.title == full.title)
        #expect(validated.motives == full.motives && validated.questions == full.questions)
        #expect(validated.archetypes == full.archetypes && validated.agreements == full.agreements)
        #expect(validated.forms == full.forms && validated.properties == full.properties)
        #expect(validated.signals == full.signals && validated.rules == full.rules)
        #expect(validated.requirements == full.requirements && validated.preferences == full.preferences)
        #expect(validated.ruleBase.rules == full.ruleBase.rules)
        #expect(validated.ruleBase.attributes == full.ruleBase.attributes)
    }

    @Test("loading validated files leaves out only the analysis")
    func validatedLoadSkipsOnlyTheAnalysis() throws {
        // A question no rule reads is found by the analysis alone.
        let neverRead = try TestSupport.validBase(editing: "questions.gvk") { text in
            text + "\nquestion ongelezen\n  kind yes-no\n  text\n    nl \"Ongelezen?\"\n    en \"Unread?\"\n"
                + "  why\n    nl \"Omdat.\"\n    en \"Because.\"\n"
        }.map { SourceFile(path: $0.0, bytes: Array($0.1.utf8)) }
        #expect(throws: KnowledgeLoadError.self) { try KnowledgeLoader.load(files: neverRead) }
        #expect(try KnowledgeLoader.load(validated: neverRead).question("ongelezen") != nil)
        // Problems of the other phases are still reported.
        let unknownField = try TestSupport.validBase(editing: "questions.gvk") { $0 + "\nquestion q2\n  colour red\n" }
            .map { SourceFile(path: $0.0, bytes: Array($0.1.utf8)) }
        #expect(throws: KnowledgeLoadError.self) { try KnowledgeLoader.load(validated: unknownField) }
    }

    @Test("a folder read through KnowledgeFolder shows '<folder>/<name>' and skips hidden and other files")
    func pathsAsGiven() throws {
        let directory = try TemporaryDirectory()
        try directory.write("b.gvk", "motive x\n")
        try directory.write("a.gvk", "knowledge\n  version \"1\"\n")
        try directory.write("notes.txt", "not knowledge")
        try directory.write(".hidden.gvk", "garbage that is ignored\n")
        do {
            _ = try KnowledgeLoader.load(files: try FolderReader.files(in: directory.path + "//"))
            Issue.record("loaded")
        } catch let error as KnowledgeLoadError {
            let text = error.description
            #expect(text.hasPrefix("\(directory.path)/a.gvk:1:1: error: missing field 'title' in knowledge\n"))
            #expect(text.contains("\(directory.path)/b.gvk:1:8: error: missing field 'label' in motive 'x'\n"))
            #expect(!text.contains("hidden"))
            #expect(!text.contains("//"))
        }
    }

    @Test("a file that is not UTF-8 gets exactly one diagnostic; the other files are still checked")
    func invalidUTF8() throws {
        var files = try TestSupport.validBase().map { SourceFile(path: $0.0, bytes: Array($0.1.utf8)) }
        files.append(SourceFile(path: "valid/zz.gvk", bytes: [0x72, 0x75, 0x6C, 0x65, 0x0A, 0xFF, 0x0A, 0x78, 0x0A]))
        files.append(SourceFile(path: "valid/zy.gvk", bytes: Array("signal s\n".utf8)))
        do {
            _ = try KnowledgeLoader.load(files: files)
            Issue.record("loaded")
        } catch {
            #expect(
                error.description == """
                    valid/zy.gvk:1:8: error: missing field 'title' in signal 's'
                    signal s
                           ^
                    valid/zy.gvk:1:8: error: missing field 'text' in signal 's'
                    signal s
                           ^
                    valid/zy.gvk:1:8: error: no rule concludes signal 's' with positive certainty
                    signal s
                           ^
                    valid/zz.gvk:2:1: error: file is not valid UTF-8 text
                    \u{FFFD}
                    ^
                    """)
        }
    }
}

/// A directory under the system's temporary folder, removed when the value is released.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "grondvorm-kb-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
