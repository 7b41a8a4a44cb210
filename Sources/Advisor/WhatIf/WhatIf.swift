/// What changes when some answers change: the recommendation for the changed answers next to
/// the original one (`--set question=value`).
///
/// Both recommendations are computed from scratch on fresh engines (``Consultation/recommend(knowledge:answers:)``),
/// so the comparison depends on the two answer sets only. Lists are in a fixed order: questions,
/// excluded forms and signals in knowledge order, fitting forms in ranking order, rules in
/// firing order.
public struct WhatIf: Sendable, Hashable {
    /// The recommendation for the original answers.
    public let before: Recommendation
    /// The recommendation for the changed answers.
    public let after: Recommendation
    /// What differs between them.
    public let changes: Changes

    /// The differences between two recommendations; empty lists and `nil` mean "unchanged".
    public struct Changes: Sendable, Hashable {
        /// The questions whose effective answer differs (given, changed or no longer applying),
        /// in knowledge order.
        public let answers: [String]
        /// The archetype before and after, when it changed (`nil` inside: no archetype).
        public let archetype: Transition<String?>?
        /// The intent axis before and after, when it moved by at least 0.005.
        public let intent: Transition<Double>?
        /// The nature axis before and after, when it moved by at least 0.005.
        public let nature: Transition<Double>?
        /// Forms that fit (a positive fit) after, and did not before.
        public let formsGained: [String]
        /// Forms that fitted before, and do not after.
        public let formsLost: [String]
        /// Forms excluded after, and not before.
        public let formsExcluded: [String]
        /// Forms excluded before, and not after.
        public let formsNoLongerExcluded: [String]
        /// Signals raised after, and not before.
        public let signalsRaised: [String]
        /// Signals raised before, and not after.
        public let signalsDropped: [String]
        /// Rules that fired after, and not before, in firing order.
        public let rulesNowFiring: [String]
        /// Rules that fired before, and not after, in firing order.
        public let rulesNoLongerFiring: [String]

        /// Whether the recommendation is the same in every respect listed.
        public var isEmpty: Bool {
            archetype == nil && intent == nil && nature == nil && formsGained.isEmpty && formsLost.isEmpty
                && formsExcluded.isEmpty && formsNoLongerExcluded.isEmpty && signalsRaised.isEmpty
                && signalsDropped.isEmpty && rulesNowFiring.isEmpty && rulesNoLongerFiring.isEmpty
        }
    }

    /// A value before and after.
    public struct Transition<Value: Sendable & Hashable>: Sendable, Hashable {
        /// The value before.
        public let from: Value
        /// The value after.
        public let to: Value
    }

    /// Compares two recommendations.
    ///
    /// - Parameters:
    ///   - before: The recommendation for the original answers.
    ///   - after: The recommendation for the changed answers.
    ///   - questionOrder: The question ids in knowledge order, for ``Changes/answers``.
    /// - Complexity: O(*n* log *n*) in the size of the two recommendations.
    public init(before: Recommendation, after: Recommendation, questionOrder: [String]) {
        self.before = before
        self.after = after
        func added(_ old: [String], _ new: [String]) -> [String] {
            let known = Set(old)
            return new.filter { !known.contains($0) }
        }
        func moved(_ old: Double, _ new: Double) -> Transition<Double>? {
            abs(old - new) >= 0.005 ? Transition(from: old, to: new) : nil
        }
        let fittingBefore = before.forms.filter(\.isOffered).map(\.id)
        let fittingAfter = after.forms.filter(\.isOffered).map(\.id)
        let excludedBefore = before.excludedForms.map(\.id)
        let excludedAfter = after.excludedForms.map(\.id)
        let firedBefore = before.trace.map(\.rule)
        let firedAfter = after.trace.map(\.rule)
        changes = Changes(
            answers: questionOrder.filter { before.answers[$0] != after.answers[$0] },
            archetype: before.archetype?.id == after.archetype?.id
                ? nil : Transition(from: before.archetype?.id, to: after.archetype?.id),
            intent: moved(before.intent, after.intent),
            nature: moved(before.nature, after.nature),
            formsGained: added(fittingBefore, fittingAfter),
            formsLost: added(fittingAfter, fittingBefore),
            formsExcluded: added(excludedBefore, excludedAfter),
            formsNoLongerExcluded: added(excludedAfter, excludedBefore),
            signalsRaised: added(before.signals, after.signals),
            signalsDropped: added(after.signals, before.signals),
            rulesNowFiring: added(firedBefore, firedAfter),
            rulesNoLongerFiring: added(firedAfter, firedBefore))
    }
}
