/// The advice Grondvorm gave for one variant of one case, compared with what the case expects.
public struct CaseRun: Sendable, Hashable {
    /// Something the advice got wrong.
    public enum Problem: Sendable, Hashable {
        /// The first archetype is not one of the accepted ones (`nil`: no archetype at all).
        case wrongFirst(got: String?)
        /// The expected archetype is not among the two best archetypes with a positive score.
        case notInTopTwo
        /// A forbidden form reached the top three, at this rank (1 is first).
        case forbiddenForm(id: String, rank: Int)
        /// A signal the case expects was not raised.
        case missingSignal(id: String)
        /// The interview would ask this question, which the case does not answer (and which has
        /// no default to take instead).
        case unanswered(question: String)
    }

    /// The case's id.
    public let caseID: String
    /// The variant's name (`plain`, `surface`, `unknown`).
    public let variant: String
    /// The expected archetype.
    public let expected: String
    /// The accepted second archetype of a tussenvorm case.
    public let tussenvorm: String?
    /// The archetype the advice gives first, or `nil` when it gives none.
    public let got: String?
    /// The second archetype by score (positive scores only), if any.
    public let runnerUp: String?
    /// The questions the interview asked, in order.
    public let asked: [String]
    /// The interview's estimate of the number of questions, shown with the first question.
    public let firstEstimate: Int
    /// What went wrong, in the order: archetype, top two, forms, signals, interview.
    public let problems: [Problem]

    /// Whether the first archetype is an accepted one.
    public var isFirstRight: Bool {
        !problems.contains { if case .wrongFirst = $0 { return true } else { return false } }
    }

    /// Whether the expected archetype is among the two best.
    public var isInTopTwo: Bool { !problems.contains(.notInTopTwo) }
}
