public import KnowledgeBase

/// A partner round: each partner answers the interview in turn, then the partners are compared
/// (`grondvorm advise --partners "A,B"`).
///
/// Every partner starts from no answers, so no partner's answers prefill another's. On a
/// terminal (``InputMode/interactive``) the screen is cleared before the next partner's turn and
/// the round waits for Enter, so the next partner does not see the previous answers. Like a
/// consultation, a round reads no files and writes to no stream but the ``Conversation``.
public enum PartnerRound {
    /// How a round ended.
    public enum Outcome: Sendable, Hashable {
        /// The comparison, rendered, ending with a newline; and every partner's answers, in order.
        case report(String, answers: [PartnerAnswers])
        /// This partner typed `stop`; no comparison was made.
        case stopped(partner: String)
        /// Input ended during this partner's turn, while this question was open.
        case inputEnded(partner: String, question: Question)

        /// The lines that say why there is no report, in `language`, each without a line ending;
        /// empty for ``report(_:answers:)``.
        public func messages(in language: Language) -> [String] {
            let phrases = Phrases(language: language)
            switch self {
            case .report:
                return []
            case .stopped(let partner):
                return [partner + ": " + phrases.stopped]
            case .inputEnded(let partner, let question):
                return [phrases.errorPrefix + partner + ": " + phrases.inputEnded(before: question)]
            }
        }
    }

    /// The escapes that clear a terminal and its scrollback and put the cursor at the top left.
    static let clearScreen = "\u{1B}[H\u{1B}[2J\u{1B}[3J"

    /// Interviews each partner in turn, then compares them.
    ///
    /// - Parameters:
    ///   - knowledge: The loaded knowledge base.
    ///   - partners: The partners' names, in turn order (at least two, unique).
    ///   - settings: Language, format, style and input mode (``InputMode/interactive`` or
    ///     ``InputMode/lineByLine``). Its answers are where every partner starts (the command line
    ///     puts only the readiness check's gate there, for `--readiness`); no partner's answers
    ///     prefill another's.
    ///   - conversation: The people being interviewed, one after the other.
    ///   - recorders: Where each partner's answers are recorded after every answer and once at
    ///     the end of the turn, by partner name (the command line saves them to one file per
    ///     partner); a partner without one is not recorded.
    /// - Returns: The comparison, or who stopped or ran out of input.
    /// - Complexity: One interview per partner, then ``Comparison/compare(knowledge:partners:)``.
    public static func run(
        knowledge: Knowledge, partners: [String], settings: ConsultationSettings, conversation: any Conversation,
        recorders: [String: any AnswerRecorder] = [:]
    ) -> Outcome {
        let phrases = Phrases(language: settings.language)
        var answered: [PartnerAnswers] = []
        for (index, name) in partners.enumerated() {
            if index > 0, settings.mode == .interactive {
                conversation.write(phrases.handOver(to: name))
                _ = conversation.readLine()
                conversation.write(clearScreen)
            }
            conversation.write(phrases.turn(index + 1, of: partners.count, partner: name) + "\n")
            var own = settings
            own.answers = AnswerSet(answers: settings.answers.answers, partner: name)
            let recorder = recorders[name].map { PartnerRecorder(partner: name, passingOnTo: $0) }
            var interview = Interview(
                knowledge: knowledge, settings: own, conversation: conversation, recorder: recorder)
            switch interview.run() {
            case .finished(let answers):
                let final = AnswerSet(answers: answers.answers, partner: name)
                recorder?.record(final)
                answered.append(PartnerAnswers(name: name, answers: final))
                conversation.write("\n" + phrases.turnDone(partner: name) + "\n")
            case .stopped:
                return .stopped(partner: name)
            case .inputEnded(let question):
                return .inputEnded(partner: name, question: question)
            }
        }
        conversation.write("\n")
        let result = Comparison.compare(knowledge: knowledge, partners: answered)
        return .report(ComparisonRenderer(knowledge: knowledge, settings: settings).render(result), answers: answered)
    }
}

/// Passes a partner's answers on with the partner's name, so that a saved file names its partner
/// (and `grondvorm compare` names it by that name).
private final class PartnerRecorder: AnswerRecorder {
    let partner: String
    let passingOnTo: any AnswerRecorder

    init(partner: String, passingOnTo: any AnswerRecorder) {
        self.partner = partner
        self.passingOnTo = passingOnTo
    }

    func record(_ answers: AnswerSet) {
        passingOnTo.record(AnswerSet(answers: answers.answers, partner: partner))
    }
}
