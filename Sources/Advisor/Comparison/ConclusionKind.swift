/// A kind of conclusion that a different answer can move, in the order they are listed.
public enum ConclusionKind: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The intent axis (verbeteren … vernieuwen) moves by at least
    /// ``ComparisonResult/movementThreshold``.
    case intent
    /// The nature axis (uitwisselen … delen) moves by at least
    /// ``ComparisonResult/movementThreshold``.
    case nature
    /// The archetype changes (including to or from no archetype).
    case archetype
    /// The best-fitting form changes, or a form enters or leaves the best-fitting ones (the
    /// first ``Conclusions/shownForms`` with a positive fit).
    case forms
    /// A signal is raised or no longer raised.
    case signals

    public static func < (lhs: ConclusionKind, rhs: ConclusionKind) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
