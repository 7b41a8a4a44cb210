import Foundation
import TestSupport
import Testing

/// `grondvorm check`, through the built binary.
@Suite("End to end: check")
struct CheckEndToEndTests {
    /// The shipped base is inside the binary: `check` works from any folder.
    @Test func shippedBaseFromAnotherFolder() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let english = try GrondvormProcess.run(["check"], in: folder)
        #expect(english.exitCode == 0, "\(english.standardError)")
        #expect(english.standardError.isEmpty)
        let pattern =
            #"^Knowledge [0-9A-Za-z.-]+ is sound: [0-9]+ motives, [0-9]+ questions, 4 archetypes, [0-9]+ forms, "#
            + #"[0-9]+ propert(y|ies), [0-9]+ agreements, [0-9]+ signals?, [0-9]+ requirements?, "#
            + #"[0-9]+ preferences?, [0-9]+ rules\.\n$"#
        #expect(
            english.standardOutput.range(of: pattern, options: .regularExpression) != nil, "\(english.standardOutput)")

        let dutch = try GrondvormProcess.run(["check"], environment: ["LANG": "nl_NL.UTF-8"], in: folder)
        #expect(dutch.exitCode == 0)
        #expect(dutch.standardOutput.hasPrefix("Kennis "))
        #expect(dutch.standardOutput.contains(" is in orde: "))
    }

    /// The check of the five conditions is knowledge like the rest: a text of it missing in
    /// either language, or a signal of it that no rule raises, is reported by `check`, all at once.
    @Test func theReadinessCheckIsChecked() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try GrondvormProcess.shippedKnowledgeCopy(
            in: folder, editing: "readiness.gvk",
            replacing: [
                (
                    "    en \"Can the people at the table commit the organisations they represent?\"\n",
                    ""
                ),
                (
                    "    nl \"Niemand leidt het proces. Wijs een procesregisseur aan, een van de partners of een\"\n"
                        + "      \"onafhankelijke begeleider, die zorgt dat de goede stappen op het goede moment worden\"\n"
                        + "      \"gezet en dat besluiten ook echt genomen worden.\"\n",
                    ""
                ),
                ("  then signal = budget-ontbreekt\n", "  then signal = mandaat-ontbreekt\n"),
            ])
        let result = try GrondvormProcess.run(["check", "--knowledge", "kb", "--lang", "en"], in: folder)
        #expect(result.exitCode == 65)
        // Each at its place in readiness.gvk (`file:line:col`), in file order.
        let errors = result.standardError.split(separator: "\n").filter { $0.hasPrefix("kb/") }.map { line in
            line.replacingOccurrences(of: #"^kb/readiness\.gvk:[0-9]+:[0-9]+: "#, with: "", options: .regularExpression)
        }
        #expect(
            errors == [
                "error: missing English text for 'text' of question 'mandaat'",
                "error: no rule concludes signal 'budget-ontbreekt' with positive certainty",
                "error: missing Dutch text for 'text' of signal 'procesregie-ontbreekt'",
            ], "\(result.standardError)")
    }

    @Test func fixtureBase() throws {
        let result = try GrondvormProcess.run(
            ["check", "--knowledge", "knowledge"], in: GrondvormProcess.goldenFolder)
        #expect(
            result
                == GrondvormProcess.Result(
                    standardOutput:
                        "Knowledge fixture-1 is sound: 2 motives, 4 questions, 4 archetypes, 2 forms, 1 property, "
                        + "4 agreements, 1 signal, 1 requirement, 1 preference, 23 rules.\n",
                    standardError: "", exitCode: 0))
    }

    /// A broken base: exit 65 and every diagnostic, then the count.
    @Test func brokenBase() throws {
        let arguments = ["check", "--knowledge", "broken-knowledge"]
        let result = try GrondvormProcess.run(arguments, in: GrondvormProcess.goldenFolder)
        #expect(result.exitCode == 65)
        #expect(result.standardOutput.isEmpty)
        Golden.check(Golden.transcript(arguments: arguments, input: "", result: result), against: "check-broken.txt")
    }

    /// The binary reads a folder by the language's rule: hidden `.gvk` files and folders named
    /// `*.gvk` are ignored, and `--knowledge kb///` shows its files as `kb/NAME`.
    @Test func hiddenFilesAreIgnoredAndPathsHaveNoExtraSlashes() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let knowledge = folder.appendingPathComponent("kb")
        try FileManager.default.copyItem(
            at: GrondvormProcess.goldenFolder.appendingPathComponent("knowledge"), to: knowledge)
        try Data("garbage that is not knowledge \u{7}\n".utf8).write(
            to: knowledge.appendingPathComponent(".hidden.gvk"))
        try FileManager.default.createDirectory(
            at: knowledge.appendingPathComponent("folder.gvk"), withIntermediateDirectories: false)

        let sound = try GrondvormProcess.run(["check", "--knowledge", "kb///"], in: folder)
        #expect(
            sound
                == GrondvormProcess.Result(
                    standardOutput:
                        "Knowledge fixture-1 is sound: 2 motives, 4 questions, 4 archetypes, 2 forms, 1 property, "
                        + "4 agreements, 1 signal, 1 requirement, 1 preference, 23 rules.\n",
                    standardError: "", exitCode: 0))

        try Data("motive Bad\n".utf8).write(to: knowledge.appendingPathComponent("zz.gvk"))
        let broken = try GrondvormProcess.run(["check", "--knowledge", "kb///"], in: folder)
        #expect(broken.exitCode == 65)
        #expect(broken.standardError.hasPrefix("kb/zz.gvk:1:"), "\(broken.standardError)")
        #expect(!broken.standardError.contains("kb//"))
    }

    @Test func missingFolder() throws {
        let result = try GrondvormProcess.run(["check", "--knowledge", "no-such-folder"])
        #expect(
            result
                == GrondvormProcess.Result(
                    standardOutput: "",
                    standardError: "error: knowledge directory 'no-such-folder' does not exist or is not a directory\n",
                    exitCode: 66))
    }
}
