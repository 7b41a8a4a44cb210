@testable import GrondvormCommandLine
import KnowledgeBase
import Testing

@Suite("Command line: usage errors in both languages")
struct UsageErrorTests {
    /// Every problem, with its exact English and Dutch text.
    @Test(
        arguments: [
            (
                UsageError(.unknownOption("--no-colour", suggestion: "--no-color")),
                "error: unknown option '--no-colour'; did you mean '--no-color'?\nSee 'grondvorm --help'.\n",
                "fout: onbekende optie '--no-colour'; bedoelt u '--no-color'?\nZie 'grondvorm --help'.\n"
            ),
            (
                UsageError(.unknownSubcommand("chek", suggestion: "check")),
                "error: unknown subcommand 'chek'; did you mean 'check'?\nSee 'grondvorm --help'.\n",
                "fout: onbekende opdracht 'chek'; bedoelt u 'check'?\nZie 'grondvorm --help'.\n"
            ),
            (
                UsageError(
                    .missingValue(option: "--knowledge", placeholder: LocalizedText(nl: "map", en: "dir")),
                    subcommand: .check),
                "error: option '--knowledge' needs a value <dir>\nSee 'grondvorm check --help'.\n",
                "fout: optie '--knowledge' heeft een waarde <map> nodig\nZie 'grondvorm check --help'.\n"
            ),
            (
                UsageError(.unexpectedValue(option: "--trace")),
                "error: option '--trace' does not take a value\nSee 'grondvorm --help'.\n",
                "fout: optie '--trace' krijgt geen waarde\nZie 'grondvorm --help'.\n"
            ),
            (
                UsageError(.invalidValue(option: "--lang", value: "fr", expected: .oneOf(["nl", "en"]))),
                "error: invalid value 'fr' for '--lang'; expected 'nl' or 'en'\nSee 'grondvorm --help'.\n",
                "fout: ongeldige waarde 'fr' voor '--lang'; verwacht 'nl' of 'en'\nZie 'grondvorm --help'.\n"
            ),
            (
                UsageError(
                    .invalidValue(option: "--format", value: "xml", expected: .oneOf(["text", "json", "html"]))),
                "error: invalid value 'xml' for '--format'; expected one of 'text', 'json', 'html'\nSee 'grondvorm --help'.\n",
                "fout: ongeldige waarde 'xml' voor '--format'; verwacht een van 'text', 'json', 'html'\nZie 'grondvorm --help'.\n"
            ),
            (
                UsageError(.invalidValue(option: "--answer", value: "x", expected: .assignment)),
                "error: invalid value 'x' for '--answer'; expected <id>=<value>, such as samen-aanbieden=yes\nSee 'grondvorm --help'.\n",
                "fout: ongeldige waarde 'x' voor '--answer'; verwacht <id>=<waarde>, zoals samen-aanbieden=yes\nZie 'grondvorm --help'.\n"
            ),
            (
                UsageError(.invalidValue(option: "--partners", value: "a", expected: .partnerNames)),
                "error: invalid value 'a' for '--partners'; expected at least two different names, separated by commas\n"
                    + "See 'grondvorm --help'.\n",
                "fout: ongeldige waarde 'a' voor '--partners'; verwacht minstens twee verschillende namen, gescheiden door komma's\n"
                    + "Zie 'grondvorm --help'.\n"
            ),
            (
                UsageError(.unexpectedArgument("extra"), subcommand: .check),
                "error: unexpected argument 'extra'\nSee 'grondvorm check --help'.\n",
                "fout: onverwacht argument 'extra'\nZie 'grondvorm check --help'.\n"
            ),
            (
                UsageError(.inapplicableOption(option: "--answers", subcommand: .check), subcommand: .check),
                "error: option '--answers' does not apply to 'grondvorm check'\nSee 'grondvorm check --help'.\n",
                "fout: optie '--answers' hoort niet bij 'grondvorm check'\nZie 'grondvorm check --help'.\n"
            ),
            (
                UsageError(.conflictingOptions("--no-input", "--interactive")),
                "error: options '--no-input' and '--interactive' cannot be used together\nSee 'grondvorm --help'.\n",
                "fout: opties '--no-input' en '--interactive' gaan niet samen\nZie 'grondvorm --help'.\n"
            ),
            (
                UsageError(.tooFewPartners(1), subcommand: .compare),
                "error: 'grondvorm compare' needs at least two answers files, one per partner; got 1\nSee 'grondvorm compare --help'.\n",
                "fout: 'grondvorm compare' heeft minstens twee antwoordbestanden nodig, één per partner; gekregen: 1\n"
                    + "Zie 'grondvorm compare --help'.\n"
            ),
            (
                UsageError(.missingShell, subcommand: .completions),
                "error: 'grondvorm completions' needs a shell: bash, zsh or fish\nSee 'grondvorm completions --help'.\n",
                "fout: 'grondvorm completions' heeft een shell nodig: bash, zsh of fish\nZie 'grondvorm completions --help'.\n"
            ),
            (
                UsageError(.unknownShell("zhs", suggestion: "zsh"), subcommand: .completions),
                "error: unknown shell 'zhs'; did you mean 'zsh'?\nSee 'grondvorm completions --help'.\n",
                "fout: onbekende shell 'zhs'; bedoelt u 'zsh'?\nZie 'grondvorm completions --help'.\n"
            ),
            (
                UsageError(.unknownShell("powershell", suggestion: nil), subcommand: .completions),
                "error: unknown shell 'powershell'; expected bash, zsh or fish\nSee 'grondvorm completions --help'.\n",
                "fout: onbekende shell 'powershell'; verwacht bash, zsh of fish\nZie 'grondvorm completions --help'.\n"
            ),
        ] as [(UsageError, String, String)])
    func renderedInBothLanguages(error: UsageError, english: String, dutch: String) {
        #expect(error.rendered(in: .en) == english)
        #expect(error.rendered(in: .nl) == dutch)
        #expect("error: " + error.description + "\n" == english.prefix { $0 != "\n" } + "\n")
    }
}
