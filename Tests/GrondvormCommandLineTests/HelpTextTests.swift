@testable import GrondvormCommandLine
import KnowledgeBase
import Testing

@Suite("Command line: help text")
struct HelpTextTests {
    @Test func mainHelpAt80Columns() {
        #expect(
            HelpText(topic: nil, language: .en, width: 80).rendered == """
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

                After the advice on a terminal you can change an answer and see what changes
                (what if), save the advice as Markdown or HTML, and save the answers; Enter
                ends.

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
                                       answer (atomically, as an answers file). With --partners:
                                       the folder where each partner gets a file of its own
                                       (default: the current one).
                  --resume <file>      Continue the consultation saved in <file>: its answers
                                       are not asked again, and <file> keeps being saved.
                  --set <id=value>     What if: show how the advice for the given answers
                                       changes with this answer. Repeatable.
                  --no-input           Never ask; fail and list every missing answer instead.
                  --partners <names>   On a terminal, let each partner (names separated by
                                       commas) answer in turn, then compare them.
                  --readiness          After the questions on the archetype and forms, also
                                       check the five conditions (see 'grondvorm help
                                       readiness').
                  --interactive        Ask on the terminal even when input or output is
                                       redirected.
                  --trace              Include the reasoning trace in the report.
                  --no-color           Never use colour (also off with NO_COLOR, TERM=dumb or
                                       when not a terminal).
                  --version            Show the program's and the knowledge base's version.
                  -h, --help           Show help information.

                SUBCOMMANDS:
                  advise (default)     Run a consultation and give a recommendation.
                  check                Check a knowledge base and print a summary.
                  questions            List every question, for writing answer files.
                  test                 Run the knowledge case suite against its bar.
                  compare              Compare partners' answers and where they differ.
                  readiness            Check whether the collaboration is ready: the five
                                       conditions.
                  completions          Print a shell completion script for bash, zsh or fish.
                  man                  Print the manual page (roff, section 1).
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
            HelpText(topic: .check, language: .en, width: 80).rendered == """
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
                  --version          Show the program's and the knowledge base's version.
                  -h, --help         Show help information.

                EXAMPLES:
                  grondvorm check
                  grondvorm check --knowledge ./Knowledge

                """)
    }

    @Test func questionsHelp() {
        #expect(
            HelpText(topic: .questions, language: .en, width: 100).rendered == """
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
                  --version            Show the program's and the knowledge base's version.
                  -h, --help           Show help information.

                EXAMPLES:
                  grondvorm questions --lang en
                  grondvorm questions --format json > questions.json

                """)
    }

    @Test func helpHelp() {
        #expect(
            HelpText(topic: .help, language: .en, width: 80).rendered == """
                OVERVIEW: Show help for a subcommand.

                USAGE: grondvorm help [<subcommand>]

                ARGUMENTS:
                  <subcommand>   The subcommand to show help for.

                OPTIONS:
                  --lang <lang>  Language: nl or en (default: from LC_ALL, LC_MESSAGES or LANG;
                                 nl* is Dutch).
                  --version      Show the program's and the knowledge base's version.
                  -h, --help     Show help information.

                EXAMPLES:
                  grondvorm help check

                """)
    }

    @Test func narrowTerminalPutsDescriptionsUnderLabels() {
        #expect(
            HelpText(topic: .check, language: .en, width: 40).rendered == """
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
                      Show the program's and the
                      knowledge base's version.
                  -h, --help
                      Show help information.

                EXAMPLES:
                  grondvorm check
                  grondvorm check --knowledge ./Knowledge

                """)
    }

    @Test func widthBelowMinimumIsTreatedAsMinimum() {
        #expect(
            HelpText(topic: nil, language: .en, width: 5).rendered
                == HelpText(topic: nil, language: .en, width: HelpText.minimumWidth).rendered)
    }

    /// The help lists exactly the options of the table that apply, in table order, in both
    /// languages: the two cannot drift apart.
    @Test(arguments: [nil] + Subcommand.allCases.map(Optional.some), Language.allCases)
    func helpListsTheOptionTable(topic: Subcommand?, language: Language) {
        let text = HelpText(topic: topic, language: language, width: 1000).rendered
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(of: language == .en ? "OPTIONS:" : "OPTIES:") else {
            Issue.record("no OPTIONS section")
            return
        }
        let listed = lines[(start + 1)...].prefix { !$0.isEmpty }.map { line in
            line.trimmingPrefix("  ").split(separator: "  ").first.map(String.init) ?? ""
        }
        let expected = OptionSpec.options(for: topic ?? .advise).map { $0.helpLabel(in: language) }
        #expect(listed == expected)
        for spec in OptionSpec.table where !spec.subcommands.contains(topic ?? .advise) {
            #expect(!text.contains(spec.long + " "), "\(spec.long) listed in help for \(String(describing: topic))")
        }
    }

    /// Every line fits the width, except usage and example command lines, which are never broken.
    @Test(arguments: [40, 60, 80, 120], Language.allCases)
    func linesFitTheWidth(width: Int, language: Language) {
        for topic in [nil] + Subcommand.allCases.map(Optional.some) {
            let examples = Set((topic ?? .advise).examples.map { "  " + $0(language) })
            for line in HelpText(topic: topic, language: language, width: width).rendered.split(separator: "\n")
            where !examples.contains(String(line)) && !line.hasPrefix("USAGE: ") && !line.hasPrefix("GEBRUIK: ")
                && !line.drop(while: { $0 == " " }).hasPrefix("grondvorm ")
            {
                #expect(line.count <= width, "\(line)")
            }
        }
    }

    @Test func everyOptionHasOneEntryAndDistinctNames() {
        #expect(OptionSpec.table.map(\.name) == OptionSpec.Name.allCases)
        let shorts = OptionSpec.table.compactMap(\.short)
        #expect(Set(shorts).count == shorts.count)
    }

    @Test func mainHelpInDutchAt80Columns() {
        #expect(
            HelpText(topic: nil, language: .nl, width: 80).rendered == """
                OVERZICHT: Adviseert over de vorm van een samenwerkingsverband: van motieven via
                grondvorm naar rechtsvorm.

                Grondvorm vraagt waarom u wilt samenwerken, plaatst het samenwerkingsverband in
                een van de vier grondvormen uit het model van Common Eye (Kaats & Opheij) en zet
                pas daarna de juridische en organisatorische vormen die passen op een rij. Het
                is geen juridisch advies.

                Op een terminal stelt grondvorm de vragen één voor één; typ '?' bij een vraag om
                te horen waarom die wordt gesteld. Is standaardinvoer geen terminal, dan worden
                de antwoorden regel voor regel gelezen, zoals getypt. Met --answers of --answer
                hoeft u niets te typen. Vragen en aanwijzingen gaan naar standaardfout, zodat
                standaarduitvoer alleen het advies bevat: 'grondvorm > advies.txt' vraagt op de
                terminal en schrijft het advies naar het bestand.

                Na het advies op een terminal kunt u een antwoord veranderen en zien wat er
                verandert (wat als), het advies opslaan als Markdown of HTML en de antwoorden
                opslaan; Enter sluit af.

                GEBRUIK: grondvorm [advise] [<opties>]
                         grondvorm <opdracht> [<opties>]

                OPTIES:
                  --knowledge <map>       Gebruik de kennisbank in <map> in plaats van de
                                          ingebouwde.
                  --lang <taal>           Taal: nl of en (standaard: uit LC_ALL, LC_MESSAGES of
                                          LANG; nl* is Nederlands).
                  --format <opmaak>       Opmaak van de uitvoer: text, json, markdown of html
                                          (standaard: text).
                  -o, --output <bestand>  Schrijf de uitvoer naar <bestand> in plaats van naar
                                          standaarduitvoer (een bestand wordt in één keer
                                          vervangen en houdt zijn rechten).
                  --answers <bestand>     Lees de antwoorden uit een JSON-bestand, of met '-'
                                          uit standaardinvoer.
                  --answer <id=waarde>    Beantwoord één vraag (meerdere opties: id=a,b).
                                          Herhaalbaar; gaat voor --answers.
                  --save <bestand>        Bewaar de antwoorden tot nu toe na elk antwoord in
                                          <bestand> (in één keer, als antwoordbestand). Met
                                          --partners: de map waarin elke partner een eigen
                                          bestand krijgt (standaard de huidige).
                  --resume <bestand>      Ga verder met de consultatie die in <bestand> is
                                          bewaard: die antwoorden worden niet opnieuw gevraagd,
                                          en <bestand> wordt bijgewerkt.
                  --set <id=waarde>       Wat als: laat zien hoe het advies bij de gegeven
                                          antwoorden verandert met dit antwoord. Herhaalbaar.
                  --no-input              Vraag nooit iets; stop en noem in plaats daarvan elk
                                          ontbrekend antwoord.
                  --partners <namen>      Laat op de terminal elke partner (namen gescheiden
                                          door komma's) om de beurt antwoorden, en vergelijk
                                          daarna de antwoorden.
                  --readiness             Ga na de vragen over grondvorm en vormen ook de vijf
                                          voorwaarden na (zie 'grondvorm help readiness').
                  --interactive           Vraag op de terminal, ook als invoer of uitvoer is
                                          omgeleid.
                  --trace                 Neem de redenering stap voor stap op in het advies.
                  --no-color              Gebruik nooit kleur (ook niet bij NO_COLOR, TERM=dumb
                                          of buiten een terminal).
                  --version               Toon de versie van het programma en van de kennisbank.
                  -h, --help              Toon deze hulp.

                OPDRACHTEN:
                  advise (standaard)      Voer een consultatie uit en geef een advies.
                  check                   Controleer een kennisbank en toon een samenvatting.
                  questions               Toon alle vragen, voor het schrijven van
                                          antwoordbestanden.
                  test                    Toets de kennisbank aan haar casussen en de lat die
                                          daarvoor geldt.
                  compare                 Vergelijk de antwoorden van partners en laat zien waar
                                          ze verschillen.
                  readiness               Ga na of de samenwerking er klaar voor is: de vijf
                                          voorwaarden.
                  completions             Toon een script voor tabaanvulling in bash, zsh of
                                          fish.
                  man                     Toon de handleiding als manpagina (roff, sectie 1).
                  help                    Toon hulp bij een opdracht.

                VOORBEELDEN:
                  grondvorm
                  grondvorm --lang nl --answers antwoorden.json --format json -o advies.json
                  grondvorm --answer motieven=kosten-besparen --answer samen-aanbieden=no
                  grondvorm --save antwoorden.json
                  grondvorm advise --resume antwoorden.json

                AFSLUITCODES:
                  0 klaar (ook na hulp en --version); 1 consultatie gestopt of een controle niet
                  gehaald; 64 verkeerde opdrachtregel (ook een uitvoerbestand dat invoer is); 65
                  foute antwoorden of kennisbank; 66 bestand of map niet gevonden; 73
                  uitvoerbestand kan niet worden geschreven; 130 onderbroken (Ctrl-C).

                Zie 'grondvorm help <opdracht>' voor uitgebreide hulp.

                """)
    }

    @Test func compareHelpInDutch() {
        #expect(
            HelpText(topic: .compare, language: .nl, width: 80).rendered == """
                OVERZICHT: Vergelijk de antwoorden van partners en laat zien waar ze
                verschillen.

                Verwerkt het antwoordbestand van elke partner in dezelfde consultatie als
                'advise --answers' (er wordt niets gevraagd; ontbrekende antwoorden worden
                genoemd, afsluitcode 65) en vergelijkt de uitkomsten: de grondvorm en de plaats
                in het 2x2-model van elke partner, de vragen die verschillend zijn beantwoord en
                welke conclusies elk verschil verschuift (nagerekend met het antwoord van de
                andere partner), de gedeelde basis, de mate van spraakverwarring (geen, enige,
                ernstig), gespreksstarters, en een gezamenlijk advies alleen als dat eerlijk te
                geven is.

                Een partner heet naar het veld 'partner' in zijn antwoordbestand, anders naar de
                bestandsnaam zonder extensie.

                GEBRUIK: grondvorm compare <antwoordbestand> <antwoordbestand> [<antwoordbestand> ...] [<opties>]

                ARGUMENTEN:
                  <antwoordbestand>       Het antwoordbestand van één partner (JSON, zoals bij
                                          --answers); minstens twee.

                OPTIES:
                  --knowledge <map>       Gebruik de kennisbank in <map> in plaats van de
                                          ingebouwde.
                  --lang <taal>           Taal: nl of en (standaard: uit LC_ALL, LC_MESSAGES of
                                          LANG; nl* is Nederlands).
                  --format <opmaak>       Opmaak van de uitvoer: text, json, markdown of html
                                          (standaard: text).
                  -o, --output <bestand>  Schrijf de uitvoer naar <bestand> in plaats van naar
                                          standaarduitvoer (een bestand wordt in één keer
                                          vervangen en houdt zijn rechten).
                  --no-color              Gebruik nooit kleur (ook niet bij NO_COLOR, TERM=dumb
                                          of buiten een terminal).
                  --version               Toon de versie van het programma en van de kennisbank.
                  -h, --help              Toon deze hulp.

                VOORBEELDEN:
                  grondvorm compare noord.json zuid.json
                  grondvorm compare a.json b.json c.json --lang nl --format html -o vergelijking.html

                """)
    }

    /// Each subcommand's help in Dutch: the Dutch headings and its own Dutch overview and usage.
    @Test(arguments: Subcommand.allCases)
    func subcommandHelpInDutch(subcommand: Subcommand) {
        let text = HelpText(topic: subcommand, language: .nl, width: 80).rendered
        #expect(text.hasPrefix("OVERZICHT: "))
        #expect(text.contains("\nGEBRUIK: " + subcommand.usage[0].nl + "\n"))
        #expect(text.contains("\nOPTIES:\n"))
        #expect(text.contains("\n  -h, --help "))
        #expect(text.contains("Toon deze hulp.\n"))
        for heading in ["OVERVIEW:", "USAGE:", "OPTIONS:", "EXAMPLES:", "ARGUMENTS:"] {
            #expect(!text.contains(heading))
        }
        #expect(text.contains("\nVOORBEELDEN:\n") == !subcommand.examples.isEmpty)
        #expect(text.contains("\nARGUMENTEN:\n") == !subcommand.arguments.isEmpty)
    }

    /// No Dutch text is the English one, except command lines and placeholders that read the same.
    @Test func everyTextHasItsOwnDutch() {
        for option in OptionSpec.table { #expect(option.summary.nl != option.summary.en, "\(option.long)") }
        for subcommand in Subcommand.allCases {
            #expect(subcommand.abstract.nl != subcommand.abstract.en)
            for paragraph in subcommand.discussion { #expect(paragraph.nl != paragraph.en) }
            for argument in subcommand.arguments { #expect(argument.summary.nl != argument.summary.en) }
        }
    }
}
