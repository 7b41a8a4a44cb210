/// Lists of words as a sentence: `a`, `a and b`, `a, b and c`.
public enum ListPhrase {
    /// `items` joined with commas, and `conjunction` before the last one (no serial comma).
    ///
    /// - Parameters:
    ///   - items: The words, in order.
    ///   - conjunction: The word before the last item, for example `and`, `en`, `or` or `of`.
    /// - Returns: The list; empty for no items.
    /// - Complexity: O(n) in the total length.
    public static func joining(_ items: [String], with conjunction: String) -> String {
        guard let last = items.last else { return "" }
        guard items.count > 1 else { return last }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}
