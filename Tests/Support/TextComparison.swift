public import Testing

/// Compares texts line by line and shows where they differ, as `diff -u` would.
public enum TextComparison {
    /// Records an issue with a line diff when `actual` is not `expected`.
    ///
    /// - Parameters:
    ///   - actual: The text the code produced.
    ///   - expected: The text it should have produced.
    ///   - hint: A line added to the message, such as how to re-record a golden file.
    /// - Returns: Whether the texts are equal.
    @discardableResult
    public static func expectEqual(
        _ actual: String, _ expected: String, hint: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        guard actual != expected else { return true }
        var message = "texts differ (- expected, + actual):\n" + lineDiff(from: expected, to: actual)
        if let hint { message += "\n" + hint }
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        return false
    }

    /// The lines that differ between `old` and `new`, each with `context` unchanged lines around
    /// it: `-` for a line only in `old`, `+` for a line only in `new`, two spaces for a common
    /// line, and `@@ line N @@` (N counts in `old`, from 1) before each hunk. A missing final
    /// newline shows as `\ no newline at end`.
    ///
    /// - Returns: The diff; empty when the texts are equal.
    /// - Complexity: O(*n* · *m*) for texts of *n* and *m* lines.
    public static func lineDiff(from old: String, to new: String, context: Int = 2) -> String {
        let a = lines(old)
        let b = lines(new)
        // Longest common subsequence table, from the end.
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        enum Edit { case same(String), removed(String), added(String) }
        var edits: [(edit: Edit, oldLine: Int)] = []
        var (i, j) = (0, 0)
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                edits.append((.same(a[i]), i))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] {
                edits.append((.removed(a[i]), i))
                i += 1
            } else {
                edits.append((.added(b[j]), i))
                j += 1
            }
        }
        let changed = edits.indices.filter { if case .same = edits[$0].edit { return false } else { return true } }
        guard !changed.isEmpty else { return "" }
        var shown = Set<Int>()
        for index in changed {
            for near in max(0, index - context)...min(edits.count - 1, index + context) { shown.insert(near) }
        }
        var output: [String] = []
        var previous: Int?
        for index in shown.sorted() {
            if previous.map({ index != $0 + 1 }) ?? true { output.append("@@ line \(edits[index].oldLine + 1) @@") }
            switch edits[index].edit {
            case .same(let line): output.append("  " + line)
            case .removed(let line): output.append("- " + line)
            case .added(let line): output.append("+ " + line)
            }
            previous = index
        }
        return output.joined(separator: "\n")
    }

    /// The lines of `text`; a text without a final newline gets a marker line.
    private static func lines(_ text: String) -> [String] {
        var result = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if result.last == "" {
            result.removeLast()
        } else {
            result.append("\\ no newline at end")
        }
        return result
    }
}
