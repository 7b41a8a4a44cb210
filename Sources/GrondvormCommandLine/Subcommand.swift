/// A verb of the `grondvorm` command line.
///
/// `advise` is the default: `grondvorm` alone runs a consultation.
enum Subcommand: String, CaseIterable, Sendable, Hashable {
    /// Run a consultation and write the recommendation (the default).
    case advise
    /// Validate a knowledge base and print a one-line summary.
    case check
    /// List every question, for writing answer files.
    case questions
    /// Run the knowledge case suite against its bar.
    case test
    /// Compare the answers of several partners (issue 12).
    case compare
    /// Show help for the program or one subcommand.
    case help

    /// The one-line description shown in the subcommand list and as the help's overview.
    var abstract: String {
        switch self {
        case .advise: return "Run a consultation and give a recommendation."
        case .check: return "Check a knowledge base and print a summary."
        case .questions: return "List every question, for writing answer files."
        case .test: return "Run the knowledge case suite against its bar."
        case .compare: return "Compare partners' answers and where they differ."
        case .help: return "Show help for a subcommand."
        }
    }

    /// The paragraphs that follow the overview in the subcommand's own help.
    var discussion: [String] {
        switch self {
        case .advise:
            return [
                "Grondvorm asks why you want to work together, places the collaboration in one of "
                    + "the four archetypes of Common Eye's model (Kaats & Opheij), and only then ranks "
                    + "the legal and organisational forms that fit. It is not legal advice.",
                "On a terminal it asks its questions one by one; type '?' at any prompt to hear why "
                    + "a question is asked. When standard input is not a terminal, answers are read "
                    + "line by line, as typed. With --answers or --answer nothing needs to be typed. "
                    + "Questions and hints go to standard error, so standard output carries only the "
                    + "report: 'grondvorm > advice.txt' asks on the terminal and writes the advice to the file.",
            ]
        case .check:
            return [
                "Reads every .gvk file of the knowledge base, reports every problem at once "
                    + "(exit 65), or prints a one-line summary (exit 0). Without --knowledge it "
                    + "checks the knowledge base built into the program."
            ]
        case .questions:
            return [
                "Prints every question with its id, kind and options, so that an answers file "
                    + "can be written. With --format json it prints one JSON object."
            ]
        case .test:
            return [
                "Interviews every case of the knowledge base's case suite (cases/*.json beside the "
                    + ".gvk files) with each of its answer sets, as a person who answers every question "
                    + "literally, and compares the advice with what the case expects: the archetype, "
                    + "the forms that must not be recommended and the signals that must be raised. It "
                    + "also lists the rules that fired in no case.",
                "Exits 0 when at least 95% of the runs get the expected archetype first, all of them "
                    + "have it in the top two and every rule fired; 1 when not; 65 when a case file is "
                    + "wrong.",
            ]
        case .compare:
            return [
                "Runs each partner's answers file through the same consultation as 'advise --answers' "
                    + "(nothing is asked; missing answers are listed, exit 65) and compares the results: each "
                    + "partner's archetype and position on the 2x2, the questions answered differently and which "
                    + "conclusions each difference moves (checked by recomputing with the other partner's answer), "
                    + "the shared ground, the level of spraakverwarring (none, some, serious), conversation "
                    + "starters, and a joint recommendation only when it is honest to give one.",
                "A partner is named by the 'partner' field of its answers file, else by the file name "
                    + "without its extension.",
            ]
        case .help:
            return []
        }
    }

    /// The usage lines, without the `USAGE: ` prefix.
    var usage: [String] {
        switch self {
        case .advise: return ["grondvorm [advise] [<options>]"]
        case .check: return ["grondvorm check [<options>]"]
        case .questions: return ["grondvorm questions [<options>]"]
        case .test: return ["grondvorm test [<options>]"]
        case .compare: return ["grondvorm compare <answers-file> <answers-file> [<answers-file> ...] [<options>]"]
        case .help: return ["grondvorm help [<subcommand>]"]
        }
    }

    /// Example command lines shown in the help, if any.
    var examples: [String] {
        switch self {
        case .advise:
            return [
                "grondvorm",
                "grondvorm --lang en --answers answers.json --format json -o advice.json",
                "grondvorm --answer motieven=kosten-besparen --answer samen-aanbieden=no",
                "grondvorm --save answers.json",
                "grondvorm advise --resume answers.json",
            ]
        case .check:
            return ["grondvorm check", "grondvorm check --knowledge ./Knowledge"]
        case .questions:
            return ["grondvorm questions --lang en", "grondvorm questions --format json > questions.json"]
        case .test:
            return ["grondvorm test", "grondvorm test --knowledge ./Knowledge --format json"]
        case .compare:
            return [
                "grondvorm compare noord.json zuid.json",
                "grondvorm compare a.json b.json c.json --lang en --format html -o comparison.html",
            ]
        case .help:
            return ["grondvorm help check"]
        }
    }

    /// The name as listed under SUBCOMMANDS.
    var listedName: String {
        switch self {
        case .advise: return "advise (default)"
        case .check, .questions, .test, .compare, .help: return rawValue
        }
    }
}
