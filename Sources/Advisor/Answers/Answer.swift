/// One answer to one question.
public enum Answer: Sendable, Hashable {
    /// The chosen option of a one-of question (its option id).
    case option(String)
    /// The chosen options of a many-of question (option ids, in the order given).
    case options([String])
    /// The answer to a yes-no question.
    case boolean(Bool)
    /// The answer to a scale question: a whole number within the scale.
    case number(Int)
}
