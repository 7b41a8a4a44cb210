import Advisor
import KnowledgeBase

/// What a command line asks the program to do.
enum CommandRequest: Sendable, Hashable {
    /// Print help: the main help (`nil`) or one subcommand's.
    case help(Subcommand?)
    /// Print the program's version.
    case version
    /// Print the completion script for a shell (`grondvorm completions SHELL`).
    case completions(Shell)
    /// Print the manual page (`grondvorm man`).
    case manual
    /// Run `advise`, `check` or `questions` with these options.
    case run(Invocation)
}

/// The options of one run, as given on the command line (nothing decided from the environment yet).
struct Invocation: Sendable, Hashable {
    /// `advise`, `check` or `questions`.
    var subcommand: Subcommand = .advise
    /// `--knowledge`: the knowledge folder; `nil` uses the built-in knowledge base.
    var knowledgePath: String?
    /// `--lang`; `nil` decides from the environment.
    var language: Language?
    /// `--format`.
    var format: OutputFormat = .text
    /// `--output`/`-o`; `nil` (or `-`) writes to standard output.
    var outputPath: String?
    /// `--answers`; `-` reads standard input.
    var answersPath: String?
    /// Every `--answer`, in order.
    var assignments: [String] = []
    /// Every `--set` (what-if), in order; when there is one, the run compares instead of advising.
    var changes: [String] = []
    /// `--save`: where the answers so far are saved after every answer.
    var savePath: String?
    /// `--resume`: the saved answers to continue from (and to keep saving to, unless `--save`
    /// names another file).
    var resumePath: String?
    /// `--no-input`.
    var forbidsInput = false
    /// `--interactive`.
    var forcesInteractive = false
    /// `--trace`.
    var showsTrace = false
    /// `--no-color`.
    var disablesColor = false
    /// `--readiness`: the check of the five conditions follows the advice's questions.
    var checksReadiness = false
    /// `--partners`: the partners who answer in turn (at least two, unique), or empty.
    var partnerNames: [String] = []
    /// For `compare`: the answers files, one per partner, in the order given.
    var comparedPaths: [String] = []
}
