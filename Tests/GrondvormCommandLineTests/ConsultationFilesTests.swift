@testable import GrondvormCommandLine
import Advisor
import KnowledgeBase
import Foundation
import Testing

@Suite("Command line: files saved after the recommendation")
final class ConsultationFilesTests {
    /// A fresh temporary folder per test, removed afterwards.
    private let folder: String
    private let fileSystem = ReadRecordingFileSystem(LocalFileSystem())

    init() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("grondvorm-save-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        folder = url.path
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func files(reserved: [String] = [], language: Language = .en) -> ConsultationFiles {
        ConsultationFiles(fileSystem: fileSystem, currentDirectory: folder, reserved: reserved, language: language)
    }

    private func text(_ name: String) -> String? {
        try? String(contentsOfFile: folder + "/" + name, encoding: .utf8)
    }

    /// A relative name is saved in the current folder; an existing file only with consent.
    @Test func savesAndReplacesOnlyWithConsent() {
        let files = files()
        #expect(files.save("one\n", to: "advice.md", replacing: false) == .saved)
        #expect(text("advice.md") == "one\n")
        #expect(files.save("two\n", to: "advice.md", replacing: false) == .exists)
        #expect(text("advice.md") == "one\n")
        #expect(files.save("two\n", to: "advice.md", replacing: true) == .saved)
        #expect(text("advice.md") == "two\n")
    }

    /// An input of the run is never written, by any path, even with consent.
    @Test func refusesAnInput() throws {
        try "{}".write(toFile: folder + "/answers.json", atomically: true, encoding: .utf8)
        _ = try fileSystem.contents(ofFile: folder + "/answers.json")
        #expect(
            files().save("x", to: "./answers.json", replacing: true)
                == .failed("this run reads that file as input."))
        #expect(
            files(language: .nl).save("x", to: folder + "/answers.json", replacing: true)
                == .failed("deze opdracht leest dat bestand als invoer."))
        #expect(text("answers.json") == "{}")
    }

    /// The `--output` and `--save` files are the run's own, also through a link.
    @Test func refusesTheRunsOwnFiles() throws {
        try "report".write(toFile: folder + "/report.txt", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.txt", withDestinationPath: "report.txt")
        let files = files(reserved: [folder + "/report.txt", folder + "/saved.json"])
        let refusal = ReportFileResult.failed("this run already writes that file itself (--output or --save).")
        #expect(files.save("x", to: "report.txt", replacing: true) == refusal)
        #expect(files.save("x", to: "link.txt", replacing: true) == refusal)
        #expect(files.save("x", to: "saved.json", replacing: false) == refusal)
        #expect(text("report.txt") == "report")
    }

    /// A folder, or a place where nothing can be created, says why.
    @Test func saysWhyItCannotSave() throws {
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: false)
        #expect(files().save("x", to: "sub", replacing: true) == .failed("is a folder."))
        #expect(
            files(language: .nl).save("x", to: "missing/advice.md", replacing: false)
                == .failed("bestand of map bestaat niet."))
    }
}
