/// One answer set that breaks one invariant.
public struct InvariantViolation: Sendable, Hashable {
    /// The invariant broken.
    public let invariant: Invariant
    /// What is wrong, in one sentence naming the ids involved (for example
    /// "'stichting' is offered (rank 2) although profit must go to the partners").
    public let detail: String
}
