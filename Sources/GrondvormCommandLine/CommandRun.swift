import Advisor
import KnowledgeBase
import Utilities

/// One run of `advise`, `check`, `questions` or `test`, after the command line was parsed.
struct CommandRun {
    let invocation: Invocation
    let environment: Environment
    let console: any Console
    /// The file system, remembering what this run read (its inputs).
    let fileSystem: ReadRecordingFileSystem

    /// A run of `invocation` on `fileSystem`.
    init(invocation: Invocation, environment: Environment, console: any Console, fileSystem: any FileSystem) {
        self.invocation = invocation
        self.environment = environment
        self.console = console
        self.fileSystem = ReadRecordingFileSystem(fileSystem)
    }

    /// The language of everything this run prints (apart from usage errors and help).
    var language: Language {
        EnvironmentPolicy.language(chosen: invocation.language, variables: environment.variables)
    }

    /// Loads the knowledge base, then runs the subcommand.
    func run() -> ExitCode {
        let source = KnowledgeSource(path: invocation.knowledgePath, currentDirectory: environment.currentDirectory)
        let knowledge: Knowledge
        do {
            knowledge = try source.load(from: fileSystem, checksFully: invocation.subcommand == .check)
        } catch {
            console.writeError(CheckReport.failure(error, in: language))
            return CheckReport.exitCode(for: error)
        }
        switch invocation.subcommand {
        case .check:
            console.write(CheckReport.summary(of: knowledge, in: language) + "\n")
            return .success
        case .questions:
            if let refusal = refuseOutputOverAnInput() { return refusal }
            let listing = QuestionListing.render(knowledge: knowledge, language: language, format: invocation.format)
            return deliver(listing)
        case .advise:
            return advise(with: knowledge, scope: .advice)
        case .readiness:
            return advise(with: knowledge, scope: .readiness)
        case .test:
            return test(with: knowledge)
        case .compare:
            return compare(with: knowledge)
        case .help, .completions, .man:
            // The parser answers these itself (they need no knowledge base); kept for exhaustiveness.
            console.write(
                HelpText(
                    topic: nil, language: language, width: EnvironmentPolicy.width(variables: environment.variables)
                )
                .rendered)
            return .success
        }
    }

    /// The path the output goes to, or `nil` for standard output (also for `-o -`).
    var outputFile: (shown: String, resolved: String)? {
        guard let path = invocation.outputPath, path != "-" else { return nil }
        return (path, KnowledgeSource.resolve(path, against: environment.currentDirectory))
    }

    /// Writes `text` to standard output, or to the `--output` file (see ``FileSystem/write(_:to:)``:
    /// a regular file is replaced atomically, a device or FIFO written directly); on a terminal,
    /// says where it went.
    ///
    /// - Returns: ``ExitCode/success``, or ``ExitCode/cannotCreate`` (73) when the file cannot be
    ///   created or written.
    func deliver(_ text: String) -> ExitCode {
        guard let outputFile else {
            console.write(text)
            return .success
        }
        do {
            try fileSystem.write(Array(text.utf8), to: outputFile.resolved)
        } catch {
            console.writeError(Messages.cannotWrite(outputFile.shown, reason: error, in: language))
            return .cannotCreate
        }
        if console.errorIsTerminal { console.writeError(Messages.written(to: outputFile.shown, in: language)) }
        return .success
    }

    /// The bytes of the input file `path` (as given on the command line, resolved against the
    /// current folder), or `nil` after writing `failure(reason)` to standard error.
    func readInput(_ path: String, failure: (FileSystemError) -> String) -> [UInt8]? {
        do {
            return try fileSystem.contents(ofFile: KnowledgeSource.resolve(path, against: environment.currentDirectory))
        } catch {
            console.writeError(failure(error))
            return nil
        }
    }

    /// The knowledge's check of the five conditions, for `readiness` and `--readiness`; `nil`
    /// after saying on standard error that the knowledge base has none (the caller exits 65).
    func readinessCheck(in knowledge: Knowledge) -> ReadinessCheck? {
        guard let check = ReadinessCheck(knowledge: knowledge) else {
            console.writeError(Messages.error(in: language) + Messages.noReadinessCheck(in: language) + "\n")
            return nil
        }
        return check
    }

    /// Writes every problem with the answers to standard error, one per line.
    ///
    /// - Returns: ``ExitCode/dataError`` (65) when there is a problem, `nil` when there is none.
    func report(_ problems: [AnswerProblem]) -> ExitCode? {
        guard !problems.isEmpty else { return nil }
        console.writeError(problems.map { Messages.error(in: language) + $0.sentence(in: language) + "\n" }.joined())
        return .dataError
    }

    /// Refuses an `--output` file that this run has read as an input (the answers file, a
    /// knowledge or case file), by any path: writing it would destroy the input.
    ///
    /// - Returns: ``ExitCode/usage`` (64) after saying why, or `nil` when the output is no input.
    func refuseOutputOverAnInput() -> ExitCode? {
        guard let outputFile, fileSystem.wasRead(outputFile.resolved) else { return nil }
        console.writeError(Messages.outputIsAnInput(outputFile.shown, in: language))
        return .usage
    }

    /// Gathers the answers given in advance, then runs the consultation (`advise`), or only the
    /// check of the five conditions (`readiness`).
    private func advise(with knowledge: Knowledge, scope: ConsultationSettings.Scope) -> ExitCode {
        if !invocation.partnerNames.isEmpty { return adviseInTurn(with: knowledge) }
        var answers = AnswerSet()
        var sources: [String] = []
        var problems: [AnswerProblem] = []
        if let path = invocation.answersPath {
            let bytes: [UInt8]
            if path == "-" {
                guard let input = readStandardInput() else {
                    let reason = FileSystemError(path: path, reason: .tooLarge(limit: InputLimit.bytes))
                    console.writeError(Messages.cannotRead(answersFile: path, reason: reason, in: language))
                    return .noInput
                }
                bytes = input
            } else {
                guard
                    let input = readInput(
                        path, failure: { Messages.cannotRead(answersFile: path, reason: $0, in: language) })
                else { return .noInput }
                bytes = input
            }
            do {
                answers = try AnswerSet.parse(json: bytes, source: path, knowledge: knowledge)
            } catch {
                problems += error.problems
            }
            sources.append(path == "-" ? "<stdin>" : path)
        }
        if let path = invocation.resumePath {
            guard
                let bytes = readInput(
                    path, failure: { Messages.cannotRead(savedAnswers: path, reason: $0, in: language) })
            else { return .noInput }
            do {
                answers = try AnswerSet.parse(json: bytes, source: path, knowledge: knowledge)
            } catch {
                problems += error.problems
            }
            sources.append(path)
        }
        for assignment in invocation.assignments {
            do {
                try answers.apply(assignment: assignment, knowledge: knowledge)
            } catch {
                problems += error.problems
            }
        }
        if !invocation.assignments.isEmpty { sources.append("--answer") }
        var changed = answers
        for change in invocation.changes {
            do {
                try changed.apply(assignment: change, knowledge: knowledge, source: "--set")
            } catch {
                problems += error.problems
            }
        }
        if let failure = report(problems) { return failure }
        if let refusal = refuseOutputOverAnInput() { return refusal }
        if scope == .readiness || invocation.checksReadiness {
            guard let check = readinessCheck(in: knowledge) else { return .dataError }
            answers = check.turnedOn(answers)
            changed = check.turnedOn(changed)
        }
        if !invocation.changes.isEmpty { return compare(answers, with: changed, knowledge: knowledge) }
        var saver: AnswersSaver?
        var savePath: String?
        if let shown = invocation.savePath ?? invocation.resumePath {
            let path = KnowledgeSource.resolve(shown, against: environment.currentDirectory)
            if let outputFile, fileSystem.isSameFile(outputFile.resolved, path) {
                console.writeError(Messages.saveIsTheOutput(shown, in: language))
                return .usage
            }
            let created = AnswersSaver(
                path: path, shownPath: shown, fileSystem: fileSystem, knowledge: knowledge, console: console,
                language: language)
            // The first save checks the file can be written before anything is asked.
            guard created.save(answers) else { return .cannotCreate }
            saver = created
            savePath = path
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
            showsTrace: invocation.showsTrace, mode: mode, answers: answers, answerSources: sources,
            width: EnvironmentPolicy.columns(variables: variables),
            reportDate: EnvironmentPolicy.reportDate(variables: variables, startTime: environment.startTime),
            scope: scope)

        let conversation = ConsoleConversation(console: console)
        if let resumed = invocation.resumePath, mode != .noPrompt {
            conversation.write(Messages.resuming(count: answers.answers.count, from: resumed, in: language))
        }
        let capture = AnswerCapture(passingOnTo: saver)
        let outcome = Consultation.run(
            knowledge: knowledge, settings: settings, conversation: conversation, recorder: capture)
        switch outcome {
        case .report(let report):
            let delivered = deliver(report)
            guard delivered == .success, mode == .interactive, scope == .advice, let final = capture.last else {
                return delivered
            }
            // At a terminal: what-if, and saving the advice and the answers.
            let files = ConsultationFiles(
                fileSystem: fileSystem, currentDirectory: environment.currentDirectory,
                reserved: [outputFile?.resolved, savePath].compactMap { $0 },
                language: language)
            Consultation.followUp(
                knowledge: knowledge, settings: settings, answers: final, conversation: conversation, files: files,
                recorder: saver)
            return .success
        case .stopped, .inputEnded, .missing:
            console.writeError(outcome.messages(in: language).map { $0 + "\n" }.joined())
            return Self.exitCode(for: outcome)
        }
    }

    /// The what-if comparison of `answers` with `changed` (`--set`): never asks anything.
    private func compare(_ answers: AnswerSet, with changed: AnswerSet, knowledge: Knowledge) -> ExitCode {
        let settings = ConsultationSettings(
            language: language, format: invocation.format, showsTrace: invocation.showsTrace, mode: .noPrompt,
            answers: answers, width: EnvironmentPolicy.columns(variables: environment.variables))
        let outcome = Consultation.whatIf(knowledge: knowledge, settings: settings, changed: changed)
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
        if let refusal = refuseOutputOverAnInput() { return refusal }
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

    /// Everything on standard input, lines joined with `\n` (for `--answers -`), or `nil` when it
    /// is longer than ``InputLimit/bytes`` (reading stops there).
    private func readStandardInput() -> [UInt8]? {
        var bytes: [UInt8] = []
        while let line = console.readLine() {
            bytes += line.utf8
            bytes.append(0x0A)
            if bytes.count > InputLimit.bytes { return nil }
        }
        return bytes
    }
}

/// The messages of the command line itself (the consultation and the loader have their own).
/// Paths are shown with their control characters escaped (`\u{1B}`).
enum Messages {
    /// `error: ` or `fout: `.
    static func error(in language: Language) -> String {
        switch language {
        case .en: return "error: "
        case .nl: return "fout: "
        }
    }

    /// `readiness` or `--readiness` with a knowledge base that has no check of the five conditions.
    static func noReadinessCheck(in language: Language) -> String {
        switch language {
        case .nl:
            return "deze kennisbank heeft geen check van de vijf voorwaarden (geen ja/nee-vraag "
                + "'\(ReadinessCheck.gateID)' waar andere vragen van afhangen)"
        case .en:
            return "this knowledge base has no check of the five conditions (no yes-no question "
                + "'\(ReadinessCheck.gateID)' that other questions depend on)"
        }
    }

    /// `--partners`: the folder for the partners' answers is missing or no folder.
    static func partnerFolderMissing(_ path: String, in language: Language) -> String {
        let shown = ControlCharacters.escaped(path)
        switch language {
        case .nl:
            return
                "fout: '\(shown)' is geen map; met --partners kiest --save de map voor de antwoorden van de partners\n"
        case .en:
            return
                "error: '\(shown)' is not a folder; with --partners, --save names the folder for the partners' answers\n"
        }
    }

    /// `--partners`: a partner's answers file exists already.
    static func partnerFileExists(_ path: String, in language: Language) -> String {
        let shown = ControlCharacters.escaped(path)
        switch language {
        case .nl:
            return
                "fout: '\(shown)' bestaat al en wordt niet overschreven; verplaats het of kies met --save een andere map\n"
        case .en:
            return
                "error: '\(shown)' exists already and is not replaced; move it or choose another folder with --save\n"
        }
    }

    /// `--partners`: where the partners' answers are saved.
    static func savingPartners(_ files: [String], in language: Language) -> String {
        let list = files.map { "'" + ControlCharacters.escaped($0) + "'" }
        switch language {
        case .nl:
            return "De antwoorden van elke partner worden na elk antwoord bewaard in "
                + ListPhrase.joining(list, with: "en") + ".\n"
        case .en:
            return "Each partner's answers are saved after every answer in " + ListPhrase.joining(list, with: "and")
                + ".\n"
        }
    }

    /// The answers file cannot be read.
    static func cannotRead(answersFile path: String, reason: FileSystemError, in language: Language) -> String {
        switch language {
        case .en: return "error: cannot read answers file '\(ControlCharacters.escaped(path))': \(reason)\n"
        case .nl: return "fout: kan antwoordbestand '\(ControlCharacters.escaped(path))' niet lezen: \(reason.dutch)\n"
        }
    }

    /// The saved answers of `--resume` cannot be read.
    static func cannotRead(savedAnswers path: String, reason: FileSystemError, in language: Language) -> String {
        switch language {
        case .en: return "error: cannot read saved answers '\(ControlCharacters.escaped(path))': \(reason)\n"
        case .nl:
            return "fout: kan opgeslagen antwoorden '\(ControlCharacters.escaped(path))' niet lezen: \(reason.dutch)\n"
        }
    }

    /// `--save` (or `--resume`) names the `--output` file.
    static func saveIsTheOutput(_ path: String, in language: Language) -> String {
        switch language {
        case .en:
            return
                "error: will not save the answers to '\(ControlCharacters.escaped(path))': the report is written there; choose another file\n"
        case .nl:
            return
                "fout: antwoorden niet opgeslagen in '\(ControlCharacters.escaped(path))': het advies wordt daarheen geschreven; kies een ander bestand\n"
        }
    }

    /// Shown before a resumed interview.
    static func resuming(count: Int, from path: String, in language: Language) -> String {
        switch (count, language) {
        case (1, .en): return "Continuing with 1 answer from '\(ControlCharacters.escaped(path))'.\n"
        case (_, .en): return "Continuing with \(count) answers from '\(ControlCharacters.escaped(path))'.\n"
        case (1, .nl): return "Verder met 1 antwoord uit '\(ControlCharacters.escaped(path))'.\n"
        case (_, .nl): return "Verder met \(count) antwoorden uit '\(ControlCharacters.escaped(path))'.\n"
        }
    }

    /// The output file cannot be created or written.
    static func cannotWrite(_ path: String, reason: FileSystemError, in language: Language) -> String {
        switch language {
        case .en: return "error: cannot write '\(ControlCharacters.escaped(path))': \(reason)\n"
        case .nl: return "fout: kan '\(ControlCharacters.escaped(path))' niet schrijven: \(reason.dutch)\n"
        }
    }

    /// Standard output did not take everything written to it (a full disk, a closed stream).
    static func cannotWriteOutput(reason: String, in language: Language) -> String {
        switch language {
        case .en: return "error: cannot write standard output: \(reason)\n"
        case .nl: return "fout: kan niet naar standaarduitvoer schrijven: \(reason)\n"
        }
    }

    /// The output file is one of the run's inputs.
    static func outputIsAnInput(_ path: String, in language: Language) -> String {
        switch language {
        case .en:
            return
                "error: will not write the output to '\(ControlCharacters.escaped(path))': this run reads it as input; choose another file\n"
        case .nl:
            return
                "fout: uitvoer niet naar '\(ControlCharacters.escaped(path))' geschreven: deze opdracht leest het als invoer; kies een ander bestand\n"
        }
    }

    /// Where the output went, for a person at a terminal.
    static func written(to path: String, in language: Language) -> String {
        switch language {
        case .en: return "Written to '\(ControlCharacters.escaped(path))'.\n"
        case .nl: return "Geschreven naar '\(ControlCharacters.escaped(path))'.\n"
        }
    }
}
