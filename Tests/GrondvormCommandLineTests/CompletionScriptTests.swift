@testable import GrondvormCommandLine
import KnowledgeBase
import TestSupport
import Testing

@Suite("Command line: shell completion scripts")
struct CompletionScriptTests {
    /// Every shell in both languages.
    static let scripts = Shell.allCases.flatMap { shell in Language.allCases.map { (shell, $0) } }

    /// Every option of every subcommand, and every subcommand, is in every script: they come from the table.
    @Test(arguments: scripts)
    func everyOptionAndSubcommandAppears(shell: Shell, language: Language) {
        let script = CompletionScript(shell: shell, language: language).rendered
        for subcommand in Subcommand.allCases {
            #expect(script.contains(subcommand.rawValue), "\(subcommand) missing from the \(shell) script")
            for option in OptionSpec.options(for: subcommand) {
                for spelling in option.spellings where shell != .fish {
                    #expect(script.contains(spelling), "\(spelling) missing from the \(shell) script")
                }
                if shell == .fish {
                    #expect(
                        script.contains("-l \(option.name.rawValue)"), "\(option.long) missing from the fish script")
                    if let short = option.short { #expect(script.contains("-s \(short) -l \(option.name.rawValue)")) }
                }
            }
        }
        for choice in OptionSpec.table.flatMap(\.choices) + Shell.allCases.map(\.rawValue) {
            #expect(script.contains(choice), "\(choice) missing from the \(shell) script")
        }
    }

    /// The bash script lists, per subcommand, exactly that subcommand's options.
    @Test func bashListsEachSubcommandsOptions() {
        let script = CompletionScript(shell: .bash, language: .en).rendered
        for subcommand in Subcommand.allCases {
            let spellings = OptionSpec.options(for: subcommand).flatMap(\.spellings).joined(separator: " ")
            #expect(script.contains("        \(subcommand.rawValue)) options=\"\(spellings)\" ;;\n"))
        }
    }

    @Test func zshAndFishDescriptionsFollowTheLanguage() {
        #expect(CompletionScript(shell: .zsh, language: .nl).rendered.contains("[Toon deze hulp.]"))
        #expect(CompletionScript(shell: .zsh, language: .en).rendered.contains("[Show help information.]"))
        #expect(CompletionScript(shell: .fish, language: .nl).rendered.contains("-d 'Toon deze hulp.'"))
        #expect(
            CompletionScript(shell: .fish, language: .en).rendered.contains(
                "-a compare -d 'Compare partners\\' answers and where they differ.'"))
    }

    @Test func headerNamesTheGenerator() {
        #expect(
            CompletionScript(shell: .bash, language: .en).rendered.hasPrefix("# bash completion for grondvorm 0.1.0.\n")
        )
        #expect(CompletionScript(shell: .zsh, language: .en).rendered.hasPrefix("#compdef grondvorm\n# zsh completion"))
        #expect(CompletionScript(shell: .bash, language: .en).rendered.hasSuffix("complete -F _grondvorm grondvorm\n"))
    }

    // MARK: The scripts in the real shells (skipped when a shell is not installed)

    /// Each script is valid syntax for its shell (`bash -n`, `zsh -n`, `fish --no-execute`).
    @Test(arguments: scripts)
    func syntaxIsValid(shell: Shell, language: Language) throws {
        guard SystemTool.isInstalled(shell.rawValue) else {
            print("skipped: \(shell.rawValue) is not installed")
            return
        }
        let script = CompletionScript(shell: shell, language: language).rendered
        let result = try SystemTool.run(shell.rawValue, [shell == .fish ? "--no-execute" : "-n"], input: script)
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardError.isEmpty)
    }

    /// What bash offers after the words before the cursor (the last word is the one completed).
    private func bashCompletions(_ words: [String]) throws -> [String] {
        let script = CompletionScript(shell: .bash, language: .en).rendered
        let quoted = (["grondvorm"] + words).map { "'" + $0 + "'" }.joined(separator: " ")
        let driver =
            script + """
                COMP_WORDS=(\(quoted))
                COMP_CWORD=\(words.count)
                _grondvorm
                printf '%s\\n' "${COMPREPLY[@]}"

                """
        let result = try SystemTool.run("bash", [], input: driver)
        #expect(result.exitCode == 0, "\(result.standardError)")
        return result.standardOutput.split(separator: "\n").map(String.init)
    }

    @Test func bashCompletesSubcommandsOptionsAndValues() throws {
        guard SystemTool.isInstalled("bash") else {
            print("skipped: bash is not installed")
            return
        }
        #expect(try bashCompletions([""]) == Subcommand.allCases.map(\.rawValue))
        #expect(try bashCompletions(["ch"]) == ["check"])
        #expect(try bashCompletions(["--format", ""]) == ["text", "json", "markdown", "html"])
        #expect(try bashCompletions(["--lang", "="]) == ["nl", "en"])
        #expect(try bashCompletions(["--lang", "=", "n"]) == ["nl"])
        #expect(try bashCompletions(["completions", ""]) == ["bash", "zsh", "fish"])
        #expect(try bashCompletions(["completions", "bash", ""]) == [])
        #expect(try bashCompletions(["help", "q"]) == ["questions"])
        #expect(
            try bashCompletions(["--knowledge", "kb", "check", "--"]) == [
                "--knowledge", "--lang", "--no-color", "--version", "--help",
            ])
        #expect(try bashCompletions(["--trace", "--no"]) == ["--no-input", "--no-color"])
        #expect(try bashCompletions(["man", "--l"]) == ["--lang"])
    }

    /// What fish offers for a command line, without descriptions.
    private func fishCompletions(_ line: String, language: Language = .en) throws -> [String] {
        let script = CompletionScript(shell: .fish, language: language).rendered
        let result = try SystemTool.run("fish", ["--no-config", "-c", "source; complete -C '\(line)'"], input: script)
        #expect(result.exitCode == 0, "\(result.standardError)")
        return result.standardOutput.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
    }

    @Test func fishCompletesSubcommandsOptionsAndValues() throws {
        guard SystemTool.isInstalled("fish") else {
            print("skipped: fish is not installed")
            return
        }
        #expect(try fishCompletions("grondvorm ").sorted() == Subcommand.allCases.map(\.rawValue).sorted())
        #expect(Set(try fishCompletions("grondvorm --format ")) == ["text", "json", "markdown", "html"])
        #expect(Set(try fishCompletions("grondvorm completions ")) == ["bash", "zsh", "fish"])
        #expect(try fishCompletions("grondvorm completions bash ").isEmpty)
        #expect(
            Set(try fishCompletions("grondvorm check --")) == [
                "--knowledge", "--lang", "--no-color", "--version", "--help",
            ])
        #expect(try fishCompletions("grondvorm --lang=").sorted() == ["--lang=en", "--lang=nl"])
    }
}
