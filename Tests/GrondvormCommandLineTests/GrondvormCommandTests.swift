import Advisor
@testable import GrondvormCommandLine
import KnowledgeBase
import TestSupport
import Testing

@Suite("Command line: the whole program, in process")
struct GrondvormCommandTests {
    /// Runs the program on a fake file system holding the fixture knowledge base at `/work/kb`,
    /// with `/work` as the working directory.
    private func run(
        _ arguments: [String], variables: [String: String] = [:], input: [String] = [],
        fileSystem: FakeFileSystem? = nil
    ) throws -> (code: ExitCode, console: ScriptedConsole, fileSystem: FakeFileSystem) {
        let fake = try fileSystem ?? Self.fixtureFileSystem()
        let console = ScriptedConsole(input: input)
        let code = GrondvormCommand.run(
            arguments: arguments, environment: Environment(variables: variables, currentDirectory: "/work"),
            console: console, fileSystem: fake)
        return (code, console, fake)
    }

    private static func fixtureFileSystem() throws -> FakeFileSystem {
        let fake = FakeFileSystem(folders: ["/", "/work"])
        try fake.addFolder(copying: GrondvormProcess.fixtureKnowledge, as: "/work/kb")
        return fake
    }

    @Test func helpGoesToStandardOutput() throws {
        let (code, console, _) = try run(["--help"])
        #expect(code == .success)
        #expect(console.output == HelpText(topic: nil, language: .en, width: 80).rendered)
        #expect(console.errors.isEmpty)
    }

    @Test func helpFollowsColumns() throws {
        let (code, console, _) = try run(["help", "check"], variables: ["COLUMNS": "60"])
        #expect(code == .success)
        #expect(console.output == HelpText(topic: .check, language: .en, width: 60).rendered)
    }

    @Test func versionWithTheKnowledgeVersion() throws {
        let (code, console, _) = try run(["--version"])
        #expect(code == .success)
        #expect(console.output == "grondvorm 0.1.0 (knowledge 2026.12.0)\n")
        #expect(console.errors.isEmpty)
        #expect(
            try run(["--version"], variables: ["LANG": "nl_NL.UTF-8"]).console.output
                == "grondvorm 0.1.0 (kennis 2026.12.0)\n")
        #expect(
            try run(["check", "--version", "--lang", "nl"]).console.output == "grondvorm 0.1.0 (kennis 2026.12.0)\n")
    }

    /// Help follows `--lang`, then `LC_ALL`, `LC_MESSAGES` and `LANG`, like everything else.
    @Test(
        arguments: [
            (["--help"], [:], Language.en),
            (["--help"], ["LANG": "nl_NL.UTF-8"], .nl),
            (["-h"], ["LC_ALL": "nl_BE", "LANG": "en_US"], .nl),
            (["--help"], ["LC_MESSAGES": "en_GB", "LANG": "nl_NL"], .en),
            (["help"], ["LANG": "C"], .en),
            (["help", "--lang", "nl"], ["LANG": "en_US"], .nl),
            (["--lang=en", "--help"], ["LANG": "nl_NL"], .en),
            (["--bogus", "-h", "--lang", "nl"], [:], .nl),
        ] as [([String], [String: String], Language)])
    func helpFollowsTheLanguage(arguments: [String], variables: [String: String], language: Language) throws {
        let (code, console, _) = try run(arguments, variables: variables)
        #expect(code == .success)
        #expect(console.output == HelpText(topic: nil, language: language, width: 80).rendered)
    }

    @Test(arguments: Subcommand.allCases)
    func subcommandHelpInDutch(subcommand: Subcommand) throws {
        let dutch = HelpText(topic: subcommand, language: .nl, width: 80).rendered
        // `help --help` is the main help, as `help` alone is.
        if subcommand != .help {
            #expect(
                try run([subcommand.rawValue, "--help"], variables: ["LANG": "nl_NL.UTF-8"]).console.output == dutch)
        }
        #expect(try run(["help", subcommand.rawValue, "--lang", "nl"]).console.output == dutch)
        #expect(
            try run(["help", subcommand.rawValue]).console.output
                == HelpText(topic: subcommand, language: .en, width: 80).rendered)
    }

    /// A usage error speaks Dutch with a Dutch locale, or with `--lang nl` anywhere on the line,
    /// even after the word that cannot be parsed.
    @Test(
        arguments: [
            (["--bogus"], ["LANG": "nl_NL.UTF-8"]),
            (["--bogus", "--lang", "nl"], [:]),
            (["--bogus", "--lang=nl"], ["LANG": "en_US.UTF-8"]),
            (["--lang", "nl", "--bogus"], [:]),
        ] as [([String], [String: String])])
    func usageErrorInDutch(arguments: [String], variables: [String: String]) throws {
        let (code, console, _) = try run(arguments, variables: variables)
        #expect(code == .usage)
        #expect(console.output.isEmpty)
        #expect(console.errors == "fout: onbekende optie '--bogus'\nZie 'grondvorm --help'.\n")
    }

    @Test func completionsAndManualGoToStandardOutput() throws {
        for shell in Shell.allCases {
            let (code, console, _) = try run(["completions", shell.rawValue])
            #expect(code == .success)
            #expect(console.output == CompletionScript(shell: shell, language: .en).rendered)
            #expect(console.errors.isEmpty)
        }
        let manual = try run(["man"], variables: ["LANG": "nl_NL.UTF-8"])
        #expect(manual.code == .success)
        #expect(manual.console.output == ManualPage(language: .nl).rendered)

        let unknown = try run(["completions", "bsh"], variables: ["LANG": "nl_NL.UTF-8"])
        #expect(unknown.code == .usage)
        #expect(
            unknown.console.errors
                == "fout: onbekende shell 'bsh'; bedoelt u 'bash'?\nZie 'grondvorm completions --help'.\n")
    }

    @Test func usageErrorGoesToStandardError() throws {
        let (code, console, _) = try run(["--bogus"])
        #expect(code == .usage)
        #expect(console.output.isEmpty)
        #expect(console.errors == "error: unknown option '--bogus'\nSee 'grondvorm --help'.\n")
    }

    @Test func checkSummaryInEnglishAndDutch() throws {
        let english = try run(["check", "--knowledge", "kb"])
        #expect(english.code == .success)
        #expect(
            english.console.output
                == "Knowledge fixture-1 is sound: 2 motives, 4 questions, 4 archetypes, 2 forms, 1 property, 4 agreements, 1 signal, 1 requirement, 1 preference, 23 rules.\n"
        )
        #expect(english.console.errors.isEmpty)
        let dutch = try run(["check", "--knowledge", "/work/kb/"], variables: ["LANG": "nl_NL.UTF-8"])
        #expect(dutch.code == .success)
        #expect(
            dutch.console.output
                == "Kennis fixture-1 is in orde: 2 motieven, 4 vragen, 4 grondvormen, 2 vormen, 1 eigenschap, 4 afspraken, 1 signaal, 1 vereiste, 1 voorkeur, 23 regels.\n"
        )
    }

    @Test func checkMissingFolder() throws {
        let (code, console, _) = try run(["check", "--knowledge", "nowhere"])
        #expect(code == .noInput)
        #expect(console.output.isEmpty)
        #expect(console.errors == "error: knowledge directory 'nowhere' does not exist or is not a directory\n")
    }

    @Test func checkFolderWithoutKnowledgeFiles() throws {
        let fake = FakeFileSystem(files: ["/work/empty/README.md": [0x23]], folders: ["/", "/work"])
        let (code, console, _) = try run(["check", "--knowledge", "empty"], fileSystem: fake)
        #expect(code == .noInput)
        #expect(console.errors == "error: knowledge directory 'empty' holds no .gvk files\n")
    }

    /// Hidden `.gvk` files and folders named `*.gvk` are not knowledge files; trailing slashes of
    /// `--knowledge` do not show in paths.
    @Test func checkIgnoresHiddenFilesAndShowsPathsWithoutExtraSlashes() throws {
        let fake = FakeFileSystem(folders: ["/", "/work", "/work/kb/folder.gvk"])
        try fake.addFolder(copying: GrondvormProcess.fixtureKnowledge, as: "/work/kb")
        try fake.write(Array("garbage \u{7}\n".utf8), to: "/work/kb/.hidden.gvk")
        let sound = try run(["check", "--knowledge", "kb///"], fileSystem: fake)
        #expect(sound.code == .success, "\(sound.console.errors)")
        #expect(sound.console.errors.isEmpty)

        try fake.write(Array("motive Bad\n".utf8), to: "/work/kb/zz.gvk")
        let broken = try run(["check", "--knowledge", "kb///"], fileSystem: fake)
        #expect(broken.code == .dataError)
        #expect(broken.console.errors.hasPrefix("kb/zz.gvk:1:"), "\(broken.console.errors)")
        #expect(!broken.console.errors.contains("//"))
    }

    @Test func checkBrokenKnowledgeListsEveryDiagnosticAndTheCount() throws {
        let broken = Array("knowledge\n  version \"x\n\nmotive Bad\n".utf8)
        let fake = FakeFileSystem(files: ["/work/broken/a.gvk": broken], folders: ["/", "/work"])
        let (code, console, _) = try run(["check", "--knowledge", "broken"], fileSystem: fake)
        #expect(code == .dataError)
        #expect(console.output.isEmpty)
        let expected: KnowledgeLoadError
        do {
            _ = try KnowledgeLoader.load(files: [SourceFile(path: "broken/a.gvk", bytes: broken)])
            Issue.record("the broken base loaded")
            return
        } catch {
            expected = error
        }
        #expect(expected.diagnostics.count >= 2)
        #expect(
            console.errors
                == expected.description + "\nThe knowledge base has \(expected.diagnostics.count) errors.\n")
        #expect(console.errors.contains("broken/a.gvk:2:11: error: unterminated string"))
    }

    @Test func questionsListing() throws {
        let (code, console, _) = try run(["questions", "--knowledge", "kb", "--format", "json", "--lang", "en"])
        #expect(code == .success)
        let knowledge = try KnowledgeSource.folder(shown: "kb", resolved: "/work/kb").load(
            from: Self.fixtureFileSystem())
        #expect(console.output == QuestionListing.render(knowledge: knowledge, language: .en, format: .json))
        #expect(console.errors.isEmpty)
    }

    @Test func questionsToAFile() throws {
        let (code, console, fake) = try run(["questions", "--knowledge", "kb", "-o", "q.txt", "--lang", "nl"])
        #expect(code == .success)
        #expect(console.output.isEmpty)
        let knowledge = try KnowledgeSource.folder(shown: "kb", resolved: "/work/kb").load(
            from: Self.fixtureFileSystem())
        #expect(
            fake.files["/work/q.txt"]
                == Array(QuestionListing.render(knowledge: knowledge, language: .nl, format: .text).utf8))
    }

    @Test func outputToMissingFolderFails() throws {
        let (code, console, _) = try run(["questions", "--knowledge", "kb", "-o", "nowhere/q.txt"])
        #expect(code == .cannotCreate)
        #expect(console.errors == "error: cannot write 'nowhere/q.txt': no such file or folder\n")
        let dutch = try run(["questions", "--knowledge", "kb", "-o", "nowhere/q.txt", "--lang", "nl"])
        #expect(dutch.console.errors == "fout: kan 'nowhere/q.txt' niet schrijven: bestand of map bestaat niet\n")
    }

    @Test func missingAnswersFile() throws {
        let (code, console, _) = try run(["--knowledge", "kb", "--answers", "answers.json"])
        #expect(code == .noInput)
        #expect(console.output.isEmpty)
        #expect(console.errors == "error: cannot read answers file 'answers.json': no such file or folder\n")
    }

    @Test func answersWithProblemsListEveryOne() throws {
        let fake = try Self.fixtureFileSystem()
        try fake.write(Array(#"{"answers": {"motiven": ["kosten-besparen"]}}"#.utf8), to: "/work/a.json")
        let (code, console, _) = try run(
            ["--knowledge", "kb", "--answers", "a.json", "--answer", "samen-delen=misschien", "--lang", "en"],
            fileSystem: fake)
        #expect(code == .dataError)
        #expect(console.output.isEmpty)
        let lines = console.errors.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first == "error: a.json: unknown question 'motiven'; did you mean 'motieven'?")
        #expect(lines.last?.hasPrefix("error: --answer: ") == true)
    }

    @Test func answersFromStandardInput() throws {
        let json = [
            #"{"answers": {"motieven": ["kosten-besparen"],"#, #""samen-delen": true, "partners": "publiek","#,
            #""eigen-personeel": false}}"#,
        ]
        let (code, console, _) = try run(
            ["--knowledge", "kb", "--answers", "-", "--format", "json", "--lang", "en"], input: json)
        #expect(code == .success)
        #expect(console.errors.isEmpty)
        #expect(console.output.hasPrefix("{"))
    }

    @Test func malformedAnswersFromStandardInputShowStdin() throws {
        let (code, console, _) = try run(["--knowledge", "kb", "--answers", "-"], input: ["{", "  \"answers\": [1,]"])
        #expect(code == .dataError)
        #expect(console.errors.hasPrefix("error: <stdin>:2:"))
    }

    /// With `-o` and typed answers, the questions go to standard error and the file gets the report
    /// alone: the same report as when the answers are given in advance.
    @Test(arguments: ["text", "json", "markdown"])
    func outputFileAfterTypedAnswers(format: String) throws {
        let typed = try run(
            ["--knowledge", "kb", "--lang", "en", "--format", format, "-o", "report"], input: ["1", "yes", "2", "no"])
        #expect(typed.code == .success, "\(typed.console.errors)")
        let given = try run(
            [
                "--knowledge", "kb", "--lang", "en", "--format", format, "--no-input", "--answer",
                "motieven=kosten-besparen",
                "--answer", "samen-delen=yes", "--answer", "partners=privaat", "--answer", "eigen-personeel=no",
            ])
        #expect(given.code == .success, "\(given.console.errors)")
        let report = try #require(typed.fileSystem.files["/work/report"])
        #expect(String(decoding: report, as: UTF8.self) == given.console.output)
        #expect(typed.console.output.isEmpty)
        #expect(typed.console.errors.contains("Who are the partners?"))
    }

    /// The interview goes to standard error in every format, so standard output holds only the
    /// report: the same bytes as when the answers are given in advance.
    @Test(arguments: ["text", "json", "markdown", "html"])
    func standardOutputHoldsOnlyTheReport(format: String) throws {
        let typed = try run(["--knowledge", "kb", "--lang", "en", "--format", format], input: ["1", "yes", "2", "no"])
        #expect(typed.code == .success, "\(typed.console.errors)")
        let given = try run(
            [
                "--knowledge", "kb", "--lang", "en", "--format", format, "--no-input", "--answer",
                "motieven=kosten-besparen",
                "--answer", "samen-delen=yes", "--answer", "partners=privaat", "--answer", "eigen-personeel=no",
            ])
        #expect(typed.console.output == given.console.output)
        #expect(typed.console.errors.hasPrefix("I will ask you a few questions"))
        #expect(typed.console.errors.hasSuffix("Answer (yes/no): no\n\n"))
    }

    /// Standard input and standard error on a terminal make the consultation interactive (typed
    /// lines are not echoed), whatever standard output is.
    @Test func aTerminalOnStandardErrorIsInteractiveWhenStandardOutputIsRedirected() throws {
        let console = ScriptedConsole(
            input: ["1", "yes", "2", "no"], inputIsTerminal: true, outputIsTerminal: false, errorIsTerminal: true)
        let code = GrondvormCommand.run(
            arguments: ["--knowledge", "kb", "--lang", "en"],
            environment: Environment(variables: [:], currentDirectory: "/work"),
            console: console, fileSystem: try Self.fixtureFileSystem())
        #expect(code == .success)
        #expect(console.output.hasPrefix("Grondvorm advice\n"), "\(console.output)")
        #expect(console.errors.contains("Answer (yes/no): \n"))
    }

    /// An output file that the run reads (answers, knowledge) is refused before anything is
    /// asked or written, in the run's language, with exit 64.
    @Test func anInputIsNeverTheOutput() throws {
        let fake = try Self.fixtureFileSystem()
        let answers = Array(#"{"answers": {"motieven": ["kosten-besparen"]}}"#.utf8)
        try fake.write(answers, to: "/work/a.json")
        let english = try run(
            ["--knowledge", "kb", "--answers", "a.json", "-o", "/work//a.json"], input: ["1"], fileSystem: fake)
        #expect(english.code == .usage)
        #expect(
            english.console.errors
                == "error: will not write the output to '/work//a.json': this run reads it as input; choose another file\n"
        )
        #expect(english.fileSystem.files["/work/a.json"] == answers)

        let dutch = try run(
            ["questions", "--knowledge", "kb", "-o", "kb/fixture.gvk", "--lang", "nl"], fileSystem: fake)
        #expect(dutch.code == .usage)
        #expect(
            dutch.console.errors
                == "fout: uitvoer niet naar 'kb/fixture.gvk' geschreven: deze opdracht leest het als invoer; kies een ander bestand\n"
        )
    }

    /// With a terminal on standard error, the run says where the output went.
    @Test(arguments: [(Language.en, "Written to 'q.txt'.\n"), (.nl, "Geschreven naar 'q.txt'.\n")])
    func aTerminalIsToldWhereTheOutputWent(language: Language, message: String) throws {
        let console = ScriptedConsole(errorIsTerminal: true)
        let code = GrondvormCommand.run(
            arguments: ["questions", "--knowledge", "kb", "-o", "q.txt", "--lang", language.rawValue],
            environment: Environment(variables: [:], currentDirectory: "/work"), console: console,
            fileSystem: try Self.fixtureFileSystem())
        #expect(code == .success)
        #expect(console.output.isEmpty)
        #expect(console.errors == message)
    }

    @Test func unreadableKnowledgeFile() throws {
        let fake = try Self.fixtureFileSystem()
        try fake.write([], to: "/work/kb/zz.gvk")
        fake.failingReads.insert("/work/kb/zz.gvk")
        let (code, console, _) = try run(["check", "--knowledge", "kb"], fileSystem: fake)
        #expect(code == .noInput)
        #expect(console.errors == "error: cannot read 'kb/zz.gvk': permission denied\n")
    }

    /// `--save` keeps every answer given (input ending early loses none); `--resume` asks only
    /// what is left, keeps saving, and ends with the same report as one uninterrupted run.
    @Test func saveThenResumeGivesTheSameReport() throws {
        let whole = try run(["--knowledge", "kb", "--lang", "en"], input: ["1", "yes", "2", "no"])
        #expect(whole.code == .success)
        let fake = try Self.fixtureFileSystem()
        let first = try run(
            ["--knowledge", "kb", "--lang", "en", "--save", "saved.json"], input: ["1", "yes"], fileSystem: fake)
        #expect(first.code == .dataError)
        let saved = String(decoding: try #require(fake.files["/work/saved.json"]), as: UTF8.self)
        #expect(
            saved == """
                {
                  "answers": {
                    "motieven": [
                      "kosten-besparen"
                    ],
                    "samen-delen": true
                  }
                }

                """)
        let second = try run(
            ["--knowledge", "kb", "--lang", "en", "--resume", "saved.json"], input: ["2", "no"], fileSystem: fake)
        #expect(second.code == .success, "\(second.console.errors)")
        #expect(second.console.output == whole.console.output)
        #expect(second.console.errors.hasPrefix("Continuing with 2 answers from 'saved.json'.\n"))
        #expect(!second.console.errors.contains("Why do you want to work together?"))
        let final = String(decoding: try #require(fake.files["/work/saved.json"]), as: UTF8.self)
        #expect(final.contains("\"partners\": \"privaat\""))
        #expect(final.contains("\"eigen-personeel\": false"))
    }

    /// A save file that cannot be written stops the run before anything is asked (73); saved
    /// answers that do not exist (66), a second answers source (64) and saving over the report
    /// (64) are refused.
    @Test func saveAndResumeRefusals() throws {
        let fake = try Self.fixtureFileSystem()
        fake.failingWrites["/work/locked.json"] = .permissionDenied
        let locked = try run(
            ["--knowledge", "kb", "--lang", "en", "--save", "locked.json"], input: ["1"], fileSystem: fake)
        #expect(locked.code == .cannotCreate)
        #expect(locked.console.errors == "error: cannot write 'locked.json': permission denied\n")
        #expect(locked.console.unread == ["1"])
        let missing = try run(["--knowledge", "kb", "--lang", "nl", "--resume", "nope.json"])
        #expect(missing.code == .noInput)
        #expect(
            missing.console.errors
                == "fout: kan opgeslagen antwoorden 'nope.json' niet lezen: bestand of map bestaat niet\n")
        let both = try run(["--knowledge", "kb", "--resume", "a.json", "--answers", "b.json"])
        #expect(both.code == .usage)
        #expect(both.console.errors.hasPrefix("error: options '--resume' and '--answers' cannot be used together\n"))
        let over = try run(["--knowledge", "kb", "--lang", "en", "--save", "x.json", "-o", "./x.json"])
        #expect(over.code == .usage)
        #expect(
            over.console.errors
                == "error: will not save the answers to 'x.json': the report is written there; choose another file\n")
    }
}
