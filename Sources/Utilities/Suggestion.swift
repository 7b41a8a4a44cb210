/// "Did you mean" suggestions for words that are not known: the one rule for the whole package
/// (knowledge diagnostics, answers, typed answers and the command line).
public enum Suggestion {
    /// The candidate closest to `word`, if one is close enough to be a likely typo.
    ///
    /// Words are compared without regard to case. A candidate qualifies when its edit distance
    /// to `word` (``editDistance(_:_:)``) is at most 2, or at most a third of `word`'s length when
    /// that is more, and smaller than `word`'s length (so a one-letter word never gets a
    /// suggestion); or when `word` has at least three letters and the candidate starts with it
    /// (`quest` for `questions`). A candidate equal to `word` is not a suggestion. Among
    /// qualifying candidates the closest wins, a continuation counting as one edit; ties go to
    /// the earlier candidate, so the result is deterministic.
    ///
    /// - Parameters:
    ///   - word: What the user wrote.
    ///   - candidates: The known words, in the order that breaks ties.
    /// - Returns: The closest candidate, or `nil` when none is close enough.
    /// - Complexity: O(c × n × m) for c candidates of length m and a word of length n.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let typed = Array(word.lowercased().unicodeScalars)
        let limit = min(max(2, typed.count / 3), typed.count - 1)
        guard limit >= 1 else { return nil }
        var best: (candidate: String, rank: Int)?
        for candidate in candidates where candidate != word {
            let other = Array(candidate.lowercased().unicodeScalars)
            let continues = typed.count >= 3 && other.count > typed.count && other.starts(with: typed)
            var rank = Int.max
            if abs(other.count - typed.count) <= limit {
                let distance = editDistance(typed, other)
                if distance <= limit { rank = distance }
            }
            if continues { rank = min(rank, 1) }
            if rank < (best?.rank ?? Int.max) { best = (candidate, rank) }
        }
        return best?.candidate
    }

    /// The optimal-string-alignment distance between two scalar sequences: insertions,
    /// deletions, substitutions and swaps of neighbours each count 1.
    ///
    /// - Complexity: O(n × m) time and O(m) memory.
    public static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
