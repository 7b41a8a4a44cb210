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
        let settings = ConsultationSettings(
            language: language, format: invocation.format, style: TextStyle(usesColor: colour),
            showsTrace: invocation.showsTrace, mode: mode,
            width: EnvironmentPolicy.columns(variables: variables))
        let outcome = PartnerRound.run(
            knowledge: knowledge, partners: invocation.partnerNames, settings: settings,
            conversation: ConsoleConversation(console: console))
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
}
