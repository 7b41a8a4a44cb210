/// A command line that cannot be run; the program exits with ``ExitCode/usage`` (64).
///
/// ``description`` is the sentence after `error: `; ``rendered`` is the full text for standard
/// error, with the hint that points to the help.
struct UsageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    enum Problem: Sendable, Hashable {
        /// An option nobody knows, with the closest known one if it looks like a typo.
        case unknownOption(String, suggestion: String?)
        /// A subcommand nobody knows, with the closest known one if it looks like a typo.
        case unknownSubcommand(String, suggestion: String?)
        /// An option that needs a value came last, or was followed by another option.
        case missingValue(option: String, valueName: String)
        /// A flag was given a value with `--flag=value`.
        case unexpectedValue(option: String)
        /// A value outside the option's choices, or not in the expected shape.
        case invalidValue(option: String, value: String, expected: String)
        /// A word that is neither a subcommand nor an option's value.
        case unexpectedArgument(String)
        /// An option given to a subcommand it does not apply to.
        case inapplicableOption(option: String, subcommand: Subcommand)
        /// Two options that exclude each other.
        case conflictingOptions(String, String)
    }

    /// What went wrong.
    let problem: Problem
    /// The subcommand whose help the hint points to (`nil` or `advise`: the main help).
    let subcommand: Subcommand?

    /// Creates an error.
    init(_ problem: Problem, subcommand: Subcommand? = nil) {
        self.problem = problem
        self.subcommand = subcommand
    }

    /// The sentence, without the `error: ` prefix.
    var description: String {
        switch problem {
        case .unknownOption(let option, let suggestion):
            return "unknown option '\(option)'" + Self.didYouMean(suggestion)
        case .unknownSubcommand(let name, let suggestion):
            return "unknown subcommand '\(name)'" + Self.didYouMean(suggestion)
        case .missingValue(let option, let valueName):
            return "option '\(option)' needs a value <\(valueName)>"
        case .unexpectedValue(let option):
            return "option '\(option)' does not take a value"
        case .invalidValue(let option, let value, let expected):
            return "invalid value '\(value)' for '\(option)'; expected \(expected)"
        case .unexpectedArgument(let argument):
            return "unexpected argument '\(argument)'"
        case .inapplicableOption(let option, let subcommand):
            return "option '\(option)' does not apply to 'grondvorm \(subcommand.rawValue)'"
        case .conflictingOptions(let first, let second):
            return "options '\(first)' and '\(second)' cannot be used together"
        }
    }

    /// The text for standard error: `error: …` and a hint, each on one line.
    var rendered: String {
        "error: \(description)\nSee '\(helpCommand)'.\n"
    }

    /// The command the hint suggests.
    var helpCommand: String {
        guard let subcommand else { return "grondvorm --help" }
        switch subcommand {
        case .advise, .help: return "grondvorm --help"
        case .check, .questions: return "grondvorm \(subcommand.rawValue) --help"
        }
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
