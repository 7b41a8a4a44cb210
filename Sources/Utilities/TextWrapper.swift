/// Wraps text at spaces to a width: the one wrapper for help, interview and reports.
public enum TextWrapper {
    /// The width used when the terminal's width is unknown.
    public static let defaultWidth = 80

    /// `text` wrapped to `width` columns (counted in characters): the first line starts with
    /// `first`, the following ones with `rest`.
    ///
    /// Runs of spaces between words collapse to one. A word longer than a line stays whole on a
    /// line of its own. Empty text gives one line holding `first`.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public static func wrap(_ text: String, first: String, rest: String, width: Int = defaultWidth) -> [String] {
        var lines: [String] = []
        var current = first
        var currentCount = first.count
        var currentHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if currentHasWord, currentCount + 1 + word.count > width {
                lines.append(current)
                current = rest + word
                currentCount = rest.count + word.count
            } else {
                current += (currentHasWord ? " " : "") + word
                currentCount += (currentHasWord ? 1 : 0) + word.count
            }
            currentHasWord = true
        }
        lines.append(current)
        return lines
    }
}
