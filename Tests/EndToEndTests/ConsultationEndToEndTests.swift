import TestSupport
import Foundation
import JSON
import Testing

/// Complete consultations through the built binary, on the fixture knowledge base in `Golden/knowledge`.
@Suite("End to end: consultation")
struct ConsultationEndToEndTests {
    /// Runs in `Golden/` with `--knowledge knowledge`, so transcripts hold no machine-specific paths.
    private func fixtureRun(
        _ arguments: [String], input: String = "", environment: [String: String?] = [:]
    ) throws -> ([String], GrondvormProcess.Result) {
        let full = ["--knowledge", "knowledge"] + arguments
        return (
            full,
            try GrondvormProcess.run(full, input: input, environment: environment, in: GrondvormProcess.goldenFolder)
        )
    }

    /// Answers piped line by line, as typed; a `?` asks why, then the answers follow.
    @Test(arguments: [
        ("en", "?\n1\nyes\n1\nno\n", "consultation-fixture-en.txt"),
        ("nl", "waarom\n1\nja\n1\nnee\n", "consultation-fixture-nl.txt"),
    ])
    func goldenTranscript(language: String, input: String, golden: String) throws {
        let (arguments, result) = try fixtureRun(["--lang", language], input: input)
        #expect(result.exitCode == 0, "\(result.standardError)")
        Golden.check(Golden.transcript(arguments: arguments, input: input, result: result), against: golden)
    }

    /// Complete consultations on the shipped knowledge base, run from an empty folder: four
    /// municipalities sharing their ICT (English, with `?`) and three companies bringing a new
    /// product to market with a foundation in mind (Dutch, with `overzicht`, `terug` and `waarom`,
    /// and an option typed by its label).
    @Test(arguments: [
        ("en", "1,2,4\n1\n2\nno\nyes\nno\n?\n\n1\n2\n1,2\nyes\n", "consultation-shipped-en.txt"),
        (
            "nl",
            "13,14,25\n2\noverzicht\n2\nnee\nterug\nnee\nnee\nja\nwaarom\n3\nstichting\n3\n2\n2,3,4\nja\n",
            "consultation-shipped-nl.txt"
        ),
    ])
    func goldenTranscriptShipped(language: String, input: String, golden: String) throws {
        let arguments = ["--lang", language]
        let result = try GrondvormProcess.run(arguments, input: input)
        #expect(result.exitCode == 0, "\(result.standardError)")
        // Standard output holds the report alone; the interview is on standard error.
        #expect(result.standardOutput.hasPrefix(language == "nl" ? "Grondvorm-advies\n" : "Grondvorm advice\n"))
        Golden.check(Golden.transcript(arguments: arguments, input: input, result: result), against: golden)
    }

    /// With `--trace` the report ends with the reasoning in plain sentences.
    @Test func traceOnTheShippedBase() throws {
        let arguments = [
            "--lang", "en", "--trace", "--no-input", "--answer", "motieven=kosten-besparen,schaalvoordelen",
            "--answer", "ambitie=verbeteren", "--answer", "aard=delen", "--answer", "opdrachtgever-opdrachtnemer=no",
            "--answer", "hele-functie=yes", "--answer", "samen-aanbieden=no", "--answer", "partners=overheden",
            "--answer", "kring=enkele", "--answer", "zelf-kunnen=bevoegdheden", "--answer", "democratische-sturing=yes",
        ]
        let result = try GrondvormProcess.run(arguments)
        #expect(result.exitCode == 0, "\(result.standardError)")
        Golden.check(
            Golden.transcript(arguments: arguments, input: "", result: result), against: "trace-shipped-en.txt")
    }

    /// A foundation in mind for a joint offer of companies whose profit must go to the partners:
    /// the report says it is not possible here, and why (issue 9).
    @Test(arguments: ["nl", "en"])
    func verdictOnAnExcludedForm(language: String) throws {
        let arguments = [
            "--lang", language, "--no-input", "--answer", "motieven=kosten-besparen,schaalvoordelen",
            "--answer", "ambitie=vernieuwen", "--answer", "aard=delen", "--answer", "opdrachtgever-opdrachtnemer=no",
            "--answer", "hele-functie=no", "--answer", "samen-aanbieden=yes", "--answer", "risico=gedeeld-ondernemend",
            "--answer", "partners=bedrijven", "--answer", "kring=enkele", "--answer", "zelf-kunnen=contracten",
            "--answer", "winstuitkering=yes", "--answer", "welke-vorm=stichting",
        ]
        let result = try GrondvormProcess.run(arguments)
        #expect(result.exitCode == 0, "\(result.standardError)")
        Golden.check(
            Golden.transcript(arguments: arguments, input: "", result: result),
            against: "verdict-excluded-shipped-\(language).txt")
        let json = try GrondvormProcess.run(arguments + ["--format", "json"])
        let chosen = try JSONParser.parse(json.standardOutput).objectValue?["chosen_form"]?.objectValue
        #expect(chosen?["id"]?.stringValue == "stichting")
        #expect(chosen?["verdict"]?.stringValue == "excluded")
        #expect(
            chosen?["reasons"]?.arrayValue?.first?.objectValue?["rule"]?.stringValue
                == "requirement/winst-uitkeren/stichting")
    }

    /// The language comes from the locale when `--lang` is not given.
    @Test func languageFromLocale() throws {
        let input = "1\nja\n1\nnee\n"
        let (_, fromLocale) = try fixtureRun([], input: input, environment: ["LANG": "nl_NL.UTF-8"])
        let (_, fromOption) = try fixtureRun(["--lang", "nl"], input: input)
        #expect(fromLocale == fromOption)
        #expect(fromLocale.exitCode == 0)
    }

    private static let answersJSON = """
        {
          "answers": {
            "motieven": ["kosten-besparen"],
            "samen-delen": true,
            "partners": "publiek",
            "eigen-personeel": true
          },
          "partner": "Gemeente Oost"
        }

        """

    /// `--format json`: standard output is exactly one JSON object with the required fields.
    @Test func jsonReportIsOneObject() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.answersJSON.utf8).write(to: folder.appendingPathComponent("answers.json"))
        let result = try GrondvormProcess.run(
            ["--knowledge", GrondvormProcess.golden("knowledge"), "--answers", "answers.json", "--format", "json"],
            in: folder)
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
        #expect(ReportSchema.problems(in: result.standardOutput, knowledgeVersion: "fixture-1") == [])
        let report = try JSONParser.parse(result.standardOutput).objectValue
        #expect(report?["archetype"]?.objectValue?["id"]?.stringValue == "functioneel")
        #expect(report?["signals"]?.arrayValue?.first?.objectValue?["id"]?.stringValue == "publieke-partners")
        #expect(report?["forms"]?.arrayValue?.map { $0.objectValue?["id"]?.stringValue } == ["stichting"])

        // The same input twice gives the same bytes; stdin gives the same as a file.
        let again = try GrondvormProcess.run(
            ["--knowledge", GrondvormProcess.golden("knowledge"), "--answers", "answers.json", "--format", "json"],
            in: folder)
        #expect(again == result)
        let piped = try GrondvormProcess.run(
            ["--knowledge", GrondvormProcess.golden("knowledge"), "--answers", "-", "--format", "json"],
            input: Self.answersJSON, in: folder)
        #expect(piped == result)
    }

    /// Prompts never reach standard output with `--format json`, even when answers are typed.
    @Test func jsonWithTypedAnswersKeepsStandardOutputClean() throws {
        let (_, result) = try fixtureRun(["--format", "json", "--lang", "en"], input: "1\nyes\n1\nyes\n")
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(ReportSchema.problems(in: result.standardOutput, knowledgeVersion: "fixture-1") == [])
        #expect(!result.standardError.isEmpty)
    }

    /// `-o FILE` writes the report to the file, and nothing to standard output.
    @Test func outputFile() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.answersJSON.utf8).write(to: folder.appendingPathComponent("answers.json"))
        let arguments = [
            "--knowledge", GrondvormProcess.golden("knowledge"), "--answers", "answers.json", "--format", "json",
        ]
        let direct = try GrondvormProcess.run(arguments, in: folder)
        let toFile = try GrondvormProcess.run(arguments + ["-o", "report.json"], in: folder)
        #expect(toFile == GrondvormProcess.Result(standardOutput: "", standardError: "", exitCode: 0))
        let written = try String(contentsOf: folder.appendingPathComponent("report.json"), encoding: .utf8)
        #expect(written == direct.standardOutput)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
                "answers.json", "report.json",
            ])
    }

    // MARK: Bad input: each with its exact message and exit code.

    private func runWithAnswersFile(_ json: String, _ extra: [String] = []) throws -> GrondvormProcess.Result {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(json.utf8).write(to: folder.appendingPathComponent("answers.json"))
        return try GrondvormProcess.run(
            ["--knowledge", GrondvormProcess.golden("knowledge"), "--answers", "answers.json", "--lang", "en"] + extra,
            in: folder)
    }

    @Test func unknownQuestionInAnswersFile() throws {
        let result = try runWithAnswersFile(#"{"answers": {"motiven": ["kosten-besparen"]}}"#)
        #expect(
            result
                == GrondvormProcess.Result(
                    standardOutput: "",
                    standardError: "error: answers.json: unknown question 'motiven'; did you mean 'motieven'?\n",
                    exitCode: 65))
    }

    @Test func unknownOptionInAnswersFile() throws {
        let result = try runWithAnswersFile(#"{"answers": {"motieven": ["kosten-besparn"], "partners": "publik"}}"#)
        #expect(
            result
                == GrondvormProcess.Result(
                    standardOutput: "",
                    standardError: """
                        error: answers.json: question 'motieven' has no option 'kosten-besparn'; did you mean 'kosten-besparen'?
                        error: answers.json: question 'partners' has no option 'publik'; did you mean 'publiek'?

                        """,
                    exitCode: 65))
    }

    @Test func unknownIdInAnswerFlag() throws {
        let result = try GrondvormProcess.run(
            ["--knowledge", GrondvormProcess.golden("knowledge"), "--answer", "samen-delne=yes", "--no-input"])
        #expect(
            result
                == GrondvormProcess.Result(
                    standardOutput: "",
                    standardError: "error: --answer: unknown question 'samen-delne'; did you mean 'samen-delen'?\n",
                    exitCode: 65))
    }

    @Test func malformedJSONWithLineAndColumn() throws {
        let result = try runWithAnswersFile("{\n  \"answers\": {\n    \"motieven\": [\"kosten-besparen\",]\n  }\n}\n")
        #expect(result.exitCode == 65)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.hasPrefix("error: answers.json:3:36: malformed JSON: "), "\(result.standardError)")
        #expect(result.standardError.split(separator: "\n").count == 1)
    }

    @Test func missingAnswersFile() throws {
        let result = try GrondvormProcess.run([
            "--knowledge", GrondvormProcess.golden("knowledge"), "--answers", "nope.json",
        ])
        #expect(
            result
                == GrondvormProcess.Result(
                    standardOutput: "",
                    standardError: "error: cannot read answers file 'nope.json': no such file or folder\n",
                    exitCode: 66))
    }

    /// `--no-input` with answers missing lists every missing question with the flag that answers it.
    @Test(arguments: ["en", "nl"])
    func noInputListsEveryMissingAnswer(language: String) throws {
        let (arguments, result) = try fixtureRun(["--no-input", "--lang", language])
        #expect(result.exitCode == 65)
        #expect(result.standardOutput.isEmpty)
        Golden.check(
            Golden.transcript(arguments: arguments, input: "", result: result),
            against: "no-input-missing-\(language).txt")
    }

    /// End of input before the last question: a message naming the first unanswered question.
    @Test(arguments: ["en", "nl"])
    func inputEndsEarly(language: String) throws {
        let input = "1\n"
        let (arguments, result) = try fixtureRun(["--lang", language], input: input)
        #expect(result.exitCode == 65)
        Golden.check(
            Golden.transcript(arguments: arguments, input: input, result: result), against: "input-ends-\(language).txt"
        )
    }

    /// A wrong answer is asked again with a hint; `stop` ends with exit 1 and no report.
    @Test func wrongAnswerThenStop() throws {
        let input = "7\nstop\n"
        let (arguments, result) = try fixtureRun(["--lang", "en"], input: input)
        #expect(result.exitCode == 1)
        Golden.check(
            Golden.transcript(arguments: arguments, input: input, result: result), against: "wrong-answer-stop-en.txt")
    }

    /// No colour escapes when output is not a terminal, whatever the environment says.
    @Test func noEscapesWhenPiped() throws {
        let (_, result) = try fixtureRun(
            ["--lang", "en"], input: "1\nyes\n1\nno\n", environment: ["TERM": "xterm-256color"])
        #expect(!result.standardOutput.contains("\u{1B}["))
        #expect(!result.standardError.contains("\u{1B}["))
    }
}
