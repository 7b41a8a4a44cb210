import KnowledgeBase
import Utilities

/// A command line that cannot be run; the program exits with ``ExitCode/usage`` (64).
///
/// The error is a model; ``message(in:)`` is the sentence after `error: ` / `fout: ` in Dutch or
/// English, and ``rendered(in:)`` the full text for standard error, with the hint that points to
/// the help. ``description`` is the English sentence.
struct UsageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    enum Problem: Sendable, Hashable {
        /// An option nobody knows, with the closest known one if it looks like a typo.
        case unknownOption(String, suggestion: String?)
        /// A subcommand nobody knows, with the closest known one if it looks like a typo.
        case unknownSubcommand(String, suggestion: String?)
        /// An option that needs a value came last, or was followed by another option; with the
        /// value's placeholder.
        case missingValue(option: String, placeholder: LocalizedText)
        /// A flag was given a value with `--flag=value`.
        case unexpectedValue(option: String)
        /// A value outside the option's choices, or not in the expected shape.
        case invalidValue(option: String, value: String, expected: Expectation)
        /// A word that is neither a subcommand nor an option's value.
        case unexpectedArgument(String)
        /// An option given to a subcommand it does not apply to.
        case inapplicableOption(option: String, subcommand: Subcommand)
        /// Two options that exclude each other.
        case conflictingOptions(String, String)
        /// `compare` was given fewer than two answers files (the number given).
        case tooFewPartners(Int)
        /// `completions` was given no shell.
        case missingShell
        /// `completions` was given a shell it cannot write for, with the closest known one if it
        /// looks like a typo.
        case unknownShell(String, suggestion: String?)
    }

    /// What an option's value should have been.
    enum Expectation: Sendable, Hashable {
        /// One of these words.
        case oneOf([String])
        /// `<id>=<value>`, for `--answer`.
        case assignment
        /// At least two different names separated by commas, for `--partners`.
        case partnerNames
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

    /// The English sentence, without the `error: ` prefix.
    var description: String { message(in: .en) }

    /// The sentence in `language`, without the `error: ` prefix; what the user typed is shown
    /// with control characters escaped, so the message stays on one line.
    func message(in language: Language) -> String {
        switch (problem.escaped, language) {
        case (.unknownOption(let option, let suggestion), .en):
            return "unknown option '\(option)'" + Self.didYouMean(suggestion, in: language)
        case (.unknownOption(let option, let suggestion), .nl):
            return "onbekende optie '\(option)'" + Self.didYouMean(suggestion, in: language)
        case (.unknownSubcommand(let name, let suggestion), .en):
            return "unknown subcommand '\(name)'" + Self.didYouMean(suggestion, in: language)
        case (.unknownSubcommand(let name, let suggestion), .nl):
            return "onbekende opdracht '\(name)'" + Self.didYouMean(suggestion, in: language)
        case (.missingValue(let option, let placeholder), .en):
            return "option '\(option)' needs a value <\(placeholder.en)>"
        case (.missingValue(let option, let placeholder), .nl):
            return "optie '\(option)' heeft een waarde <\(placeholder.nl)> nodig"
        case (.unexpectedValue(let option), .en):
            return "option '\(option)' does not take a value"
        case (.unexpectedValue(let option), .nl):
            return "optie '\(option)' krijgt geen waarde"
        case (.invalidValue(let option, let value, let expected), .en):
            return "invalid value '\(value)' for '\(option)'; expected \(expected.phrase(in: language))"
        case (.invalidValue(let option, let value, let expected), .nl):
            return "ongeldige waarde '\(value)' voor '\(option)'; verwacht \(expected.phrase(in: language))"
        case (.unexpectedArgument(let argument), .en):
            return "unexpected argument '\(argument)'"
        case (.unexpectedArgument(let argument), .nl):
            return "onverwacht argument '\(argument)'"
        case (.inapplicableOption(let option, let subcommand), .en):
            return "option '\(option)' does not apply to 'grondvorm \(subcommand.rawValue)'"
        case (.inapplicableOption(let option, let subcommand), .nl):
            return "optie '\(option)' hoort niet bij 'grondvorm \(subcommand.rawValue)'"
        case (.conflictingOptions(let first, let second), .en):
            return "options '\(first)' and '\(second)' cannot be used together"
        case (.conflictingOptions(let first, let second), .nl):
            return "opties '\(first)' en '\(second)' gaan niet samen"
        case (.tooFewPartners(let count), .en):
            return "'grondvorm compare' needs at least two answers files, one per partner; got \(count)"
        case (.tooFewPartners(let count), .nl):
            return
                "'grondvorm compare' heeft minstens twee antwoordbestanden nodig, één per partner; gekregen: \(count)"
        case (.missingShell, .en):
            return "'grondvorm completions' needs a shell: " + Self.shells(in: language)
        case (.missingShell, .nl):
            return "'grondvorm completions' heeft een shell nodig: " + Self.shells(in: language)
        case (.unknownShell(let name, let suggestion), .en):
            return "unknown shell '\(name)'"
                + (suggestion == nil
                    ? "; expected " + Self.shells(in: language) : Self.didYouMean(suggestion, in: language))
        case (.unknownShell(let name, let suggestion), .nl):
            return "onbekende shell '\(name)'"
                + (suggestion == nil
                    ? "; verwacht " + Self.shells(in: language) : Self.didYouMean(suggestion, in: language))
        }
    }

    /// The text for standard error in `language`: `error: …` / `fout: …` and a hint, each on one line.
    func rendered(in language: Language) -> String {
        switch language {
        case .en: return "error: \(message(in: language))\nSee '\(helpCommand)'.\n"
        case .nl: return "fout: \(message(in: language))\nZie '\(helpCommand)'.\n"
        }
    }

    /// The command the hint suggests.
    var helpCommand: String {
        guard let subcommand else { return "grondvorm --help" }
        switch subcommand {
        case .advise, .help: return "grondvorm --help"
        case .check, .questions, .test, .compare, .readiness, .completions, .man:
            return "grondvorm \(subcommand.rawValue) --help"
        }
    }

    /// `bash, zsh or fish` / `bash, zsh of fish`.
    private static func shells(in language: Language) -> String {
        ListPhrase.joining(Shell.allCases.map(\.rawValue), with: LocalizedText(nl: "of", en: "or")(language))
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

    private static func didYouMean(_ suggestion: String?, in language: Language) -> String {
        guard let suggestion else { return "" }
        switch language {
        case .en: return "; did you mean '\(suggestion)'?"
        case .nl: return "; bedoelt u '\(suggestion)'?"
        }
    }
}

extension UsageError.Problem {
    /// The same problem with every user-typed text escaped (see ``UsageError/escaped(_:)``).
    var escaped: Self {
        let e = UsageError.escaped
        switch self {
        case .unknownOption(let option, let suggestion): return .unknownOption(e(option), suggestion: suggestion)
        case .unknownSubcommand(let name, let suggestion): return .unknownSubcommand(e(name), suggestion: suggestion)
        case .missingValue(let option, let placeholder):
            return .missingValue(option: e(option), placeholder: placeholder)
        case .unexpectedValue(let option): return .unexpectedValue(option: e(option))
        case .invalidValue(let option, let value, let expected):
            return .invalidValue(option: e(option), value: e(value), expected: expected)
        case .unexpectedArgument(let argument): return .unexpectedArgument(e(argument))
        case .inapplicableOption(let option, let subcommand):
            return .inapplicableOption(option: e(option), subcommand: subcommand)
        case .conflictingOptions(let first, let second): return .conflictingOptions(e(first), e(second))
        case .unknownShell(let name, let suggestion): return .unknownShell(e(name), suggestion: suggestion)
        case .tooFewPartners, .missingShell: return self
        }
    }
}

extension UsageError.Expectation {
    /// What the value should have been, after `expected ` / `verwacht `: `'nl' or 'en'`.
    func phrase(in language: Language) -> String {
        switch (self, language) {
        case (.oneOf(let words), _):
            let quoted = words.map { "'\($0)'" }
            if quoted.count == 2 { return quoted[0] + LocalizedText(nl: " of ", en: " or ")(language) + quoted[1] }
            return LocalizedText(nl: "een van ", en: "one of ")(language) + quoted.joined(separator: ", ")
        case (.assignment, .en): return "<id>=<value>, such as samen-aanbieden=yes"
        case (.assignment, .nl): return "<id>=<waarde>, zoals samen-aanbieden=yes"
        case (.partnerNames, .en): return "at least two different names, separated by commas"
        case (.partnerNames, .nl): return "minstens twee verschillende namen, gescheiden door komma's"
        }
    }
}
