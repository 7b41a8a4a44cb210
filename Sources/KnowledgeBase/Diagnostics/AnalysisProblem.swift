/// A problem found by the checks over the rule base as a whole: conditions that can never hold,
/// questions and options no rule reads, ids no rule concludes, cycles, and forms that do not
/// follow from the archetype.
enum AnalysisProblem: Hashable, Sendable, CustomStringConvertible {
    /// A written rule whose condition can never hold.
    case neverFires(Owner, Satisfiability.Contradiction.Reason)
    /// A question's `applies-when`, or a requirement's or preference's `when`, that can never hold.
    case neverApplies(Owner, Satisfiability.Contradiction.Reason)
    /// An alternative of an `or` that can never hold, in a rule, a requirement or a preference.
    case partNeverHolds(Owner, Satisfiability.Contradiction.Reason)
    /// A question no rule reads.
    case questionNeverRead(String)
    /// A property no requirement or preference uses.
    case propertyNeverUsed(String)
    /// An option no rule reads, with where the option comes from.
    case optionNeverRead(String, question: String, source: OptionSource)
    /// An archetype, agreement, form or signal that no rule concludes with positive certainty.
    case neverConcluded(DeclarationKeyword, String)
    /// Rules that depend on each other in a circle.
    case cycle([CycleStep])
    /// A written rule that concludes a form without testing the archetype.
    case formWithoutArchetype(Owner, form: String)
    /// The engine refused the compiled rules (the checks before should make this impossible).
    case engineRejects(String)
    /// A declaration without a complete value although no problem was reported about it (the
    /// phases before should make this impossible).
    case incompleteWithoutProblem(Owner)

    /// Where an option comes from.
    enum OptionSource: Hashable, Sendable {
        /// An `option` block.
        case written
        /// `options motives`.
        case motive
        /// `options forms`.
        case form
    }

    /// One rule of a cycle: what it reads and what it concludes.
    struct CycleStep: Hashable, Sendable {
        /// The rule's id, or `nil` for a rule declared without a valid one.
        let rule: String?
        /// The attribute it reads.
        let reads: String
        /// The attribute it concludes.
        let concludes: String
    }

    /// The message.
    var description: String {
        switch self {
        case .neverFires(let owner, let reason):
            return "\(owner) can never fire: \(reason)"
        case .neverApplies(let owner, let reason):
            return "\(owner) can never apply: \(reason)"
        case .partNeverHolds(let owner, let reason):
            return "part of the condition of \(owner) can never hold: \(reason)"
        case .questionNeverRead(let question):
            return "no rule reads question '\(question)'"
        case .propertyNeverUsed(let property):
            return "no requirement or preference uses property '\(property)'"
        case .optionNeverRead(let option, let question, .written):
            return "no rule reads option '\(option)' of question '\(question)'"
        case .optionNeverRead(let option, let question, .motive):
            return "no rule reads motive '\(option)', an option of question '\(question)'"
        case .optionNeverRead(let option, let question, .form):
            return "no rule reads form '\(option)', an option of question '\(question)'"
        case .neverConcluded(let keyword, let id):
            return "no rule concludes \(keyword.rawValue) '\(id)' with positive certainty"
        case .cycle(let steps):
            let text = steps.map { step in
                (step.rule.map { "'\($0)'" } ?? "a rule without an id")
                    + " reads '\(step.reads)' and concludes '\(step.concludes)'"
            }
            return "rules form a cycle: " + text.joined(separator: "; ")
        case .formWithoutArchetype(let owner, let form):
            return "\(owner) concludes form '\(form)' without depending on the archetype; "
                + "a legal form may only follow from the archetype, never from motives or answers alone, "
                + "so test 'archetype' in its 'when'"
        case .engineRejects(let error):
            return "the engine rejects the compiled rules: \(error)"
        case .incompleteWithoutProblem(let owner):
            return "internal error: \(owner) is incomplete, but no problem about it was reported"
        }
    }
}
