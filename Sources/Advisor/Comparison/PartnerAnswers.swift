/// One partner's answers, under the name the comparison shows.
///
/// The command line names a partner after the `partner` field of its answers file, or else after
/// the file name without its extension.
public struct PartnerAnswers: Sendable, Hashable {
    /// The name shown in the comparison; unique among the partners compared.
    public var name: String
    /// The partner's answers, as read from its answers file.
    public var answers: AnswerSet

    /// Creates a partner's answers.
    public init(name: String, answers: AnswerSet) {
        self.name = name
        self.answers = answers
    }
}
