import Foundation
import TestSupport
import Testing

/// Help, version and usage errors, through the built binary.
@Suite("End to end: command line")
struct CommandLineEndToEndTests {
    @Test func helpToStandardOutput() throws {
        let result = try GrondvormProcess.run(["--help"])
        #expect(result.exitCode == 0)
        #expect(result.standardError.isEmpty)
        #expect(result.standardOutput.hasPrefix("OVERVIEW: Advises how to shape a collaboration"))
        #expect(result.standardOutput.hasSuffix("See 'grondvorm help <subcommand>' for detailed help.\n"))
        // `help` and `-h` print the same text; help wins over everything else.
        #expect(try GrondvormProcess.run(["help"]) == result)
        #expect(try GrondvormProcess.run(["--bogus", "--lang", "fr", "-h"]) == result)
    }

    @Test func helpWrapsToColumns() throws {
        let result = try GrondvormProcess.run(["help", "check"], environment: ["COLUMNS": "40"])
        #expect(result.exitCode == 0)
        for line in result.standardOutput.split(separator: "\n") where !line.contains("grondvorm") {
            #expect(line.count <= 40, "\(line)")
        }
        #expect(result.standardOutput.contains("  --knowledge <dir>\n      Use the knowledge base in <dir>\n"))
    }

    @Test func versionWithTheKnowledgeVersion() throws {
        let result = try GrondvormProcess.run(["--version"])
        #expect(
            result
                == GrondvormProcess.Result(
                    standardOutput: "grondvorm 0.1.0 (knowledge 2026.12.0)\n", standardError: "", exitCode: 0))
        let dutch = try GrondvormProcess.run(["--version"], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(dutch.standardOutput == "grondvorm 0.1.0 (kennis 2026.12.0)\n")
    }

    /// Help and usage errors in Dutch, from the locale or from `--lang` after the mistake.
    @Test func dutchHelpAndUsageErrors() throws {
        let help = try GrondvormProcess.run(["help", "check"], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(help.exitCode == 0)
        #expect(help.standardOutput.hasPrefix("OVERZICHT: Controleer een kennisbank en toon een samenvatting.\n"))
        #expect(help.standardOutput.contains("\nGEBRUIK: grondvorm check [<opties>]\n"))
        #expect(
            help.standardOutput.contains(
                "\n  --knowledge <map>  Gebruik de kennisbank in <map> in plaats van de ingebouwde.\n"))
        #expect(try GrondvormProcess.run(["check", "-h", "--lang", "nl"]) == help)

        let expected = GrondvormProcess.Result(
            standardOutput: "",
            standardError: "fout: onbekende opdracht 'chek'; bedoelt u 'check'?\nZie 'grondvorm --help'.\n",
            exitCode: 64)
        #expect(try GrondvormProcess.run(["chek"], environment: ["LANG": "nl_NL.UTF-8"]) == expected)
        #expect(try GrondvormProcess.run(["chek", "--lang", "nl"]) == expected)
        #expect(try GrondvormProcess.run(["chek", "--lang", "nl"], environment: ["LC_ALL": "en_US.UTF-8"]) == expected)
    }

    @Test func completionsAndManualPage() throws {
        for shell in ["bash", "zsh", "fish"] {
            let result = try GrondvormProcess.run(["completions", shell])
            #expect(result.exitCode == 0)
            #expect(result.standardOutput.contains("# \(shell) completion for grondvorm 0.1.0."))
            #expect(result.standardError.isEmpty)
        }
        let unknown = try GrondvormProcess.run(["completions", "zhs"])
        #expect(
            unknown
                == GrondvormProcess.Result(
                    standardOutput: "",
                    standardError:
                        "error: unknown shell 'zhs'; did you mean 'zsh'?\nSee 'grondvorm completions --help'.\n",
                    exitCode: 64))
        let manual = try GrondvormProcess.run(["man"])
        #expect(manual.exitCode == 0)
        #expect(manual.standardOutput.contains("\n.SH \"EXIT STATUS\"\n"))
    }

    @Test(
        arguments: [
            (["--bogus"], "error: unknown option '--bogus'\nSee 'grondvorm --help'.\n"),
            (
                ["--no-colour"],
                "error: unknown option '--no-colour'; did you mean '--no-color'?\nSee 'grondvorm --help'.\n"
            ),
            (["chek"], "error: unknown subcommand 'chek'; did you mean 'check'?\nSee 'grondvorm --help'.\n"),
            (
                ["--lang", "fr"],
                "error: invalid value 'fr' for '--lang'; expected 'nl' or 'en'\nSee 'grondvorm --help'.\n"
            ),
            (["--format"], "error: option '--format' needs a value <format>\nSee 'grondvorm --help'.\n"),
            (["--trace=1"], "error: option '--trace' does not take a value\nSee 'grondvorm --help'.\n"),
            (
                ["check", "--answers", "a.json"],
                "error: option '--answers' does not apply to 'grondvorm check'\nSee 'grondvorm check --help'.\n"
            ),
            (["check", "extra"], "error: unexpected argument 'extra'\nSee 'grondvorm check --help'.\n"),
            (
                ["--no-input", "--interactive"],
                "error: options '--no-input' and '--interactive' cannot be used together\nSee 'grondvorm --help'.\n"
            ),
            (
                ["--answer", "motieven"],
                "error: invalid value 'motieven' for '--answer'; expected <id>=<value>, such as samen-aanbieden=yes\n"
                    + "See 'grondvorm --help'.\n"
            ),
        ] as [([String], String)])
    func usageError(arguments: [String], message: String) throws {
        let result = try GrondvormProcess.run(arguments)
        #expect(result == GrondvormProcess.Result(standardOutput: "", standardError: message, exitCode: 64))
    }
}
