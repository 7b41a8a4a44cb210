import Advisor
import KnowledgeBase
import Utilities

/// Turns the program's arguments into a ``CommandRequest``, reading ``OptionSpec/table``.
///
/// Syntax: `--name value`, `--name=value`, `-o value`, `-ovalue`, `-o=value`, `--` to end the
/// options; an option that takes a value may be repeated (the last one wins, except `--answer`,
/// which collects); the first word that is not an option names the subcommand (default `advise`).
/// `-h`/`--help` anywhere before `--` wins over everything else, then `--version`.
/// When several things are wrong, the error names the one nearest the start of the line.
enum ArgumentParser {
    /// Parses `arguments` (without the program name).
    ///
    /// - Throws: ``UsageError`` for the first problem on the line.
    /// - Complexity: O(*n* · *k*) for *n* arguments and *k* options.
    static func parse(_ arguments: [String]) throws(UsageError) -> CommandRequest {
        let options = arguments.prefix { $0 != "--" }
        if options.contains("-h") || options.contains("--help") {
            return .help(helpTopic(in: arguments))
        }
        if options.contains("--version") { return .version }

        let scan = Scan(arguments)
        var problems = scan.problems

        var subcommand = Subcommand.advise
        var extraWords = scan.words
        if let first = scan.words.first {
            extraWords.removeFirst()
            if let named = Subcommand(rawValue: first.text) {
                subcommand = named
            } else {
                let suggestion = Suggestion.closest(to: first.text, among: Subcommand.allCases.map(\.rawValue))
                problems.append((first.index, .unknownSubcommand(first.text, suggestion: suggestion)))
            }
        }

        var topic: Subcommand?
        if subcommand == .help, let word = extraWords.first {
            extraWords.removeFirst()
            if let named = Subcommand(rawValue: word.text) {
                topic = named
            } else {
                let suggestion = Suggestion.closest(to: word.text, among: Subcommand.allCases.map(\.rawValue))
                problems.append((word.index, .unknownSubcommand(word.text, suggestion: suggestion)))
            }
        }
        var shell: Shell?
        if subcommand == .completions {
            if let word = extraWords.first {
                extraWords.removeFirst()
                if let named = Shell(rawValue: word.text.lowercased()) {
                    shell = named
                } else {
                    let suggestion = Suggestion.closest(to: word.text, among: Shell.allCases.map(\.rawValue))
                    problems.append((word.index, .unknownShell(word.text, suggestion: suggestion)))
                }
            } else {
                problems.append((arguments.count, .missingShell))
            }
        }
        var comparedPaths: [String] = []
        if subcommand == .compare {
            comparedPaths = extraWords.map(\.text)
            extraWords = []
            if comparedPaths.count < 2 {
                problems.append((arguments.count, .tooFewPartners(comparedPaths.count)))
            }
        }
        if let extra = extraWords.first {
            problems.append((extra.index, .unexpectedArgument(extra.text)))
        }

        for given in scan.options where !given.spec.subcommands.contains(subcommand) {
            problems.append((given.index, .inapplicableOption(option: given.spelling, subcommand: subcommand)))
        }

        var invocation = Invocation(subcommand: subcommand, comparedPaths: comparedPaths)
        var interactive: GivenOption?
        var noInput: GivenOption?
        var answersFromInput: GivenOption?
        var answersFile: GivenOption?
        var resume: GivenOption?
        var partnersOption: GivenOption?
        for given in scan.options {
            switch given.spec.name {
            case .knowledge: invocation.knowledgePath = given.value
            case .lang: invocation.language = given.value.flatMap(Language.init(rawValue:))
            case .format: invocation.format = given.value.flatMap(OutputFormat.init(rawValue:)) ?? .text
            case .output: invocation.outputPath = given.value
            case .answers:
                invocation.answersPath = given.value
                answersFromInput = given.value == "-" ? given : nil
                answersFile = given
            case .answer: invocation.assignments += given.value.map { [$0] } ?? []
            case .set: invocation.changes += given.value.map { [$0] } ?? []
            case .save: invocation.savePath = given.value
            case .resume:
                invocation.resumePath = given.value
                resume = given
            case .noInput:
                invocation.forbidsInput = true
                noInput = given
            case .interactive:
                invocation.forcesInteractive = true
                interactive = given
            case .partners:
                let names = (given.value ?? "").split(separator: ",").map {
                    $0.split(separator: " ").joined(separator: " ")
                }.filter { !$0.isEmpty }
                invocation.partnerNames = names
                if names.count < 2 || Set(names).count != names.count {
                    problems.append(
                        (
                            given.index,
                            .invalidValue(
                                option: given.spelling, value: given.value ?? "", expected: .partnerNames)
                        ))
                }
                partnersOption = given
            case .trace: invocation.showsTrace = true
            case .readiness: invocation.checksReadiness = true
            case .noColor: invocation.disablesColor = true
            case .version, .help: break
            }
        }
        // Each partner answers for itself: no answers given in advance, and someone to ask.
        if let partnersOption {
            for other in scan.options where [.answers, .answer, .noInput, .resume, .set].contains(other.spec.name) {
                let (first, second) =
                    partnersOption.index < other.index ? (partnersOption, other) : (other, partnersOption)
                problems.append((second.index, .conflictingOptions(first.spelling, second.spelling)))
            }
        }
        if let interactive, let noInput {
            let (first, second) = interactive.index < noInput.index ? (interactive, noInput) : (noInput, interactive)
            problems.append((second.index, .conflictingOptions(first.spelling, second.spelling)))
        }
        if let interactive, let answersFromInput {
            let (first, second) =
                interactive.index < answersFromInput.index
                ? (interactive, answersFromInput) : (answersFromInput, interactive)
            problems.append((second.index, .conflictingOptions(first.spellingWithValue, second.spellingWithValue)))
        }

        // `--resume` reads its answers from its own file; a second source would be ambiguous.
        if let resume, let answersFile {
            let (first, second) = resume.index < answersFile.index ? (resume, answersFile) : (answersFile, resume)
            problems.append((second.index, .conflictingOptions(first.spelling, second.spelling)))
        }

        if let earliest = problems.min(by: { $0.index < $1.index }) {
            throw UsageError(earliest.problem, subcommand: subcommand)
        }
        switch subcommand {
        case .help: return .help(topic)
        case .completions:
            // A missing or unknown shell was reported above.
            guard let shell else { throw UsageError(.missingShell, subcommand: subcommand) }
            return .completions(shell)
        case .man: return .manual
        case .advise, .check, .questions, .test, .compare, .readiness: return .run(invocation)
        }
    }

    /// The subcommand whose help `-h` asks for: the first word when it names one (after `help`,
    /// the word after it), else the main help.
    private static func helpTopic(in arguments: [String]) -> Subcommand? {
        let words = Scan(arguments).words.map(\.text)
        guard let first = words.first, let subcommand = Subcommand(rawValue: first) else { return nil }
        switch subcommand {
        case .help: return words.dropFirst().first.flatMap(Subcommand.init(rawValue:))
        case .advise, .check, .questions, .test, .compare, .readiness, .completions, .man: return subcommand
        }
    }

    /// The language `--lang` asks for, found without parsing the rest of the line, so that help
    /// and usage errors can speak it even when the line cannot be parsed: the last `--lang X` or
    /// `--lang=X` before `--` whose value is `nl` or `en` (in any case), or `nil`.
    ///
    /// A value that is not a language is passed over here; the parser reports it.
    ///
    /// - Complexity: O(*n*) for *n* arguments.
    static func requestedLanguage(in arguments: [String]) -> Language? {
        var language: Language?
        var index = 0
        while index < arguments.count, arguments[index] != "--" {
            let argument = arguments[index]
            if argument == "--lang", index + 1 < arguments.count, !Scan.looksLikeOption(arguments[index + 1]) {
                language = Language(rawValue: arguments[index + 1].lowercased()) ?? language
                index += 1
            } else if argument.hasPrefix("--lang=") {
                language = Language(rawValue: argument.dropFirst("--lang=".count).lowercased()) ?? language
            }
            index += 1
        }
        return language
    }
}

/// One option as it appeared on the command line.
private struct GivenOption {
    let spec: OptionSpec
    /// How the user wrote its name: `--output` or `-o`.
    let spelling: String
    /// The value, for options that take one.
    let value: String?
    /// The position of the option's name among the arguments.
    let index: Int

    /// `--answers -` and the like, for messages about a particular value.
    var spellingWithValue: String {
        value.map { "\(spelling) \($0)" } ?? spelling
    }
}

/// One word that is not an option: a subcommand or a help topic.
private struct Word {
    let text: String
    let index: Int
}

/// The arguments split into options and words, with every problem found on the way.
private struct Scan {
    var options: [GivenOption] = []
    var words: [Word] = []
    var problems: [(index: Int, problem: UsageError.Problem)] = []

    init(_ arguments: [String]) {
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let argument = arguments[index]
            defer { index += 1 }
            if optionsEnded || argument == "-" || !argument.hasPrefix("-") {
                words.append(Word(text: argument, index: index))
                continue
            }
            if argument == "--" {
                optionsEnded = true
                continue
            }

            let spelling: String
            let inlineValue: String?
            let spec: OptionSpec?
            if argument.hasPrefix("--") {
                let body = argument.dropFirst(2)
                if let equals = body.firstIndex(of: "=") {
                    spelling = "--" + body[..<equals]
                    inlineValue = String(body[body.index(after: equals)...])
                } else {
                    spelling = argument
                    inlineValue = nil
                }
                spec = OptionSpec.named(String(spelling.dropFirst(2)))
            } else {
                let body = argument.dropFirst()
                let letter = body.first ?? "-"
                let rest = body.dropFirst()
                spec = OptionSpec.withShortName(letter).flatMap { $0.takesValue || rest.isEmpty ? $0 : nil }
                spelling = spec == nil ? argument : "-" + String(letter)
                inlineValue = rest.isEmpty ? nil : String(rest.hasPrefix("=") ? rest.dropFirst() : rest)
            }

            guard let spec else {
                let name = spelling.drop { $0 == "-" }.prefix { $0 != "=" }
                let longNames = OptionSpec.table.map(\.name.rawValue)
                // `-lang` names a long option with one dash too few: suggest it as it is.
                let intended =
                    longNames.contains(String(name))
                    ? String(name) : Suggestion.closest(to: String(name), among: longNames)
                let suggestion = intended.map { "--" + $0 }
                problems.append((index, .unknownOption(spelling, suggestion: suggestion)))
                continue
            }

            guard spec.takesValue else {
                if inlineValue != nil { problems.append((index, .unexpectedValue(option: spelling))) }
                options.append(GivenOption(spec: spec, spelling: spelling, value: nil, index: index))
                continue
            }

            let value: String?
            if let inlineValue {
                value = inlineValue
            } else if index + 1 < arguments.count, !Self.looksLikeOption(arguments[index + 1]) {
                index += 1
                value = arguments[index]
            } else {
                value = nil
            }
            let optionIndex = inlineValue == nil && value != nil ? index - 1 : index
            guard let value, !value.isEmpty else {
                problems.append(
                    (
                        optionIndex,
                        .missingValue(
                            option: spelling,
                            placeholder: spec.value?.placeholder ?? LocalizedText(nl: "waarde", en: "value"))
                    ))
                continue
            }
            switch Self.check(value, for: spec, spelling: spelling) {
            case .success(let accepted):
                options.append(GivenOption(spec: spec, spelling: spelling, value: accepted, index: optionIndex))
            case .failure(let error):
                problems.append((optionIndex, error.problem))
            }
        }
    }

    /// Whether an argument is an option rather than a value (`-` alone is a value: standard input or output).
    static func looksLikeOption(_ argument: String) -> Bool {
        argument.hasPrefix("-") && argument != "-"
    }

    /// The value as the option keeps it (choices are matched case-insensitively), or the problem.
    private static func check(_ value: String, for spec: OptionSpec, spelling: String) -> Result<String, UsageError> {
        if !spec.choices.isEmpty {
            let lowered = value.lowercased()
            guard spec.choices.contains(lowered) else {
                return .failure(
                    UsageError(.invalidValue(option: spelling, value: value, expected: .oneOf(spec.choices))))
            }
            return .success(lowered)
        }
        if spec.name == .answer {
            let id = value.prefix { $0 != "=" }
            guard value.contains("="), !id.isEmpty else {
                return .failure(UsageError(.invalidValue(option: spelling, value: value, expected: .assignment)))
            }
        }
        return .success(value)
    }
}
