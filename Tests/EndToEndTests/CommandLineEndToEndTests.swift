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

    @Test func versionAlone() throws {
        let result = try GrondvormProcess.run(["--version"])
        #expect(result == GrondvormProcess.Result(standardOutput: "0.1.0\n", standardError: "", exitCode: 0))
    }

    @Test(arguments: [
        (["--bogus"], "error: unknown option '--bogus'\nSee 'grondvorm --help'.\n"),
        (["--no-colour"], "error: unknown option '--no-colour'; did you mean '--no-color'?\nSee 'grondvorm --help'.\n"),
        (["chek"], "error: unknown subcommand 'chek'; did you mean 'check'?\nSee 'grondvorm --help'.\n"),
        (["--lang", "fr"], "error: invalid value 'fr' for '--lang'; expected 'nl' or 'en'\nSee 'grondvorm --help'.\n"),
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
