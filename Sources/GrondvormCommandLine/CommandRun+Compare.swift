import Advisor
import KnowledgeBase

extension CommandRun {
    /// Reads every partner's answers file, then compares the partners (`grondvorm compare`).
    ///
    /// - Returns: ``ExitCode/success`` with the comparison delivered; ``ExitCode/noInput`` (66)
    ///   when a file cannot be read; ``ExitCode/dataError`` (65) for bad answers (every problem of
    ///   every file at once) or missing answers (every partner's, at once); ``ExitCode/usage``
    ///   (64) when `--output` names one of the answers files.
    func compare(with knowledge: Knowledge) -> ExitCode {
        var partners: [PartnerAnswers] = []
        var problems: [AnswerProblem] = []
        for path in invocation.comparedPaths {
            guard
                let bytes = readInput(
                    path, failure: { Messages.cannotRead(answersFile: path, reason: $0, in: language) })
            else { return .noInput }
            do {
                let answers = try AnswerSet.parse(json: bytes, source: path, knowledge: knowledge)
                partners.append(
                    PartnerAnswers(name: answers.partner ?? Self.partnerName(forFile: path), answers: answers))
            } catch {
                problems += error.problems
            }
        }
        if let failure = report(problems) { return failure }
        if let refusal = refuseOutputOverAnInput() { return refusal }

        let colour = EnvironmentPolicy.usesColor(
            streamIsTerminal: invocation.outputPath.map { $0 == "-" } ?? true && console.outputIsTerminal,
            variables: environment.variables, disabled: invocation.disablesColor)
        let settings = ConsultationSettings(
            language: language, format: invocation.format, style: TextStyle(usesColor: colour), mode: .noPrompt,
            width: EnvironmentPolicy.columns(variables: environment.variables))
        let outcome = Comparison.run(knowledge: knowledge, partners: Self.uniquelyNamed(partners), settings: settings)
        switch outcome {
        case .report(let report):
            return deliver(report)
        case .missing:
            console.writeError(outcome.messages(in: language).map { $0 + "\n" }.joined())
            return .dataError
        }
    }

    /// The name of a partner whose answers file has no `partner` field: the file name without
    /// its folder and its last extension (`data/noord.json` → `noord`).
    static func partnerName(forFile path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
        return String(file[..<dot])
    }

    /// The partners with unique names: a name that occurs more than once gets ` (2)`, ` (3)`, …
    /// from its second occurrence on, in the order given.
    static func uniquelyNamed(_ partners: [PartnerAnswers]) -> [PartnerAnswers] {
        var seen: Set<String> = []
        return partners.map { partner in
            var name = partner.name
            var number = 2
            while seen.contains(name) {
                name = "\(partner.name) (\(number))"
                number += 1
            }
            seen.insert(name)
            return PartnerAnswers(name: name, answers: partner.answers)
        }
    }
}
