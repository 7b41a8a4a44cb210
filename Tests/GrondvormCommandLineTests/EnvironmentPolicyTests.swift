import Advisor
@testable import GrondvormCommandLine
import KnowledgeBase
import Testing

@Suite("Command line: decisions from the environment")
struct EnvironmentPolicyTests {
    @Test(
        arguments: [
            ([:], Language.en),
            (["LANG": "nl_NL.UTF-8"], .nl),
            (["LANG": "nl_BE"], .nl),
            (["LANG": "nl"], .nl),
            (["LANG": "NL_nl.utf8"], .nl),
            (["LANG": "nl@euro"], .nl),
            (["LANG": "en_GB.UTF-8"], .en),
            (["LANG": "C"], .en),
            (["LANG": "POSIX"], .en),
            (["LANG": "nld"], .en),
            (["LANG": "de_DE.UTF-8"], .en),
            (["LANG": ""], .en),
            (["LC_ALL": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"], .nl),
            (["LC_ALL": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"], .en),
            (["LC_ALL": "", "LANG": "nl_NL.UTF-8"], .nl),
            (["LC_MESSAGES": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"], .nl),
            (["LC_ALL": "C", "LC_MESSAGES": "nl_NL.UTF-8"], .en),
        ] as [([String: String], Language)])
    func languageFromLocale(variables: [String: String], expected: Language) {
        #expect(EnvironmentPolicy.language(chosen: nil, variables: variables) == expected)
    }

    @Test func langOptionWins() {
        #expect(EnvironmentPolicy.language(chosen: .en, variables: ["LC_ALL": "nl_NL.UTF-8"]) == .en)
        #expect(EnvironmentPolicy.language(chosen: .nl, variables: ["LANG": "en_US.UTF-8"]) == .nl)
    }

    @Test(
        arguments: [
            (true, [:], false, true),
            (true, ["TERM": "xterm-256color"], false, true),
            (false, ["TERM": "xterm-256color"], false, false),
            (true, ["TERM": "xterm-256color"], true, false),
            (true, ["NO_COLOR": "1"], false, false),
            (true, ["NO_COLOR": "0"], false, false),
            (true, ["NO_COLOR": ""], false, true),
            (true, ["TERM": "dumb"], false, false),
            (false, ["NO_COLOR": ""], false, false),
        ] as [(Bool, [String: String], Bool, Bool)])
    func colour(isTerminal: Bool, variables: [String: String], noColorFlag: Bool, expected: Bool) {
        #expect(
            EnvironmentPolicy.usesColor(streamIsTerminal: isTerminal, variables: variables, disabled: noColorFlag)
                == expected)
    }

    private struct ModeCase: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var stdin: Bool
        var stderr: Bool
        var variables: [String: String] = [:]
        var expected: InputMode
        var testDescription: String {
            "\(arguments) stdin tty \(stdin) stderr tty \(stderr) \(variables) → \(expected)"
        }
    }

    @Test(arguments: [
        ModeCase(arguments: [], stdin: true, stderr: true, expected: .interactive),
        ModeCase(arguments: [], stdin: true, stderr: true, variables: ["CI": "true"], expected: .lineByLine),
        ModeCase(arguments: [], stdin: true, stderr: true, variables: ["CI": ""], expected: .interactive),
        ModeCase(arguments: [], stdin: false, stderr: true, expected: .lineByLine),
        ModeCase(arguments: [], stdin: true, stderr: false, expected: .lineByLine),
        ModeCase(arguments: [], stdin: false, stderr: false, expected: .lineByLine),
        ModeCase(arguments: ["--answer", "a=b"], stdin: false, stderr: false, expected: .lineByLine),
        ModeCase(arguments: ["--answers", "a.json"], stdin: false, stderr: false, expected: .noPrompt),
        ModeCase(arguments: ["--answers", "-"], stdin: false, stderr: true, expected: .noPrompt),
        ModeCase(arguments: ["--answers", "a.json"], stdin: true, stderr: true, expected: .interactive),
        ModeCase(arguments: ["--answers", "-"], stdin: true, stderr: true, expected: .noPrompt),
        ModeCase(arguments: ["--answers", "a.json"], stdin: true, stderr: false, expected: .noPrompt),
        ModeCase(arguments: ["--no-input"], stdin: true, stderr: true, expected: .noPrompt),
        ModeCase(arguments: ["--no-input"], stdin: false, stderr: false, expected: .noPrompt),
        ModeCase(arguments: ["--interactive"], stdin: false, stderr: false, expected: .interactive),
        ModeCase(
            arguments: ["--interactive"], stdin: true, stderr: true, variables: ["CI": "1"], expected: .interactive),
        ModeCase(
            arguments: ["--interactive", "--answers", "a.json"], stdin: false, stderr: false, expected: .interactive),
    ])
    private func inputMode(_ testCase: ModeCase) throws {
        guard case .run(let invocation) = try ArgumentParser.parse(testCase.arguments) else {
            Issue.record("not a run")
            return
        }
        #expect(
            EnvironmentPolicy.inputMode(
                invocation: invocation, inputIsTerminal: testCase.stdin, errorIsTerminal: testCase.stderr,
                variables: testCase.variables) == testCase.expected)
    }

    @Test(
        arguments: [
            ([:], 80),
            (["COLUMNS": "120"], 120),
            (["COLUMNS": "40"], 40),
            (["COLUMNS": "0"], 80),
            (["COLUMNS": "-5"], 80),
            (["COLUMNS": "wide"], 80),
            (["COLUMNS": ""], 80),
        ] as [([String: String], Int)])
    func width(variables: [String: String], expected: Int) {
        #expect(EnvironmentPolicy.width(variables: variables) == expected)
    }
}
