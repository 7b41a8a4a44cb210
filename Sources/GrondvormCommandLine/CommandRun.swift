import Advisor
import KnowledgeBase

/// One run of `advise`, `check` or `questions`, after the command line was parsed.
struct CommandRun {
    let invocation: Invocation
    let environment: Environment
    let console: any Console
    let fileSystem: any FileSystem

    /// The language of everything this run prints (apart from usage errors and help).
    var language: Language {
        EnvironmentPolicy.language(chosen: invocation.language, variables: environment.variables)
    }

    /// Loads the knowledge base, then runs the subcommand.
    func run() -> ExitCode {
        let source = KnowledgeSource(path: invocation.knowledgePath, currentDirectory: environment.currentDirectory)
        let knowledge: Knowledge
        do {
            knowledge = try source.load(from: fileSystem)
        } catch {
            console.writeError(CheckReport.failure(error, in: language))
            return CheckReport.exitCode(for: error)
        }
        switch invocation.subcommand {
        case .check:
            console.write(CheckReport.summary(of: knowledge, in: language) + "\n")
            return .success
        case .questions:
            let listing = QuestionListing.render(knowledge: knowledge, language: language, format: invocation.format)
            return deliver(listing)
        case .advise:
            return advise(with: knowledge)
        case .test:
            return test(with: knowledge)
        case .help:
            // The parser answers `help` itself; kept for exhaustiveness.
            console.write(HelpText(topic: nil, width: EnvironmentPolicy.width(variables: environment.variables)).rendered)
            return .success
        }
    }

    /// The path the output goes to, or `nil` for standard output (also for `-o -`).
    private var outputFile: (shown: String, resolved: String)? {
        guard let path = invocation.outputPath, path != "-" else { return nil }
        return (path, KnowledgeSource.resolve(path, against: environment.currentDirectory))
    }

    /// Writes `text` to standard output, or atomically to the `--output` file.
    private func deliver(_ text: String) -> ExitCode {
        guard let outputFile else {
            console.write(text)
            return .success
        }
        do {
            try fileSystem.writeAtomically(Array(text.utf8), to: outputFile.resolved)
            return .success
        } catch {
            console.writeError(Messages.cannotWrite(outputFile.shown, reason: error, in: language))
            return .failure
        }
    }

    /// Gathers the answers given in advance, then runs the consultation.
    private func advise(with knowledge: Knowledge) -> ExitCode {
        var answers = AnswerSet()
        var sources: [String] = []
        var problems: [AnswerProblem] = []
        if let path = invocation.answersPath {
            let bytes: [UInt8]
            if path == "-" {
                bytes = readStandardInput()
            } else {
                do {
                    bytes = try fileSystem.contents(
                        ofFile: KnowledgeSource.resolve(path, against: environment.currentDirectory))
                } catch {
                    console.writeError(Messages.cannotRead(answersFile: path, reason: error, in: language))
                    return .noInput
                }
            }
            do {
                answers = try AnswerSet.parse(json: bytes, source: path, knowledge: knowledge)
            } catch {
                problems += error.problems
            }
            sources.append(path == "-" ? "<stdin>" : path)
        }
        for assignment in invocation.assignments {
            do {
                try answers.apply(assignment: assignment, knowledge: knowledge)
            } catch {
                problems += error.problems
            }
        }
        if !invocation.assignments.isEmpty { sources.append("--answer") }
        guard problems.isEmpty else {
            console.writeError(problems.map { Messages.error(in: language) + $0.sentence(in: language) + "\n" }.joined())
            return .dataError
        }

        let variables = environment.variables
        let mode = EnvironmentPolicy.inputMode(
            invocation: invocation, inputIsTerminal: console.inputIsTerminal,
            errorIsTerminal: console.errorIsTerminal, variables: variables)
        let colour = EnvironmentPolicy.usesColor(
            streamIsTerminal: outputFile == nil && console.outputIsTerminal, variables: variables,
            disabled: invocation.disablesColor)
        let settings = ConsultationSettings(
            language: language, format: invocation.format, style: TextStyle(usesColor: colour),
            showsTrace: invocation.showsTrace, mode: mode, answers: answers, answerSources: sources)

        let conversation = ConsoleConversation(console: console)
        let outcome = Consultation.run(knowledge: knowledge, settings: settings, conversation: conversation)
        switch outcome {
        case .report(let report):
            return deliver(report)
        case .stopped, .inputEnded, .missing:
            console.writeError(outcome.messages(in: language).map { $0 + "\n" }.joined())
            return Self.exitCode(for: outcome)
        }
    }

    /// The exit code of a consultation's outcome: ``ExitCode/failure`` when the person stopped,
    /// ``ExitCode/dataError`` when answers are missing or input ended early.
    static func exitCode(for outcome: Consultation.Outcome) -> ExitCode {
        switch outcome {
        case .report: return .success
        case .stopped: return .failure
        case .inputEnded, .missing: return .dataError
        }
    }

    /// Runs the knowledge case suite: the cases beside the knowledge files, or the built-in ones.
    private func test(with knowledge: Knowledge) -> ExitCode {
        let source = KnowledgeSource(path: invocation.knowledgePath, currentDirectory: environment.currentDirectory)
        let files: [(path: String, bytes: [UInt8])]
        do {
            files = try source.caseFiles(in: fileSystem)
        } catch {
            console.writeError(error.sentence(in: language) + "\n")
            return .noInput
        }
        let cases: [KnowledgeCase]
        do {
            cases = try CaseFile.read(files, knowledge: knowledge)
        } catch {
            console.writeError(error.description + "\n")
            return .dataError
        }
        let result = CaseSuite.run(cases, knowledge: knowledge)
        let report = CaseSuiteReport(result: result, language: language)
        let code = deliver(report.rendered(as: invocation.format))
        guard code == .success else { return code }
        return result.reaches(.shipped) ? .success : .failure
    }

    /// Everything on standard input, lines joined with `\n` (for `--answers -`).
    private func readStandardInput() -> [UInt8] {
        var text = ""
        while let line = console.readLine() {
            text += line + "\n"
        }
        return Array(text.utf8)
    }
}

/// The messages of the command line itself (the consultation and the loader have their own).
enum Messages {
    /// `error: ` or `fout: `.
    static func error(in language: Language) -> String {
        switch language {
        case .en: return "error: "
        case .nl: return "fout: "
        }
    }

    /// The answers file cannot be read.
    static func cannotRead(answersFile path: String, reason: FileSystemError, in language: Language) -> String {
        switch language {
        case .en: return "error: cannot read answers file '\(path)': \(reason)\n"
        case .nl: return "fout: kan antwoordbestand '\(path)' niet lezen: \(reason.dutch)\n"
        }
    }

    /// The output file cannot be written.
    static func cannotWrite(_ path: String, reason: FileSystemError, in language: Language) -> String {
        switch language {
        case .en: return "error: cannot write '\(path)': \(reason)\n"
        case .nl: return "fout: kan '\(path)' niet schrijven: \(reason.dutch)\n"
        }
    }
}

extension FileSystemError {
    /// The reason in Dutch.
    var dutch: String {
        switch reason {
        case .notFound: return "bestand of map bestaat niet"
        case .isFolder: return "is een map"
        case .isFile: return "is geen map"
        case .permissionDenied: return "geen toestemming"
        case .other(let text): return text
        }
    }
}
