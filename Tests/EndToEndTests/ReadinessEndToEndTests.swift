import Foundation
import JSON
import TestSupport
import Testing

/// The check of the five conditions through the built binary: `grondvorm readiness` on its own,
/// and `advise --readiness` after the archetype questions.
@Suite("End to end: readiness check")
struct ReadinessEndToEndTests {
    /// A case of the shipped suite as an answers file (its plain answers), in `folder`.
    private func answersFile(_ id: String, in folder: URL, dropping: Set<String> = []) throws -> String {
        let url = GrondvormProcess.packageRoot.appendingPathComponent("Knowledge/cases/\(id).json")
        let object = try #require(try JSONParser.parse(Array(try Data(contentsOf: url))).objectValue)
        var answers = JSONObject()
        for pair in object["answers"]?.objectValue?.pairs ?? [] where !dropping.contains(pair.key) {
            answers[pair.key] = pair.value
        }
        var file = JSONObject()
        file["partner"] = .string("Cluster Noord")
        file["answers"] = .object(answers)
        let name = id + ".json"
        try Data((JSONValue.object(file).serialized() + "\n").utf8).write(to: folder.appendingPathComponent(name))
        return name
    }

    /// The readiness questions answered one by one on standard input, as a person would type them.
    static let typed = ["nee", "1", "ja", "nee", "ja", "ja", "nee", "ja", "ja", "ja", "2"]

    @Test func readinessAsksOnlyTheConditionsAndReportsWhatNeedsAttention() throws {
        let result = try GrondvormProcess.run(
            ["readiness", "--lang", "nl"], input: Self.typed.joined(separator: "\n") + "\n")
        #expect(result.exitCode == 0, "\(result.standardError)")
        // Prompts go to the person, the report to standard output.
        #expect(result.standardError.components(separatedBy: "Antwoord (").count - 1 == Self.typed.count)
        #expect(!result.standardError.contains("Waarom willen de partners samenwerken?"))
        #expect(result.standardOutput.hasPrefix("Klaar om samen te werken? De vijf voorwaarden\n"))
        #expect(!result.standardOutput.contains("Antwoord ("))
        for title in [
            "  - Risico op schijnsamenwerking\n", "  - Spreek af wanneer en hoe een partner uitstapt\n",
            "  - Zonder mandaat geen besluiten\n",
            "  - Fase delen: leg ambities, belangen en mandaten vast in een\n    intentieverklaring\n",
        ] {
            #expect(result.standardOutput.contains(title), "\(title)")
        }
        #expect(result.standardOutput.contains("Dit is geen juridisch advies."))
    }

    @Test func readinessFromAnAnswersFileInEveryFormat() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try answersFile("d-passend-onderwijs-cluster-zonder-doel", in: folder)
        let json = try GrondvormProcess.run(["readiness", "--answers", file, "--format", "json"], in: folder)
        #expect(json.exitCode == 0, "\(json.standardError)")
        #expect(json.standardError == "")
        let object = try #require(try JSONParser.parse(json.standardOutput).objectValue)
        #expect(object["partner"] == .string("Cluster Noord"))
        #expect(
            (object["findings"]?.arrayValue ?? []).compactMap { $0.objectValue?["signal"]?.stringValue } == [
                "schijnsamenwerking", "financier-voorwaarden", "belangen-onbesproken", "urgentie-verschilt",
                "procesregie-ontbreekt", "fase-uitvoeren",
            ])
        // The archetype questions are neither asked nor reported.
        #expect(object["answers"]?.objectValue?["ambitie"] == nil)
        for format in ["markdown", "html", "text"] {
            let result = try GrondvormProcess.run(
                ["readiness", "--answers", file, "--format", format, "--lang", "en"], in: folder)
            #expect(result.exitCode == 0, "\(format): \(result.standardError)")
            #expect(result.standardOutput.contains("Running phase: evaluate the collaboration together"), "\(format)")
        }
    }

    @Test func missingAnswersAreTheConditionsOnly() throws {
        let result = try GrondvormProcess.run(["readiness", "--no-input", "--answer", "fase=delen"])
        #expect(result.exitCode == 65)
        let lines = result.standardError.split(separator: "\n")
        #expect(lines.count == 10, "\(result.standardError)")
        #expect(
            result.standardError.contains(
                "'uitstapmoment' (yes-no), needed if voorwaarden-nalopen = yes and eigen-opbrengst = yes;"))
        #expect(
            lines.first
                == "error: missing answer for 'gedeelde-ambitie' (yes-no); pass --answer gedeelde-ambitie=yes or put it in the answers file"
        )
        #expect(!result.standardError.contains("'motieven'"))
    }

    @Test func adviseWithReadinessAddsTheConditionsToTheAdvice() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try answersFile(
            "d-ict-dienst-vier-gemeenten-verkenning", in: folder, dropping: ["voorwaarden-nalopen"])
        let signals = { (arguments: [String]) throws -> [String] in
            let result = try GrondvormProcess.run(arguments + ["--answers", file, "--format", "json"], in: folder)
            #expect(result.exitCode == 0, "\(result.standardError)")
            let object = try #require(try JSONParser.parse(result.standardOutput).objectValue)
            #expect(object["archetype"]?.objectValue?["id"] == .string("functioneel"))
            return (object["signals"]?.arrayValue ?? []).compactMap { $0.objectValue?["id"]?.stringValue }
        }
        let without = try signals(["advise"])
        let with = try signals(["advise", "--readiness"])
        #expect(!without.contains("mandaat-ontbreekt"))
        #expect(
            ["fase-verkennen", "uitstapmoment", "mandaat-ontbreekt", "urgentie-verschilt"].allSatisfy(with.contains))
        #expect(Set(without).isSubset(of: with))
    }

    @Test func aKnowledgeBaseWithoutTheCheck() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for arguments in [["readiness"], ["advise", "--readiness"]] {
            let result = try GrondvormProcess.run(
                arguments + ["--knowledge", GrondvormProcess.fixtureKnowledge.path, "--lang", "en"], in: folder)
            #expect(result.exitCode == 65, "\(arguments)")
            #expect(
                result.standardError
                    == "error: this knowledge base has no check of the five conditions (no yes-no question 'voorwaarden-nalopen' that other questions depend on)\n"
            )
        }
    }
}
