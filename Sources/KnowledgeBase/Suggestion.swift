/// "Did you mean" suggestions for unknown words.
enum Suggestion {
    /// The candidate closest to `word`, if one is close enough to be a likely typo.
    ///
    /// A candidate qualifies when its edit distance to `word` (insertions, deletions,
    /// substitutions and swaps of neighbours each count 1) is at most 2, or at most a third of
    /// `word`'s length when that is more, and smaller than `word`'s length. Among qualifying
    /// candidates the closest wins; ties go to the earlier candidate.
    ///
    /// - Complexity: O(c × n × m) for c candidates of length m and a word of length n.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let typed = Array(word.unicodeScalars)
        let limit = min(max(2, typed.count / 3), typed.count - 1)
        guard limit >= 1 else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let other = Array(candidate.unicodeScalars)
            guard abs(other.count - typed.count) <= limit else { continue }
            let distance = editDistance(typed, other)
            if distance <= limit, distance < (best?.distance ?? Int.max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// `"; did you mean 'x'?"` when a candidate is close, else `""`.
    static func didYouMean(_ word: String, among candidates: [String]) -> String {
        guard let candidate = closest(to: word, among: candidates) else { return "" }
        return "; did you mean '\(candidate)'?"
    }

    /// The optimal-string-alignment distance between two scalar arrays.
    private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
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
