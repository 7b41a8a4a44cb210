import Advisor
@testable import GrondvormCommandLine
import TestSupport
import KnowledgeBase
import Testing
import Utilities

@Suite("Command line: argument parser")
struct ArgumentParserTests {
    private func invocation(_ arguments: [String]) throws -> Invocation {
        let request = try ArgumentParser.parse(arguments)
        guard case .run(let invocation) = request else {
            Issue.record("expected a run, got \(request)")
            return Invocation()
        }
        return invocation
    }

    @Test func noArgumentsAdvises() throws {
        #expect(try ArgumentParser.parse([]) == .run(Invocation()))
        #expect(try ArgumentParser.parse(["advise"]) == .run(Invocation()))
    }

    @Test func subcommandsByName() throws {
        #expect(try invocation(["check"]).subcommand == .check)
        #expect(try invocation(["questions"]).subcommand == .questions)
        #expect(try invocation(["--", "check"]).subcommand == .check)
        #expect(try invocation(["--knowledge", "k", "check"]) == Invocation(subcommand: .check, knowledgePath: "k"))
    }

    @Test func everyOptionSpelling() throws {
        var expected = Invocation()
        expected.knowledgePath = "kb"
        expected.language = .en
        expected.format = .json
        expected.outputPath = "out.json"
        expected.answersPath = "answers.json"
        expected.assignments = ["a=1", "b=x,y"]
        expected.forbidsInput = true
        expected.showsTrace = true
        expected.disablesColor = true
        #expect(
            try invocation([
                "--knowledge", "kb", "--lang", "en", "--format", "json", "-o", "out.json", "--answers",
                "answers.json", "--answer", "a=1", "--answer", "b=x,y", "--no-input", "--trace", "--no-color",
            ]) == expected)
        #expect(
            try invocation([
                "--knowledge=kb", "--lang=EN", "--format=JSON", "--output=out.json", "--answers=answers.json",
                "--answer=a=1", "--answer=b=x,y", "--no-input", "--trace", "--no-color",
            ]) == expected)
    }

    @Test(arguments: [["-o", "r.txt"], ["-or.txt"], ["-o=r.txt"], ["--output", "r.txt"], ["--output=r.txt"]])
    func outputSpellings(arguments: [String]) throws {
        #expect(try invocation(arguments).outputPath == "r.txt")
    }

    @Test func lastValueWinsAndAnswersCollect() throws {
        let parsed = try invocation(["--lang", "nl", "--lang", "en", "--answer", "a=1", "--answer", "a=2"])
        #expect(parsed.language == .en)
        #expect(parsed.assignments == ["a=1", "a=2"])
    }

    @Test func dashIsAValue() throws {
        #expect(try invocation(["--answers", "-"]).answersPath == "-")
        #expect(try invocation(["-o", "-"]).outputPath == "-")
    }

    @Test func interactiveFlag() throws {
        #expect(try invocation(["--interactive"]).forcesInteractive)
    }

    @Test func helpSubcommand() throws {
        #expect(try ArgumentParser.parse(["help"]) == .help(nil))
        #expect(try ArgumentParser.parse(["help", "check"]) == .help(.check))
        #expect(try ArgumentParser.parse(["help", "help"]) == .help(.help))
    }

    @Test(
        arguments: [
            (["-h"], nil),
            (["--help"], nil),
            (["advise", "-h"], Subcommand.advise),
            (["check", "--help"], .check),
            (["--knowledge", "k", "questions", "-h"], .questions),
            (["help", "check", "-h"], .check),
            (["help", "-h"], nil),
            (["--bogus", "-h"], nil),
            (["chek", "--help"], nil),
            (["--lang", "fr", "check", "extra", "-h"], .check),
            (["--version", "-h"], nil),
        ] as [([String], Subcommand?)])
    func helpWinsOverEverything(arguments: [String], topic: Subcommand?) throws {
        #expect(try ArgumentParser.parse(arguments) == .help(topic))
    }

    @Test(arguments: [["--version"], ["check", "--version"], ["--version", "--bogus"], ["--bogus", "--version"]])
    func versionWinsOverAllButHelp(arguments: [String]) throws {
        #expect(try ArgumentParser.parse(arguments) == .version)
    }

    @Test func helpAfterTerminatorIsAWord() {
        #expect(throws: UsageError(.unknownSubcommand("-h", suggestion: nil), subcommand: .advise)) {
            try ArgumentParser.parse(["--", "-h"])
        }
    }

    /// Every usage error, with its exact text on standard error.
    @Test(
        arguments: [
            (["--bogus"], "error: unknown option '--bogus'\nSee 'grondvorm --help'.\n"),
            (
                ["--no-colour"],
                "error: unknown option '--no-colour'; did you mean '--no-color'?\nSee 'grondvorm --help'.\n"
            ),
            (
                ["--know", "k"],
                "error: unknown option '--know'; did you mean '--knowledge'?\nSee 'grondvorm --help'.\n"
            ),
            (["--Lang=en"], "error: unknown option '--Lang'; did you mean '--lang'?\nSee 'grondvorm --help'.\n"),
            (["-x"], "error: unknown option '-x'\nSee 'grondvorm --help'.\n"),
            (["-lang", "en"], "error: unknown option '-lang'; did you mean '--lang'?\nSee 'grondvorm --help'.\n"),
            (["-hx"], "error: unknown option '-hx'\nSee 'grondvorm --help'.\n"),
            (["chek"], "error: unknown subcommand 'chek'; did you mean 'check'?\nSee 'grondvorm --help'.\n"),
            (["quest"], "error: unknown subcommand 'quest'; did you mean 'questions'?\nSee 'grondvorm --help'.\n"),
            (["answers.json"], "error: unknown subcommand 'answers.json'\nSee 'grondvorm --help'.\n"),
            (
                ["chek", "--bogus"],
                "error: unknown subcommand 'chek'; did you mean 'check'?\nSee 'grondvorm --help'.\n"
            ),
            (["--bogus", "chek"], "error: unknown option '--bogus'\nSee 'grondvorm --help'.\n"),
            (["--lang"], "error: option '--lang' needs a value <lang>\nSee 'grondvorm --help'.\n"),
            (["--lang", "--trace"], "error: option '--lang' needs a value <lang>\nSee 'grondvorm --help'.\n"),
            (["--lang="], "error: option '--lang' needs a value <lang>\nSee 'grondvorm --help'.\n"),
            (["--knowledge", ""], "error: option '--knowledge' needs a value <dir>\nSee 'grondvorm --help'.\n"),
            (["-o"], "error: option '-o' needs a value <file>\nSee 'grondvorm --help'.\n"),
            (["--answers"], "error: option '--answers' needs a value <file>\nSee 'grondvorm --help'.\n"),
            (
                ["--lang", "fr"],
                "error: invalid value 'fr' for '--lang'; expected 'nl' or 'en'\nSee 'grondvorm --help'.\n"
            ),
            (
                ["--format", "xml"],
                "error: invalid value 'xml' for '--format'; expected one of 'text', 'json', 'markdown', 'html'\n"
                    + "See 'grondvorm --help'.\n"
            ),
            (
                ["--answer", "motieven"],
                "error: invalid value 'motieven' for '--answer'; expected <id>=<value>, such as samen-aanbieden=yes\n"
                    + "See 'grondvorm --help'.\n"
            ),
            (
                ["--answer=", "x"],
                "error: option '--answer' needs a value <id=value>\nSee 'grondvorm --help'.\n"
            ),
            (
                ["--answer", "=yes"],
                "error: invalid value '=yes' for '--answer'; expected <id>=<value>, such as samen-aanbieden=yes\n"
                    + "See 'grondvorm --help'.\n"
            ),
            (["--trace=yes"], "error: option '--trace' does not take a value\nSee 'grondvorm --help'.\n"),
            (
                ["--lang", "n\nl"],
                "error: invalid value 'n\\nl' for '--lang'; expected 'nl' or 'en'\nSee 'grondvorm --help'.\n"
            ),
            (["\u{1B}[2J"], "error: unknown subcommand '\\u{1B}[2J'\nSee 'grondvorm --help'.\n"),
            (["advise", "extra"], "error: unexpected argument 'extra'\nSee 'grondvorm --help'.\n"),
            (["check", "extra"], "error: unexpected argument 'extra'\nSee 'grondvorm check --help'.\n"),
            (["check", "--", "--trace"], "error: unexpected argument '--trace'\nSee 'grondvorm check --help'.\n"),
            (
                ["check", "--answers", "a.json"],
                "error: option '--answers' does not apply to 'grondvorm check'\nSee 'grondvorm check --help'.\n"
            ),
            (
                ["-o", "x.txt", "check"],
                "error: option '-o' does not apply to 'grondvorm check'\nSee 'grondvorm check --help'.\n"
            ),
            (
                ["questions", "--no-input"],
                "error: option '--no-input' does not apply to 'grondvorm questions'\nSee 'grondvorm questions --help'.\n"
            ),
            (
                ["questions", "--knowledge"],
                "error: option '--knowledge' needs a value <dir>\nSee 'grondvorm questions --help'.\n"
            ),
            (["help", "chek"], "error: unknown subcommand 'chek'; did you mean 'check'?\nSee 'grondvorm --help'.\n"),
            (["help", "check", "more"], "error: unexpected argument 'more'\nSee 'grondvorm --help'.\n"),
            (
                ["help", "--trace"],
                "error: option '--trace' does not apply to 'grondvorm help'\nSee 'grondvorm --help'.\n"
            ),
            (
                ["--interactive", "--no-input"],
                "error: options '--interactive' and '--no-input' cannot be used together\nSee 'grondvorm --help'.\n"
            ),
            (
                ["--no-input", "--trace", "--interactive"],
                "error: options '--no-input' and '--interactive' cannot be used together\nSee 'grondvorm --help'.\n"
            ),
            (
                ["--answers", "-", "--interactive"],
                "error: options '--answers -' and '--interactive' cannot be used together\nSee 'grondvorm --help'.\n"
            ),
        ] as [([String], String)])
    func usageError(arguments: [String], message: String) {
        #expect {
            try ArgumentParser.parse(arguments)
        } throws: { error in
            (error as? UsageError)?.rendered(in: .en) == message
        }
    }

    @Test func interactiveWithAnswersFileIsFine() throws {
        let parsed = try invocation(["--answers", "a.json", "--interactive"])
        #expect(parsed.forcesInteractive)
        #expect(parsed.answersPath == "a.json")
    }

    /// Seeded random command lines: the parser never crashes, and every refusal is exactly one
    /// `error: …` line and one hint line.
    @Test func randomCommandLinesNeverCrash() {
        let pool = [
            "", "-", "--", "---", "-h", "--help", "--version", "-o", "-o=", "-ox", "--output", "--output=",
            "--lang", "--lang=nl", "en", "NL", "fr", "--format", "json", "--format=", "--answers", "--answer",
            "a=b", "=", "==", "--knowledge", "check", "questions", "help", "advise", "chek", "--no-input",
            "--interactive", "--trace", "--no-color", "--no-color=1", "-x", "-", "é", "--é", "-é", "🙂", "--🙂=🙂",
            "\u{0}", "--answer=\u{0}=1", "a\nb", "--\n", "--lang=\r", "\u{1B}[31m", " ", "--lang ", "-hh", "-oh", "--=",
            "--=x",
        ]
        var generator = SplitMix64(seed: 2026)
        for _ in 0..<5_000 {
            let count = Int.random(in: 0...6, using: &generator)
            let arguments = (0..<count).map { _ in pool.randomElement(using: &generator) ?? "" }
            do {
                let request = try ArgumentParser.parse(arguments)
                if case .run(let invocation) = request {
                    #expect(invocation.subcommand != .help, "\(arguments)")
                }
            } catch {
                let lines = error.rendered(in: .en).split(separator: "\n", omittingEmptySubsequences: false)
                #expect(lines.count == 3 && lines[2].isEmpty, "\(arguments): \(error.rendered(in: .en))")
                #expect(lines.first?.hasPrefix("error: ") == true && lines[1].hasPrefix("See 'grondvorm "))
            }
        }
    }

    /// `--lang` is found without parsing, so help and usage errors can use it even on a line
    /// that cannot be parsed: the last valid value before `--` wins.
    @Test(
        arguments: [
            ([], nil),
            (["--lang", "nl"], Language.nl),
            (["--bogus", "--lang=NL"], .nl),
            (["chek", "--lang", "en"], .en),
            (["--lang", "nl", "--lang", "fr"], .nl),
            (["--lang", "fr"], nil),
            (["--lang"], nil),
            (["--lang", "--lang=nl"], .nl),
            (["--", "--lang", "nl"], nil),
            (["--answers", "nl", "--lang=en", "check"], .en),
        ] as [([String], Language?)])
    func requestedLanguage(arguments: [String], expected: Language?) {
        #expect(ArgumentParser.requestedLanguage(in: arguments) == expected)
    }

    @Test func completionsAndManual() throws {
        #expect(try ArgumentParser.parse(["completions", "bash"]) == .completions(.bash))
        #expect(try ArgumentParser.parse(["completions", "ZSH", "--lang", "nl"]) == .completions(.zsh))
        #expect(try ArgumentParser.parse(["--lang=en", "completions", "fish"]) == .completions(.fish))
        #expect(try ArgumentParser.parse(["man"]) == .manual)
        #expect(try ArgumentParser.parse(["man", "--lang", "nl"]) == .manual)
        #expect(try ArgumentParser.parse(["completions", "-h"]) == .help(.completions))
        #expect(try ArgumentParser.parse(["help", "man"]) == .help(.man))
    }

    @Test(
        arguments: [
            (["completions"], UsageError(.missingShell, subcommand: .completions)),
            (["completions", "bsh"], UsageError(.unknownShell("bsh", suggestion: "bash"), subcommand: .completions)),
            (
                ["completions", "powershell"],
                UsageError(.unknownShell("powershell", suggestion: nil), subcommand: .completions)
            ),
            (["completions", "bash", "zsh"], UsageError(.unexpectedArgument("zsh"), subcommand: .completions)),
            (
                ["completions", "bash", "--trace"],
                UsageError(.inapplicableOption(option: "--trace", subcommand: .completions), subcommand: .completions)
            ),
            (["man", "page"], UsageError(.unexpectedArgument("page"), subcommand: .man)),
            (["man", "-o", "x.1"], UsageError(.inapplicableOption(option: "-o", subcommand: .man), subcommand: .man)),
        ] as [([String], UsageError)])
    func completionsAndManualErrors(arguments: [String], expected: UsageError) {
        #expect(throws: expected) { try ArgumentParser.parse(arguments) }
    }
}
