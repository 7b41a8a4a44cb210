public import KnowledgeBase

/// The comparison of several partners' answers: one consultation per partner, one picture, and
/// where they talk past each other (spraakverwarring, domain.md 4.3).
///
/// Each partner's answers go through the same code as `advise --answers` without prompting:
/// defaults are filled in as Enter would, and a relevant question without an answer makes the
/// comparison end without a report (``Outcome/missing(_:)``). A comparison reads no files and
/// writes to no stream; the command line decides where the report goes and the exit code.
public enum Comparison {
    /// How a comparison ended.
    public enum Outcome: Sendable, Hashable {
        /// The comparison, rendered in the requested format and language, ending with a newline.
        case report(String)
        /// Some partners' answers are incomplete: per partner (in the order given) the questions
        /// without an answer, in the order the interview would ask them.
        case missing([MissingPartnerAnswers])

        /// The lines that say why there is no report, in `language`, each without a line ending;
        /// empty for ``report(_:)``. One line per missing answer, naming the partner.
        ///
        /// - Complexity: O(*m*) for *m* missing answers.
        public func messages(in language: Language) -> [String] {
            let phrases = Phrases(language: language)
            switch self {
            case .report:
                return []
            case .missing(let partners):
                return partners.flatMap { partner in
                    partner.questions.map { question in
                        phrases.errorPrefix
                            + phrases.missingInAnswersFile(
                                question, partner: partner.name, example: Comparison.jsonExample(for: question))
                    }
                }
            }
        }
    }

    /// A value for `question` in answers-file notation, for a missing-answer message: its
    /// default, else the first option (the first two for many-of), `true`, or the scale's minimum.
    static func jsonExample(for question: Question) -> String {
        let example = MissingAnswers.example(for: question)
        switch question.kind {
        case .oneOf: return "\"" + example + "\""
        case .manyOf: return "[" + example.split(separator: ",").map { "\"" + $0 + "\"" }.joined(separator: ", ") + "]"
        case .yesNo: return AnswerValue.yesNo(example).map { $0 ? "true" : "false" } ?? "true"
        case .scale: return example
        }
    }

    /// One partner whose answers are incomplete.
    public struct MissingPartnerAnswers: Sendable, Hashable {
        /// The partner's name.
        public let name: String
        /// The questions without an answer, in asking order.
        public let questions: [Question]
    }

    /// Compares the partners and renders the comparison.
    ///
    /// - Parameters:
    ///   - knowledge: The loaded knowledge base.
    ///   - partners: The partners with their answers, in the order to show them (at least two;
    ///     names unique).
    ///   - settings: Language, format and style (the mode and answers are not used).
    /// - Returns: ``Outcome/report(_:)``, or ``Outcome/missing(_:)`` listing every missing answer
    ///   of every partner at once.
    /// - Complexity: See ``compare(knowledge:partners:)``.
    public static func run(knowledge: Knowledge, partners: [PartnerAnswers], settings: ConsultationSettings) -> Outcome
    {
        var completed: [PartnerAnswers] = []
        var missing: [MissingPartnerAnswers] = []
        for partner in partners {
            let plan = MissingAnswers(knowledge: knowledge, answers: partner.answers)
            if plan.missing.isEmpty {
                completed.append(PartnerAnswers(name: partner.name, answers: plan.answers))
            } else {
                missing.append(MissingPartnerAnswers(name: partner.name, questions: plan.missing.map(\.question)))
            }
        }
        guard missing.isEmpty else { return .missing(missing) }
        let result = compare(knowledge: knowledge, partners: completed)
        return .report(ComparisonRenderer(knowledge: knowledge, settings: settings).render(result))
    }

    /// The comparison of `partners` as a value, without rendering; unanswered questions stay
    /// unknown (no defaults are filled in).
    ///
    /// - Complexity: One recommendation per partner plus O(*q* · *p*²) engine sessions for *q*
    ///   questions answered differently by *p* partners.
    public static func compare(knowledge: Knowledge, partners: [PartnerAnswers]) -> ComparisonResult {
        ComparisonBuilder(knowledge: knowledge).comparison(of: partners)
    }
}
