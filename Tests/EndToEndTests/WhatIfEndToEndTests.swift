import Foundation
import JSON
import TestSupport
import Testing

/// What-if through the built binary: `--answers FILE --set question=value` (issue 11).
@Suite("End to end: what if")
struct WhatIfEndToEndTests {
    private func run(_ arguments: [String]) throws -> GrondvormProcess.Result {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var answers = JSONObject()
        for assignment in AnswerSafetyEndToEndTests.complete {
            let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
            let values = parts[1].split(separator: ",").map { JSONValue.string(String($0)) }
            switch parts[1] {
            case "yes": answers[parts[0]] = .bool(true)
            case "no": answers[parts[0]] = .bool(false)
            default:
                answers[parts[0]] =
                    values.count == 1 && !["motieven", "partners", "zelf-kunnen"].contains(parts[0])
                    ? values[0] : .array(values)
            }
        }
        let file = JSONValue.object(JSONObject([("answers", .object(answers))])).serialized(pretty: true)
        try Data(file.utf8).write(to: folder.appendingPathComponent("answers.json"))
        return try GrondvormProcess.run(["--answers", "answers.json"] + arguments, in: folder)
    }

    @Test func jsonComparesBeforeAndAfter() throws {
        let result = try run([
            "--set", "aard=uitwisselen", "--set", "ambitie=verbeteren", "--format", "json", "--lang", "en",
        ])
        #expect(result.exitCode == 0, "\(result.standardError)")
        let object = try #require(try JSONParser.parse(result.standardOutput).objectValue)
        #expect(object.pairs.map(\.key) == ["before", "after", "changes"])
        let changes = try #require(object["changes"]?.objectValue)
        #expect(changes["answers"] == .array([.string("ambitie"), .string("aard")]))
        #expect(changes["intent"] != .null)
        #expect(object["before"]?.objectValue?["archetype"]?.objectValue?["id"] != nil)
    }

    @Test func textShowsTheChangesAndRefusesBadValues() throws {
        let text = try run(["--set", "aard=uitwisselen", "--lang", "nl"])
        #expect(text.exitCode == 0, "\(text.standardError)")
        #expect(text.standardOutput.hasPrefix("Wat als\n=======\n\nGewijzigde antwoorden:\n"), "\(text.standardOutput)")
        let bad = try run(["--set", "aard=uitwisselne", "--lang", "en"])
        #expect(bad.exitCode == 65)
        #expect(
            bad.standardError
                == "error: --set: question 'aard' has no option 'uitwisselne'; did you mean 'uitwisselen'?\n")
        let malformed = try run(["--set", "aard", "--lang", "en"])
        #expect(
            malformed.standardError == "error: --set 'aard': expected ID=VALUE, for example --set samen-aanbieden=yes\n"
        )
    }
}
