import Utilities

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
        /// `compare` was given fewer than two answers files (the number given).
        case tooFewPartners(Int)
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

    /// The sentence, without the `error: ` prefix; what the user typed is shown with control
    /// characters escaped, so the message stays on one line.
    var description: String {
        switch problem.escaped {
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
        case .tooFewPartners(let count):
            return "'grondvorm compare' needs at least two answers files, one per partner; got \(count)"
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
        case .check, .questions, .test, .compare: return "grondvorm \(subcommand.rawValue) --help"
        }
    }

    /// `text` with control characters written as `\n`, `\t` or `\u{1B}`, cut to an ``Excerpt`` when long.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in Excerpt.of(text).unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.properties.generalCategory == .control {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}

extension UsageError.Problem {
    /// The same problem with every user-typed text escaped (see ``UsageError/escaped(_:)``).
    var escaped: Self {
        let e = UsageError.escaped
        switch self {
        case .unknownOption(let option, let suggestion): return .unknownOption(e(option), suggestion: suggestion)
        case .unknownSubcommand(let name, let suggestion): return .unknownSubcommand(e(name), suggestion: suggestion)
        case .missingValue(let option, let valueName): return .missingValue(option: e(option), valueName: valueName)
        case .unexpectedValue(let option): return .unexpectedValue(option: e(option))
        case .invalidValue(let option, let value, let expected):
            return .invalidValue(option: e(option), value: e(value), expected: expected)
        case .unexpectedArgument(let argument): return .unexpectedArgument(e(argument))
        case .inapplicableOption(let option, let subcommand): return .inapplicableOption(option: e(option), subcommand: subcommand)
        case .conflictingOptions(let first, let second): return .conflictingOptions(e(first), e(second))
        case .tooFewPartners: return self
        }
    }
}
