/// Wraps text to a width at spaces, for terminal output.
enum TextWrapper {
    /// The width text output is wrapped to.
    static let width = 80

    /// `text` wrapped to ``width`` columns: the first line starts with `first`, the following
    /// ones with `rest`. A word longer than a line stays whole on its own line.
    static func wrap(_ text: String, first: String, rest: String, width: Int = TextWrapper.width) -> [String] {
        var lines: [String] = []
        var current = first
        var currentHasWord = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = currentHasWord ? current + " " + word : current + word
            if candidate.count > width, currentHasWord {
                lines.append(current)
                current = rest + word
            } else {
                current = candidate
            }
            currentHasWord = true
        }
        lines.append(current)
        return lines
    }
}
