import Foundation
import TestSupport
import Testing

/// `grondvorm-bench`, the built binary: both readers load what the generator writes and reach
/// the counts it expects, and the streaming reader's fast path for the generator's own spelling
/// gives exactly what its general path gives for any other spelling of the same rules.
@Suite("grondvorm-bench (end to end)")
struct BenchEndToEndTests {
    private static let bench = GrondvormProcess.executable(named: "grondvorm-bench")

    /// The counts of a `run`'s JSON line, without the timings.
    private func counts(_ result: GrondvormProcess.Result) -> String {
        let line = result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let timings = line.range(of: ", \"load_s\"") else { return line }
        return String(line[..<timings.lowerBound]) + "}"
    }

    private func run(_ arguments: [String]) throws -> GrondvormProcess.Result {
        try GrondvormProcess.run(arguments, executable: Self.bench)
    }

    @Test(arguments: ["chain", "chain3", "fanout", "layered"])
    func bothReadersReachTheGeneratorsCounts(shape: String) throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let prefix = folder.appendingPathComponent(shape).path
        let generated = try run(["generate", "--shape", shape, "--n", "300", "--out", prefix])
        #expect(generated.exitCode == 0, "\(generated.standardError)")
        let expected = try String(contentsOfFile: prefix + ".expected.json", encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        for reader in ["streaming", "generic"] {
            let result = try run(["run", prefix, "--reader", reader])
            #expect(result.exitCode == 0, "\(reader): \(result.standardError)")
            #expect(counts(result) == expected, "\(reader)")
        }
    }

    /// The same three rules, spelled as the generator spells them and in ways its fast path
    /// does not take (it gives up at the start, after the conditions, or after the
    /// conclusions, and at names beyond ASCII): every spelling gives the same counts through both readers.
    @Test func everySpellingOfTheSameRulesGivesTheSameCounts() throws {
        let facts = #"[{"attr": "a", "value": "t"}]"#
        let spellings = [
            // As the generator writes them.
            """
            [
            {"id": "r1", "if": [{"attr": "a", "value": "t"}], "then": [{"attr": "b", "value": "t"}]},
            {"id": "r2", "if": [{"attr": "b", "value": "t"}, {"attr": "a", "value": "t"}], "then": [{"attr": "c", "value": "t"}, {"attr": "d", "value": "u"}]},
            {"id": "r3", "if": [{"attr": "c", "value": "x"}], "then": [{"attr": "e", "value": "t"}]}
            ]
            """,
            // Keys in another order, other white space, an escape in a rule id.
            """
            [ {"then": [{"attr": "b", "value": "t"}], "if": [{"attr": "a", "value": "t"}], "id": "r1"} ,
              {"id": "r\\u0032", "if": [{"attr": "b", "value": "t"},{"attr": "a", "value": "t"}], "then": [{"attr": "c", "value": "t"}, {"attr": "d", "value": "u"}]},
              {"id":"r3","if":[{"attr":"c","value":"x"}],"then":[{"attr":"e","value":"t"}]}]
            """,
            // The fast path gives up after the conditions (no space after `"then":`) and after
            // the conclusions (a space before `}`).
            """
            [
            {"id": "r1", "if": [{"attr": "a", "value": "t"}], "then":[{"attr": "b", "value": "t"}]},
            {"id": "r2", "if": [{"attr": "b", "value": "t"}, {"attr": "a", "value": "t"}], "then": [{"attr": "c", "value": "t"}, {"attr": "d", "value": "u"}] },
            {"id": "r3", "if": [{"value": "x", "attr": "c"}], "then": [{"attr": "e", "value": "t"}]}
            ]
            """,
            // The fast path gives up after r3's conditions, then r2 names its id last, so the full
            // reader collects r2's pairs before it can begin the rule: none of r3's may be left
            // among them (r3's condition is never met, so r2 would not fire).
            """
            [
            {"id": "r1", "if": [{"attr": "a", "value": "t"}], "then": [{"attr": "b", "value": "t"}]},
            {"id": "r3", "if": [{"attr": "c", "value": "x"}], "then":[{"attr": "e", "value": "t"}]},
            {"if": [{"attr": "b", "value": "t"}, {"attr": "a", "value": "t"}], "then": [{"attr": "c", "value": "t"}, {"attr": "d", "value": "u"}], "id": "r2"}
            ]
            """,
            // Names and an id with characters beyond ASCII, which the fast path leaves to the
            // full reader (it checks their UTF-8).
            """
            [
            {"id": "r1", "if": [{"attr": "a", "value": "t"}], "then": [{"attr": "bé", "value": "t"}]},
            {"id": "r2", "if": [{"attr": "bé", "value": "t"}, {"attr": "a", "value": "t"}], "then": [{"attr": "c", "value": "t"}, {"attr": "d", "value": "ü"}]},
            {"id": "r3→", "if": [{"attr": "c", "value": "x"}], "then": [{"attr": "e", "value": "t"}]}
            ]
            """,
        ]
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (index, rules) in spellings.enumerated() {
            let prefix = folder.appendingPathComponent("s\(index)").path
            try rules.write(toFile: prefix + ".rules.json", atomically: true, encoding: .utf8)
            try facts.write(toFile: prefix + ".facts.json", atomically: true, encoding: .utf8)
            for reader in ["streaming", "generic"] {
                let result = try run(["run", prefix, "--reader", reader])
                #expect(result.exitCode == 0, "spelling \(index), \(reader): \(result.standardError)")
                #expect(
                    counts(result) == #"{"rules": 3, "fired": 2, "final_facts": 4}"#, "spelling \(index), \(reader)")
            }
        }
    }

    /// Rules with more pairs than the reader first makes room for, and more distinct names
    /// than its cache of recent names holds (some longer than the 16 bytes it caches), are
    /// read whole through both readers: the second rule fires only if every one of the
    /// first rule's 40 conditions and 30 conclusions arrived.
    @Test func manyPairsAndManyNamesAreReadWhole() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let prefix = folder.appendingPathComponent("wide").path
        func pair(_ attribute: String, _ value: String) -> String {
            #"{"attr": "\#(attribute)", "value": "\#(value)"}"#
        }
        let long = "an-attribute-name-longer-than-sixteen-bytes-"
        let conditions = (0..<40).map { pair(($0 % 2 == 0 ? "in" : long) + "\($0)", "v\($0 % 7)") }
        let conclusions = (0..<30).map { pair("out\($0)", "w\($0 % 5)") }
        let fillers = (0..<1500).map {
            #"{"id": "f\#($0)", "if": [\#(pair("never\($0)", "x"))], "then": [\#(pair("other\($0)", "y"))]}"#
        }
        let rules =
            [
                #"{"id": "wide", "if": [\#(conditions.joined(separator: ", "))], "then": [\#(conclusions.joined(separator: ", "))]}"#,
                #"{"id": "next", "if": [\#((0..<30).map { pair("out\($0)", "w\($0 % 5)") }.joined(separator: ", "))], "then": [\#(pair("done", "t"))]}"#,
            ] + fillers
        try ("[\n" + rules.joined(separator: ",\n") + "\n]").write(
            toFile: prefix + ".rules.json", atomically: true, encoding: .utf8)
        try ("[" + conditions.joined(separator: ", ") + "]").write(
            toFile: prefix + ".facts.json", atomically: true, encoding: .utf8)
        for reader in ["streaming", "generic"] {
            let result = try run(["run", prefix, "--reader", reader])
            #expect(result.exitCode == 0, "\(reader): \(result.standardError)")
            #expect(counts(result) == #"{"rules": 1502, "fired": 2, "final_facts": 71}"#, "\(reader)")
        }
    }

    /// What the engine rejects is reported the same way through the fast path.
    @Test func aRepeatedRuleIdOrARuleWithoutConclusionIsBadData() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let prefix = folder.appendingPathComponent("bad").path
        try #"[{"attr": "a", "value": "t"}]"#.write(toFile: prefix + ".facts.json", atomically: true, encoding: .utf8)
        let cases = [
            (
                """
                [{"id": "r1", "if": [{"attr": "a", "value": "t"}], "then": [{"attr": "b", "value": "t"}]},
                {"id": "r1", "if": [{"attr": "b", "value": "t"}], "then": [{"attr": "c", "value": "t"}]}]
                """, "r1"
            ),
            (#"[{"id": "r9", "if": [{"attr": "a", "value": "t"}], "then": []}]"#, "r9"),
        ]
        for (rules, id) in cases {
            try rules.write(toFile: prefix + ".rules.json", atomically: true, encoding: .utf8)
            let result = try run(["run", prefix])
            #expect(result.exitCode == 65, "\(result.standardError)")
            #expect(result.standardOutput.isEmpty)
            #expect(result.standardError.hasPrefix("grondvorm-bench: "), "\(result.standardError)")
            #expect(result.standardError.contains("'\(id)'"), "\(result.standardError)")
        }
    }

    /// A name that is not valid UTF-8, in the generator's spelling, is found by the full reader.
    @Test func invalidUTF8InACompactPairIsBadData() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let prefix = folder.appendingPathComponent("utf8").path
        try #"[{"attr": "a", "value": "t"}]"#.write(toFile: prefix + ".facts.json", atomically: true, encoding: .utf8)
        var rules = Data(#"[{"id": "r1", "if": [{"attr": "a"#.utf8)
        rules.append(0xFF)
        rules.append(contentsOf: Data(#"", "value": "t"}], "then": [{"attr": "b", "value": "t"}]}]"#.utf8))
        try rules.write(to: URL(fileURLWithPath: prefix + ".rules.json"))
        let result = try run(["run", prefix])
        #expect(result.exitCode == 65, "\(result.standardError)")
        #expect(result.standardError.contains("invalid UTF-8"), "\(result.standardError)")
        #expect(result.standardError.contains(".rules.json:1:"), "\(result.standardError)")
    }
}
