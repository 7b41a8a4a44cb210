import Advisor
import KnowledgeBase

extension CommandRun {
    /// `grondvorm advise --partners "A,B"`: each partner answers in turn, then the comparison.
    ///
    /// Needs someone to ask: on a terminal each turn ends by handing the screen over (it is
    /// cleared, so the next partner does not see the previous answers); with typed input on
    /// standard input the partners' answers follow each other line by line.
    ///
    /// - Returns: ``ExitCode/success`` with the comparison delivered; ``ExitCode/failure`` (1)
    ///   when a partner typed `stop`; ``ExitCode/dataError`` (65) when input ended early.
    func adviseInTurn(with knowledge: Knowledge) -> ExitCode {
        if let refusal = refuseOutputOverAnInput() { return refusal }
        let variables = environment.variables
        let mode = EnvironmentPolicy.inputMode(
            invocation: invocation, inputIsTerminal: console.inputIsTerminal,
            errorIsTerminal: console.errorIsTerminal, variables: variables)
        let colour = EnvironmentPolicy.usesColor(
            streamIsTerminal: (invocation.outputPath.map { $0 == "-" } ?? true) && console.outputIsTerminal,
            variables: variables, disabled: invocation.disablesColor)
        var start = AnswerSet()
        if invocation.checksReadiness {
            guard let check = readinessCheck(in: knowledge) else { return .dataError }
            start = check.turnedOn(start)
        }
        let settings = ConsultationSettings(
            language: language, format: invocation.format, style: TextStyle(usesColor: colour),
            showsTrace: invocation.showsTrace, mode: mode, answers: start,
            width: EnvironmentPolicy.columns(variables: variables))
        // Each partner's answers are saved as they go, one file per partner, in the --save folder
        // (else the current one); a file that exists already is never replaced.
        let folderShown = invocation.savePath
        let folder = KnowledgeSource.resolve(folderShown ?? ".", against: environment.currentDirectory)
        guard fileSystem.kind(at: folder) == .folder else {
            console.writeError(Messages.partnerFolderMissing(folderShown ?? ".", in: language))
            return .cannotCreate
        }
        var recorders: [String: any AnswerRecorder] = [:]
        var shownFiles: [String] = []
        for (name, file) in zip(invocation.partnerNames, Self.partnerFileNames(invocation.partnerNames)) {
            let shown = folderShown.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + file } ?? file
            let path = folder + "/" + file
            if fileSystem.kind(at: path) != nil || outputFile.map({ fileSystem.isSameFile($0.resolved, path) }) == true
            {
                console.writeError(Messages.partnerFileExists(shown, in: language))
                return .cannotCreate
            }
            let saver = AnswersSaver(
                path: path, shownPath: shown, fileSystem: fileSystem, knowledge: knowledge, console: console,
                language: language)
            // The first save checks the file can be written before anything is asked.
            guard saver.save(AnswerSet(answers: start.answers, partner: name)) else { return .cannotCreate }
            recorders[name] = saver
            shownFiles.append(shown)
        }
        let conversation = ConsoleConversation(console: console)
        conversation.write(Messages.savingPartners(shownFiles, in: language))
        let outcome = PartnerRound.run(
            knowledge: knowledge, partners: invocation.partnerNames, settings: settings,
            conversation: conversation, recorders: recorders)
        switch outcome {
        case .report(let report, _):
            return deliver(report)
        case .stopped:
            console.writeError(outcome.messages(in: language).map { $0 + "\n" }.joined())
            return .failure
        case .inputEnded:
            console.writeError(outcome.messages(in: language).map { $0 + "\n" }.joined())
            return .dataError
        }
    }

    /// The file name of each partner's answers: the name in lower case, each run of characters
    /// other than letters and digits made one `-`, with `.json`; a name that gives no letter or
    /// digit becomes `partner-N`, and a repeated file name gets `-2`, `-3`.
    static func partnerFileNames(_ names: [String]) -> [String] {
        var used: Set<String> = []
        return names.enumerated().map { index, name in
            var slug = ""
            for character in name.lowercased() {
                if character.isLetter || character.isNumber {
                    slug.append(character)
                } else if !slug.isEmpty, slug.last != "-" {
                    slug.append("-")
                }
            }
            while slug.hasSuffix("-") { slug.removeLast() }
            if slug.isEmpty { slug = "partner-\(index + 1)" }
            var candidate = slug
            var number = 2
            while used.contains(candidate) {
                candidate = slug + "-\(number)"
                number += 1
            }
            used.insert(candidate)
            return candidate + ".json"
        }
    }
}
