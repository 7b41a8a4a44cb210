@testable import GrondvormCommandLine
import Testing

@Suite("Command line: help text")
struct HelpTextTests {
    @Test func mainHelpAt80Columns() {
        #expect(
            HelpText(topic: nil, width: 80).rendered == """
                OVERVIEW: Advises how to shape a collaboration: from motives to archetype to
                legal form.

                Grondvorm asks why you want to work together, places the collaboration in one of
                the four archetypes of Common Eye's model (Kaats & Opheij), and only then ranks
                the legal and organisational forms that fit. It is not legal advice.

                On a terminal it asks its questions one by one; type '?' at any prompt to hear
                why a question is asked. When standard input is not a terminal, answers are read
                line by line, as typed. With --answers or --answer nothing needs to be typed.
                Questions and hints go to standard error, so standard output carries only the
                report: 'grondvorm > advice.txt' asks on the terminal and writes the advice to
                the file.

                USAGE: grondvorm [advise] [<options>]
                       grondvorm <subcommand> [<options>]

                OPTIONS:
                  --knowledge <dir>    Use the knowledge base in <dir> instead of the one built
                                       in.
                  --lang <lang>        Language: nl or en (default: from LC_ALL, LC_MESSAGES or
                                       LANG; nl* is Dutch).
                  --format <format>    Output format: text, json, markdown or html (default:
                                       text).
                  -o, --output <file>  Write the output to <file> instead of standard output (a
                                       file is replaced atomically, keeping its mode).
                  --answers <file>     Read answers from a JSON file, or from standard input
                                       with '-'.
                  --answer <id=value>  Answer one question (several options: id=a,b).
                                       Repeatable; overrides --answers.
                  --save <file>        Save the answers given so far to <file> after every
                                       answer (atomically, as an answers file).
                  --resume <file>      Continue the consultation saved in <file>: its answers
                                       are not asked again, and <file> keeps being saved.
                  --set <id=value>     What if: show how the advice for the given answers
                                       changes with this answer. Repeatable.
                  --no-input           Never ask; fail and list every missing answer instead.
                  --partners <names>   On a terminal, let each partner (names separated by
                                       commas) answer in turn, then compare them.
                  --interactive        Ask on the terminal even when input or output is
                                       redirected.
                  --trace              Include the reasoning trace in the report.
                  --no-color           Never use colour (also off with NO_COLOR, TERM=dumb or
                                       when not a terminal).
                  --version            Show the version.
                  -h, --help           Show help information.

                SUBCOMMANDS:
                  advise (default)     Run a consultation and give a recommendation.
                  check                Check a knowledge base and print a summary.
                  questions            List every question, for writing answer files.
                  test                 Run the knowledge case suite against its bar.
                  compare              Compare partners' answers and where they differ.
                  help                 Show help for a subcommand.

                EXAMPLES:
                  grondvorm
                  grondvorm --lang en --answers answers.json --format json -o advice.json
                  grondvorm --answer motieven=kosten-besparen --answer samen-aanbieden=no
                  grondvorm --save answers.json
                  grondvorm advise --resume answers.json

                EXIT CODES:
                  0 done (also help and --version); 1 consultation stopped or a check failed; 64
                  wrong command line (also an output file that is an input); 65 bad answers or
                  knowledge base; 66 file or folder not found; 73 output file cannot be written;
                  130 interrupted (Ctrl-C).

                See 'grondvorm help <subcommand>' for detailed help.

                """)
    }

    @Test func checkHelp() {
        #expect(
            HelpText(topic: .check, width: 80).rendered == """
                OVERVIEW: Check a knowledge base and print a summary.

                Reads every .gvk file of the knowledge base, reports every problem at once (exit
                65), or prints a one-line summary (exit 0). Without --knowledge it checks the
                knowledge base built into the program.

                USAGE: grondvorm check [<options>]

                OPTIONS:
                  --knowledge <dir>  Use the knowledge base in <dir> instead of the one built
                                     in.
                  --lang <lang>      Language: nl or en (default: from LC_ALL, LC_MESSAGES or
                                     LANG; nl* is Dutch).
                  --no-color         Never use colour (also off with NO_COLOR, TERM=dumb or when
                                     not a terminal).
                  --version          Show the version.
                  -h, --help         Show help information.

                EXAMPLES:
                  grondvorm check
                  grondvorm check --knowledge ./Knowledge

                """)
    }

    @Test func questionsHelp() {
        #expect(
            HelpText(topic: .questions, width: 100).rendered == """
                OVERVIEW: List every question, for writing answer files.

                Prints every question with its id, kind and options, so that an answers file can be written. With
                --format json it prints one JSON object.

                USAGE: grondvorm questions [<options>]

                OPTIONS:
                  --knowledge <dir>    Use the knowledge base in <dir> instead of the one built in.
                  --lang <lang>        Language: nl or en (default: from LC_ALL, LC_MESSAGES or LANG; nl* is Dutch).
                  --format <format>    Output format: text, json, markdown or html (default: text).
                  -o, --output <file>  Write the output to <file> instead of standard output (a file is replaced
                                       atomically, keeping its mode).
                  --no-color           Never use colour (also off with NO_COLOR, TERM=dumb or when not a terminal).
                  --version            Show the version.
                  -h, --help           Show help information.

                EXAMPLES:
                  grondvorm questions --lang en
                  grondvorm questions --format json > questions.json

                """)
    }

    @Test func helpHelp() {
        #expect(
            HelpText(topic: .help, width: 80).rendered == """
                OVERVIEW: Show help for a subcommand.

                USAGE: grondvorm help [<subcommand>]

                ARGUMENTS:
                  <subcommand>  The subcommand to show help for.

                OPTIONS:
                  --version     Show the version.
                  -h, --help    Show help information.

                EXAMPLES:
                  grondvorm help check

                """)
    }

    @Test func narrowTerminalPutsDescriptionsUnderLabels() {
        #expect(
            HelpText(topic: .check, width: 40).rendered == """
                OVERVIEW: Check a knowledge base and
                print a summary.

                Reads every .gvk file of the knowledge
                base, reports every problem at once
                (exit 65), or prints a one-line summary
                (exit 0). Without --knowledge it checks
                the knowledge base built into the
                program.

                USAGE: grondvorm check [<options>]

                OPTIONS:
                  --knowledge <dir>
                      Use the knowledge base in <dir>
                      instead of the one built in.
                  --lang <lang>
                      Language: nl or en (default: from
                      LC_ALL, LC_MESSAGES or LANG; nl*
                      is Dutch).
                  --no-color
                      Never use colour (also off with
                      NO_COLOR, TERM=dumb or when not a
                      terminal).
                  --version
                      Show the version.
                  -h, --help
                      Show help information.

                EXAMPLES:
                  grondvorm check
                  grondvorm check --knowledge ./Knowledge

                """)
    }

    @Test func widthBelowMinimumIsTreatedAsMinimum() {
        #expect(HelpText(topic: nil, width: 5).rendered == HelpText(topic: nil, width: HelpText.minimumWidth).rendered)
    }

    /// The help lists exactly the options of the table that apply, in table order: the two cannot drift apart.
    @Test(arguments: [nil] + Subcommand.allCases.map(Optional.some))
    func helpListsTheOptionTable(topic: Subcommand?) {
        let text = HelpText(topic: topic, width: 1000).rendered
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: "OPTIONS:") else {
            Issue.record("no OPTIONS section")
            return
        }
        let listed = lines[(start + 1)...].prefix { !$0.isEmpty }.map { line in
            line.trimmingPrefix("  ").split(separator: "  ").first.map(String.init) ?? ""
        }
        let expected = OptionSpec.options(for: topic ?? .advise).map(\.helpLabel)
        #expect(listed == expected)
        for spec in OptionSpec.table where !spec.subcommands.contains(topic ?? .advise) {
            #expect(!text.contains(spec.long + " "), "\(spec.long) listed in help for \(String(describing: topic))")
        }
    }

    /// Every line fits the width, except usage and example command lines, which are never broken.
    @Test(arguments: [40, 60, 80, 120])
    func linesFitTheWidth(width: Int) {
        for topic in [nil] + Subcommand.allCases.map(Optional.some) {
            let examples = Set((topic ?? .advise).examples.map { "  " + $0 })
            for line in HelpText(topic: topic, width: width).rendered.split(separator: "\n")
            where !examples.contains(String(line)) && !line.hasPrefix("USAGE: ") && !line.hasPrefix("       grondvorm") {
                #expect(line.count <= width, "\(line)")
            }
        }
    }

    @Test func everyOptionHasOneEntryAndDistinctNames() {
        #expect(OptionSpec.table.map(\.name) == OptionSpec.Name.allCases)
        let shorts = OptionSpec.table.compactMap(\.short)
        #expect(Set(shorts).count == shorts.count)
    }
}
