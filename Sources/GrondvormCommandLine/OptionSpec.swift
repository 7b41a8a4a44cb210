import Advisor
import Utilities

/// One command-line option: its names, its value, its help line and where it applies.
///
/// ``OptionSpec/table`` is the single source of truth: the parser looks options up in it and the
/// help text lists it, so the two cannot drift apart.
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
        case interactive
        case trace
        case noColor = "no-color"
        case version
        case help
    }

    /// Which option this is.
    let name: Name
    /// The one-letter name (`-o`), if any.
    let short: Character?
    /// The value's placeholder in help (`dir`), or `nil` for a flag that takes no value.
    let valueName: String?
    /// The accepted values, or empty when any non-empty value is accepted.
    let choices: [String]
    /// Whether the option may be given several times, each adding a value.
    let isRepeatable: Bool
    /// The help line.
    let summary: String
    /// The subcommands it applies to.
    let subcommands: Set<Subcommand>

    /// `--name`.
    var long: String { "--" + name.rawValue }

    /// `-o`, or `nil`.
    var shortForm: String? { short.map { "-" + String($0) } }

    /// Whether the option takes a value.
    var takesValue: Bool { valueName != nil }

    /// The label in the help's option list: `-o, --output <file>` or `--trace`.
    var helpLabel: String {
        var label = shortForm.map { $0 + ", " } ?? ""
        label += long
        if let valueName { label += " <\(valueName)>" }
        return label
    }

    /// Every option, in the order the help lists them.
    static let table: [OptionSpec] = [
        OptionSpec(
            name: .knowledge, short: nil, valueName: "dir", choices: [], isRepeatable: false,
            summary: "Use the knowledge base in <dir> instead of the one built in.",
            subcommands: [.advise, .check, .questions, .test, .compare]),
        OptionSpec(
            name: .lang, short: nil, valueName: "lang", choices: ["nl", "en"], isRepeatable: false,
            summary: "Language: nl or en (default: from LC_ALL, LC_MESSAGES or LANG; nl* is Dutch).",
            subcommands: [.advise, .check, .questions, .test, .compare]),
        OptionSpec(
            name: .format, short: nil, valueName: "format", choices: OutputFormat.allCases.map(\.rawValue),
            isRepeatable: false,
            summary: "Output format: " + ListPhrase.joining(OutputFormat.allCases.map(\.rawValue), with: "or")
                + " (default: text).",
            subcommands: [.advise, .questions, .test, .compare]),
        OptionSpec(
            name: .output, short: "o", valueName: "file", choices: [], isRepeatable: false,
            summary: "Write the output to <file> instead of standard output (a file is replaced atomically, keeping its mode).",
            subcommands: [.advise, .questions, .test, .compare]),
        OptionSpec(
            name: .answers, short: nil, valueName: "file", choices: [], isRepeatable: false,
            summary: "Read answers from a JSON file, or from standard input with '-'.",
            subcommands: [.advise]),
        OptionSpec(
            name: .answer, short: nil, valueName: "id=value", choices: [], isRepeatable: true,
            summary: "Answer one question (several options: id=a,b). Repeatable; overrides --answers.",
            subcommands: [.advise]),
        OptionSpec(
            name: .save, short: nil, valueName: "file", choices: [], isRepeatable: false,
            summary: "Save the answers given so far to <file> after every answer (atomically, as an answers file).",
            subcommands: [.advise]),
        OptionSpec(
            name: .resume, short: nil, valueName: "file", choices: [], isRepeatable: false,
            summary: "Continue the consultation saved in <file>: its answers are not asked again, and <file> keeps being saved.",
            subcommands: [.advise]),
        OptionSpec(
            name: .set, short: nil, valueName: "id=value", choices: [], isRepeatable: true,
            summary: "What if: show how the advice for the given answers changes with this answer. Repeatable.",
            subcommands: [.advise]),
        OptionSpec(
            name: .noInput, short: nil, valueName: nil, choices: [], isRepeatable: false,
            summary: "Never ask; fail and list every missing answer instead.",
            subcommands: [.advise]),
        OptionSpec(
            name: .partners, short: nil, valueName: "names", choices: [], isRepeatable: false,
            summary: "On a terminal, let each partner (names separated by commas) answer in turn, then compare them.",
            subcommands: [.advise]),
        OptionSpec(
            name: .interactive, short: nil, valueName: nil, choices: [], isRepeatable: false,
            summary: "Ask on the terminal even when input or output is redirected.",
            subcommands: [.advise]),
        OptionSpec(
            name: .trace, short: nil, valueName: nil, choices: [], isRepeatable: false,
            summary: "Include the reasoning trace in the report.",
            subcommands: [.advise]),
        OptionSpec(
            name: .noColor, short: nil, valueName: nil, choices: [], isRepeatable: false,
            summary: "Never use colour (also off with NO_COLOR, TERM=dumb or when not a terminal).",
            subcommands: [.advise, .check, .questions, .test, .compare]),
        OptionSpec(
            name: .version, short: nil, valueName: nil, choices: [], isRepeatable: false,
            summary: "Show the version.",
            subcommands: Set(Subcommand.allCases)),
        OptionSpec(
            name: .help, short: "h", valueName: nil, choices: [], isRepeatable: false,
            summary: "Show help information.",
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
