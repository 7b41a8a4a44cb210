import Utilities

extension Suggestion {
    /// `"; did you mean 'x'?"` when a candidate is close (see ``Suggestion/closest(to:among:)``),
    /// else `""`: the tail of an English knowledge diagnostic.
    static func didYouMean(_ word: String, among candidates: [String]) -> String {
        guard let candidate = closest(to: word, among: candidates) else { return "" }
        return "; did you mean '\(candidate)'?"
    }
}
