/// The form the user had in mind, and the verdict the report gives it.
extension Recommendation {
    /// The form named in answer to the question that lists the forms (`welke-vorm`), with an
    /// explicit verdict.
    ///
    /// The verdict is decided in this order:
    /// 1. ``Verdict/excluded``: a requirement excluded the form; ``reasons`` are the
    ///    requirement rules that did.
    /// 2. ``Verdict/fits``: the form is among the ``topForms``.
    /// 3. ``Verdict/heavier`` or ``Verdict/lighter``: its `weight` is above (below) the weight of
    ///    every top form.
    /// 4. ``Verdict/poor``: otherwise (it is possible, but ranks low), and also when no form fits
    ///    at all, so there is nothing to compare it with.
    public struct ChosenForm: Sendable, Hashable {
        /// How the form compares with the forms that fit.
        public enum Verdict: String, Sendable, Hashable, CaseIterable {
            /// Among the top forms.
            case fits
            /// Possible, but heavier than every top form.
            case heavier
            /// Possible, but lighter than every top form.
            case lighter
            /// Possible, but it ranks low.
            case poor
            /// Not possible here: a requirement excluded it.
            case excluded
        }

        /// The form id.
        public let id: String
        /// The verdict.
        public let verdict: Verdict
        /// For ``Verdict/excluded``: the requirement rules that excluded the form, as in
        /// ``Recommendation/excludedForms``; empty for every other verdict.
        public let reasons: [Reason]
    }

    /// How many of the best-ranked offered forms count as "the forms that fit" (the top three).
    public static let topFormCount = 3

    /// The forms the report offers: those with a positive fit, best first.
    ///
    /// - Complexity: O(f) for f ranked forms.
    public var offeredForms: [RankedForm] { forms.filter(\.isOffered) }

    /// The first ``topFormCount`` offered forms, best first (fewer when fewer are offered).
    ///
    /// - Complexity: O(f) for f ranked forms.
    public var topForms: [RankedForm] { Array(offeredForms.prefix(Self.topFormCount)) }
}
