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

    /// One line of free-form output (an interview's prompt, hint or list line) wrapped to `width`
    /// columns with a hanging indent: continuation lines line up under the text after the
    /// line's leading spaces and its bullet (`- `, `! `, `+ ` or a number such as `12. `).
    ///
    /// A line that fits, or one with no space to break at, is returned as it is, spaces
    /// included, so prompts keep their trailing space.
    ///
    /// - Complexity: O(n) in the length of `line`.
    public static func wrapHanging(_ line: String, width: Int = defaultWidth) -> [String] {
        guard line.count > width else { return [line] }
        let characters = Array(line)
        var start = 0
        while start < characters.count, characters[start] == " " { start += 1 }
        var bodyStart = start
        var index = start
        while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
        if index > start, index + 1 < characters.count, characters[index] == ".", characters[index + 1] == " " {
            bodyStart = index + 2
        } else if start + 1 < characters.count, "-!+*".contains(characters[start]), characters[start + 1] == " " {
            bodyStart = start + 2
        }
        let prefix = String(characters[..<bodyStart])
        let body = String(characters[bodyStart...])
        guard body.contains(" ") else { return [line] }
        return wrap(body, first: prefix, rest: String(repeating: " ", count: bodyStart), width: width)
    }
}
