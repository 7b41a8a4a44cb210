import Advisor
import KnowledgeBase
import Utilities

/// One command-line option: its names, its value, its help line and where it applies.
///
/// ``OptionSpec/table`` is the single source of truth: the parser looks options up in it, and the
/// help text, the shell completions and the manual page list it, so none of them can drift apart.
/// Every help line exists in Dutch and English: ``summary`` and the value's placeholder are
/// ``LocalizedText``s, which cannot be made without both.
struct OptionSpec: Sendable, Hashable {
    /// The options, by their long name without the dashes.
    enum Name: String, CaseIterable, Sendable, Hashable {
        case knowledge
        case lang
        case format
        case output
        case answers
        case answer
        case save
        case resume
        case set
        case noInput = "no-input"
        case partners
        case readiness
        case interactive
        case trace
        case noColor = "no-color"
        case version
        case help
    }

    /// What an option's value is: its placeholder in help and what completes it in a shell.
    struct Value: Sendable, Hashable {
        /// Which words a value can be.
        enum Kind: Sendable, Hashable {
            /// One of these words (matched without regard to case).
            case choice([String])
            /// A path to a file (`-` may stand for standard input or output).
            case file
            /// A path to a folder.
            case directory
            /// Any other non-empty text, such as `id=value`.
            case text
        }

        /// The placeholder in help and usage errors, without the angle brackets: `dir` / `map`.
        let placeholder: LocalizedText
        /// Which words the value can be.
        let kind: Kind
    }

    /// Which option this is.
    let name: Name
    /// The one-letter name (`-o`), if any.
    let short: Character?
    /// The value, or `nil` for a flag that takes no value.
    let value: Value?
    /// Whether the option may be given several times, each adding a value.
    let isRepeatable: Bool
    /// The help line, in both languages.
    let summary: LocalizedText
    /// The subcommands it applies to.
    let subcommands: Set<Subcommand>

    /// `--name`.
    var long: String { "--" + name.rawValue }

    /// `-o`, or `nil`.
    var shortForm: String? { short.map { "-" + String($0) } }

    /// Whether the option takes a value.
    var takesValue: Bool { value != nil }

    /// The accepted values, or empty when any non-empty value is accepted.
    var choices: [String] {
        guard case .choice(let choices)? = value?.kind else { return [] }
        return choices
    }

    /// The spellings a user can type: `-o` and `--output`, or `--trace` alone.
    var spellings: [String] { (shortForm.map { [$0] } ?? []) + [long] }

    /// The label in the help's option list: `-o, --output <file>` or `--trace`.
    func helpLabel(in language: Language) -> String {
        var label = shortForm.map { $0 + ", " } ?? ""
        label += long
        if let value { label += " <\(value.placeholder(language))>" }
        return label
    }

    /// The subcommands that apply to everything a consultation reads: the knowledge base.
    private static let readingKnowledge: Set<Subcommand> = [
        .advise, .check, .questions, .test, .compare, .readiness,
    ]
    /// The subcommands that write a report, a listing or a comparison.
    private static let reporting: Set<Subcommand> = [.advise, .questions, .test, .compare, .readiness]

    /// Every option, in the order the help lists them.
    static let table: [OptionSpec] = [
        OptionSpec(
            name: .knowledge, short: nil,
            value: Value(placeholder: LocalizedText(nl: "map", en: "dir"), kind: .directory), isRepeatable: false,
            summary: LocalizedText(
                nl: "Gebruik de kennisbank in <map> in plaats van de ingebouwde.",
                en: "Use the knowledge base in <dir> instead of the one built in."),
            subcommands: readingKnowledge),
        OptionSpec(
            name: .lang, short: nil,
            value: Value(
                placeholder: LocalizedText(nl: "taal", en: "lang"),
                kind: .choice(Language.allCases.map(\.rawValue))),
            isRepeatable: false,
            summary: LocalizedText(
                nl: "Taal: nl of en (standaard: uit LC_ALL, LC_MESSAGES of LANG; nl* is Nederlands).",
                en: "Language: nl or en (default: from LC_ALL, LC_MESSAGES or LANG; nl* is Dutch)."),
            subcommands: readingKnowledge.union([.completions, .man, .help])),
        OptionSpec(
            name: .format, short: nil,
            value: Value(
                placeholder: LocalizedText(nl: "opmaak", en: "format"),
                kind: .choice(OutputFormat.allCases.map(\.rawValue))),
            isRepeatable: false,
            summary: LocalizedText(
                nl: "Opmaak van de uitvoer: " + ListPhrase.joining(OutputFormat.allCases.map(\.rawValue), with: "of")
                    + " (standaard: text).",
                en: "Output format: " + ListPhrase.joining(OutputFormat.allCases.map(\.rawValue), with: "or")
                    + " (default: text)."),
            subcommands: reporting),
        OptionSpec(
            name: .output, short: "o",
            value: Value(placeholder: LocalizedText(nl: "bestand", en: "file"), kind: .file), isRepeatable: false,
            summary: LocalizedText(
                nl: "Schrijf de uitvoer naar <bestand> in plaats van naar standaarduitvoer (een bestand wordt "
                    + "in één keer vervangen en houdt zijn rechten).",
                en:
                    "Write the output to <file> instead of standard output (a file is replaced atomically, keeping its mode)."
            ),
            subcommands: reporting),
        OptionSpec(
            name: .answers, short: nil,
            value: Value(placeholder: LocalizedText(nl: "bestand", en: "file"), kind: .file), isRepeatable: false,
            summary: LocalizedText(
                nl: "Lees de antwoorden uit een JSON-bestand, of met '-' uit standaardinvoer.",
                en: "Read answers from a JSON file, or from standard input with '-'."),
            subcommands: [.advise, .readiness]),
        OptionSpec(
            name: .answer, short: nil,
            value: Value(placeholder: LocalizedText(nl: "id=waarde", en: "id=value"), kind: .text), isRepeatable: true,
            summary: LocalizedText(
                nl: "Beantwoord één vraag (meerdere opties: id=a,b). Herhaalbaar; gaat voor --answers.",
                en: "Answer one question (several options: id=a,b). Repeatable; overrides --answers."),
            subcommands: [.advise, .readiness]),
        OptionSpec(
            name: .save, short: nil,
            value: Value(placeholder: LocalizedText(nl: "bestand", en: "file"), kind: .file), isRepeatable: false,
            summary: LocalizedText(
                nl: "Bewaar de antwoorden tot nu toe na elk antwoord in <bestand> (in één keer, als antwoordbestand). "
                    + "Met --partners: de map waarin elke partner een eigen bestand krijgt (standaard de huidige).",
                en: "Save the answers given so far to <file> after every answer (atomically, as an answers file). "
                    + "With --partners: the folder where each partner gets a file of its own (default: the current one)."
            ),
            subcommands: [.advise, .readiness]),
        OptionSpec(
            name: .resume, short: nil,
            value: Value(placeholder: LocalizedText(nl: "bestand", en: "file"), kind: .file), isRepeatable: false,
            summary: LocalizedText(
                nl: "Ga verder met de consultatie die in <bestand> is bewaard: die antwoorden worden niet opnieuw "
                    + "gevraagd, en <bestand> wordt bijgewerkt.",
                en:
                    "Continue the consultation saved in <file>: its answers are not asked again, and <file> keeps being saved."
            ),
            subcommands: [.advise, .readiness]),
        OptionSpec(
            name: .set, short: nil,
            value: Value(placeholder: LocalizedText(nl: "id=waarde", en: "id=value"), kind: .text), isRepeatable: true,
            summary: LocalizedText(
                nl:
                    "Wat als: laat zien hoe het advies bij de gegeven antwoorden verandert met dit antwoord. Herhaalbaar.",
                en: "What if: show how the advice for the given answers changes with this answer. Repeatable."),
            subcommands: [.advise]),
        OptionSpec(
            name: .noInput, short: nil, value: nil, isRepeatable: false,
            summary: LocalizedText(
                nl: "Vraag nooit iets; stop en noem in plaats daarvan elk ontbrekend antwoord.",
                en: "Never ask; fail and list every missing answer instead."),
            subcommands: [.advise, .readiness]),
        OptionSpec(
            name: .partners, short: nil,
            value: Value(placeholder: LocalizedText(nl: "namen", en: "names"), kind: .text), isRepeatable: false,
            summary: LocalizedText(
                nl: "Laat op de terminal elke partner (namen gescheiden door komma's) om de beurt antwoorden, "
                    + "en vergelijk daarna de antwoorden.",
                en: "On a terminal, let each partner (names separated by commas) answer in turn, then compare them."),
            subcommands: [.advise]),
        OptionSpec(
            name: .readiness, short: nil, value: nil, isRepeatable: false,
            summary: LocalizedText(
                nl: "Ga na de vragen over grondvorm en vormen ook de vijf voorwaarden na (zie 'grondvorm help "
                    + "readiness').",
                en: "After the questions on the archetype and forms, also check the five conditions (see "
                    + "'grondvorm help readiness')."),
            subcommands: [.advise]),
        OptionSpec(
            name: .interactive, short: nil, value: nil, isRepeatable: false,
            summary: LocalizedText(
                nl: "Vraag op de terminal, ook als invoer of uitvoer is omgeleid.",
                en: "Ask on the terminal even when input or output is redirected."),
            subcommands: [.advise, .readiness]),
        OptionSpec(
            name: .trace, short: nil, value: nil, isRepeatable: false,
            summary: LocalizedText(
                nl: "Neem de redenering stap voor stap op in het advies.",
                en: "Include the reasoning trace in the report."),
            subcommands: [.advise]),
        OptionSpec(
            name: .noColor, short: nil, value: nil, isRepeatable: false,
            summary: LocalizedText(
                nl: "Gebruik nooit kleur (ook niet bij NO_COLOR, TERM=dumb of buiten een terminal).",
                en: "Never use colour (also off with NO_COLOR, TERM=dumb or when not a terminal)."),
            subcommands: readingKnowledge),
        OptionSpec(
            name: .version, short: nil, value: nil, isRepeatable: false,
            summary: LocalizedText(
                nl: "Toon de versie van het programma en van de kennisbank.",
                en: "Show the program's and the knowledge base's version."),
            subcommands: Set(Subcommand.allCases)),
        OptionSpec(
            name: .help, short: "h", value: nil, isRepeatable: false,
            summary: LocalizedText(nl: "Toon deze hulp.", en: "Show help information."),
            subcommands: Set(Subcommand.allCases)),
    ]

    /// The option with this long name (without dashes).
    static func named(_ longName: String) -> OptionSpec? {
        table.first { $0.name.rawValue == longName }
    }

    /// The option with this one-letter name.
    static func withShortName(_ letter: Character) -> OptionSpec? {
        table.first { $0.short == letter }
    }

    /// The spec of `name`; every ``Name`` has exactly one entry in ``table``.
    static func spec(_ name: Name) -> OptionSpec? {
        table.first { $0.name == name }
    }

    /// The options that apply to `subcommand`, in table order.
    static func options(for subcommand: Subcommand) -> [OptionSpec] {
        table.filter { $0.subcommands.contains(subcommand) }
    }
}
