import Foundation
import TestSupport
import Testing

/// Answers from outside, through the built binary on the shipped knowledge: control characters
/// never reach the output (issue 11, defect 3), `--no-input` names every missing answer in one
/// run (defect 5), exclusive options stand alone (defect 6).
@Suite("End to end: answers from outside")
struct AnswerSafetyEndToEndTests {
    /// A complete answer set for the shipped knowledge (an entrepreneurial collaboration).
    static let complete = [
        "motieven=innovatie,risico-spreiden", "ambitie=vernieuwen", "aard=delen", "opdrachtgever-opdrachtnemer=no",
        "hele-functie=no", "samen-aanbieden=yes", "partners=bedrijven", "kring=twee", "zelf-kunnen=geen",
        "risico=gedeeld-ondernemend", "winstuitkering=yes", "welke-vorm=geen",
    ]

    private static func flags(_ assignments: [String]) -> [String] {
        assignments.flatMap { ["--answer", $0] }
    }

    /// Writes `text` as `answers.json` in a fresh folder and runs there.
    private func runWithAnswersFile(_ text: String, _ arguments: [String]) throws -> GrondvormProcess.Result {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent("answers.json"))
        return try GrondvormProcess.run(["--answers", "answers.json"] + arguments, in: folder)
    }

    /// No control character from the input, raw, in anything the run printed.
    private func expectNoRawControlCharacters(
        _ result: GrondvormProcess.Result, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        for text in [result.standardOutput, result.standardError] {
            let raw = text.unicodeScalars.filter { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) }
            #expect(raw.isEmpty, "\(text.debugDescription)", sourceLocation: sourceLocation)
        }
    }

    /// A partner name with an escape sequence, BEL or NUL is refused in every format, with a
    /// message naming the field and the character.
    @Test(arguments: ["text", "markdown", "html", "json"])
    func partnerWithControlCharactersIsRefused(format: String) throws {
        let answers = #"{"answers": {}, "partner": "Oost\u001b[2J\u001b]0;pwned\u0007\u0000"}"#
        let result = try runWithAnswersFile(answers, ["--format", format, "--lang", "en"])
        #expect(result.exitCode == 65)
        #expect(result.standardOutput.isEmpty)
        #expect(
            result.standardError
                == "error: answers.json: \"partner\" contains a control character (U+001B); use printable characters only\n"
        )
        expectNoRawControlCharacters(result)
    }

    /// A partner name over 200 characters is refused; a long, plain one is shown, escaped for
    /// the format.
    @Test func partnerLengthIsCapped() throws {
        let long = String(repeating: "a", count: 250)
        let refused = try runWithAnswersFile(#"{"answers": {}, "partner": "\#(long)"}"#, ["--lang", "nl"])
        #expect(refused.exitCode == 65)
        #expect(
            refused.standardError == "fout: answers.json: \"partner\" heeft 250 tekens; hoogstens 200 zijn toegestaan\n"
        )
        let answers = #"{"answers": {}, "partner": "<Zorg> & *Welzijn*"}"#
        let html = try runWithAnswersFile(answers, ["--format", "html", "--lang", "en"] + Self.flags(Self.complete))
        #expect(html.exitCode == 0, "\(html.standardError)")
        #expect(html.standardOutput.contains("<title>Grondvorm advice for &lt;Zorg&gt; &amp; *Welzijn*</title>"))
        let markdown = try runWithAnswersFile(
            answers, ["--format", "markdown", "--lang", "en"] + Self.flags(Self.complete))
        #expect(markdown.standardOutput.hasPrefix("# Grondvorm advice for \\<Zorg\\> \\& \\*Welzijn\\*\n"))
    }

    /// Control characters in `--answer` and in an answers file's answers are refused, naming
    /// the question; in an unknown id they are shown escaped.
    @Test func answersWithControlCharactersAreRefused() throws {
        let flag = try GrondvormProcess.run(["--lang", "en", "--no-input", "--answer", "ambitie=vernieuwen\u{1B}[31m"])
        #expect(flag.exitCode == 65)
        #expect(
            flag.standardError
                == "error: --answer: the answer to question 'ambitie' contains a control character (U+001B); use printable characters only\n"
        )
        let file = try runWithAnswersFile(
            #"{"answers": {"kring\u0007": "twee", "aard": ["delen\u009b"]}}"#, ["--lang", "en"])
        #expect(file.exitCode == 65)
        #expect(
            file.standardError == """
                error: answers.json: unknown question 'kring\\u{07}'; did you mean 'kring'?
                error: answers.json: the answer to question 'aard' contains a control character (U+009B); use printable characters only

                """)
        expectNoRawControlCharacters(flag)
        expectNoRawControlCharacters(file)
    }

    /// Typed at the prompt (piped, line by line): the line is refused with a hint and asked
    /// again; the echo shows it escaped.
    @Test func typedControlCharactersAreAskedAgain() throws {
        let given = Self.flags(Self.complete.filter { !$0.hasPrefix("kring=") })
        let result = try GrondvormProcess.run(["--lang", "en"] + given, input: "2\u{1B}[2J\u{07}\n2\n")
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(
            result.standardError.contains(
                "2\\u{1B}[2J\\u{07}\nYour answer contains a control character (U+001B); type printable characters only."
            ))
        expectNoRawControlCharacters(result)
    }

    /// The README's scripted examples with `--answer` work as written.
    @Test func readmeAnswerExamplesWork() throws {
        let readme = try String(
            contentsOf: GrondvormProcess.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        // A line ending in a backslash continues on the next one, as in a shell.
        let joined = readme.replacingOccurrences(of: "\\\n", with: " ")
        let examples = joined.split(separator: "\n").map(String.init).filter {
            $0.hasPrefix("grondvorm ") && $0.contains("--answer ") && !$0.contains("--answers")
        }
        #expect(!examples.isEmpty)
        for example in examples {
            let arguments = example.split(separator: " ").dropFirst().map(String.init)
            let result = try GrondvormProcess.run(arguments)
            #expect(result.exitCode == 0, "\(example)\n\(result.standardError)")
        }
    }

    /// `--no-input` names every answer that can still be needed in one run: answering exactly
    /// what it lists (with the values it suggests) gives a report, from several starting points.
    @Test(arguments: [
        [],
        ["samen-aanbieden=yes", "motieven=innovatie,risico-spreiden"],
        ["opdrachtgever-opdrachtnemer=yes"],
        ["motieven=het-moet", "aard=allebei", "partners=overheden"],
    ])
    func noInputNeedsOneRun(given: [String]) throws {
        let first = try GrondvormProcess.run(["--lang", "en", "--no-input"] + Self.flags(given))
        #expect(first.exitCode == 65)
        let suggested = first.standardError.split(separator: "\n").compactMap { line -> String? in
            guard let range = line.range(of: "pass --answer ") else { return nil }
            return String(line[range.upperBound...].prefix { $0 != " " })
        }
        #expect(suggested.count == first.standardError.split(separator: "\n").count, "\(first.standardError)")
        let second = try GrondvormProcess.run(["--lang", "en", "--no-input"] + Self.flags(given + suggested))
        #expect(second.exitCode == 0, "\(given + suggested)\n\(second.standardError)")
    }

    /// A conditional question is listed with the condition under which it is needed.
    @Test func noInputNamesTheConditionOfAConditionalQuestion() throws {
        let result = try GrondvormProcess.run(
            ["--lang", "en", "--no-input"] + Self.flags(["samen-aanbieden=yes", "motieven=innovatie,risico-spreiden"]))
        #expect(result.exitCode == 65)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "error: missing answer for 'ambitie' (one-of); pass --answer ambitie=verbeteren or put it in the answers file"
        )
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "error: missing answer for 'risico' (one-of), needed if hele-functie = no or samen-aanbieden = yes")
            }, "\(result.standardError)")
    }

    /// "None of these" with another option is refused in `--answer`, and asked again at the prompt.
    @Test func exclusiveOptionStandsAlone() throws {
        let given = Self.complete.filter { !$0.hasPrefix("zelf-kunnen=") }
        let flag = try GrondvormProcess.run(
            ["--lang", "en", "--no-input"] + Self.flags(given + ["zelf-kunnen=geen,personeel"]))
        #expect(flag.exitCode == 65)
        #expect(
            flag.standardError == """
                error: --answer: question 'zelf-kunnen' (many-of): option 'geen' excludes the others and cannot be chosen together with 'personeel'

                """)
        let typed = try GrondvormProcess.run(["--lang", "nl"] + Self.flags(given), input: "1,6\n6\n")
        #expect(typed.exitCode == 0, "\(typed.standardError)")
        #expect(
            typed.standardError.contains("sluit de andere opties uit; kies die alleen, of kies"),
            "\(typed.standardError)")
    }

    /// A path with control characters is shown escaped in the command line's messages.
    @Test func pathsInMessagesAreEscaped() throws {
        let result = try GrondvormProcess.run(["--lang", "en", "--answers", "a\u{1B}[31m.json"])
        #expect(result.exitCode == 66)
        #expect(result.standardError == "error: cannot read answers file 'a\\u{1B}[31m.json': no such file or folder\n")
        let check = try GrondvormProcess.run(["check", "--lang", "en", "--knowledge", "k\u{1B}[2J"])
        #expect(check.exitCode == 66)
        #expect(check.standardError.contains("'k\\u{1B}[2J'"), "\(check.standardError.debugDescription)")
        #expect(!check.standardError.contains("\u{1B}"))
    }
}
