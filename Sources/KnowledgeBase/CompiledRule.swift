import Inference

/// That a condition reads an attribute, and which value (`nil`: any value, as `is known` does).
struct Read: Hashable, Sendable {
    /// The attribute read.
    let attribute: String
    /// The value tested, or `nil` when the test concerns every value.
    let value: String?
}

/// An engine rule on its way to the rule base, with what the analysis needs to know about it.
struct CompiledRule: Sendable {
    /// The engine rule id (`kosten-is-verbeteren`, `fit/stichting/functioneel`, …).
    let id: String
    /// The premise; `nil` when the written condition has errors (already reported).
    let premise: Condition?
    /// The written condition, for contradiction messages (written rules and constraints).
    let premiseSyntax: ConditionSyntax?
    /// What the premise reads, also when it has errors (so one mistake does not cascade).
    let reads: [Read]
    /// The valid conclusions.
    let conclusions: [Conclusion]
    /// Where each conclusion's attribute is written (parallel to `conclusions`).
    let conclusionSpans: [Span]
    /// What conclusions with an unknown value probably meant (`nil` value: could be any), so
    /// that a typo does not also make the meant id look never concluded.
    var assumedConclusions: [Read] = []
    /// The agenda priority.
    let salience: Int
    /// The trace sentence.
    let because: LocalizedText
    /// Where the rule, or the declaration it comes from, is.
    let span: Span
    /// Written or generated.
    let origin: RuleInfo.Origin
    /// Whether it enters the rule base (it has a valid id that is not a duplicate).
    let isIncluded: Bool
    /// Whether its premise can never hold (set by the analysis).
    var neverFires = false

    /// Whether the rule was written as a `rule`.
    var isWritten: Bool {
        if case .written = origin { return true }
        return false
    }
}
