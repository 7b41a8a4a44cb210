import Utilities

extension Conversation {
    /// Shows a line (or several, separated by line feeds) to the person, each wrapped to `width`
    /// with a hanging indent under a bullet or number; whole when `width` is `nil`.
    func say(_ line: String, width: Int?) {
        guard let width else { return write(line + "\n") }
        let lines = line.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { TextWrapper.wrapHanging(String($0), width: width) }
        write(lines.joined(separator: "\n") + "\n")
    }

    /// Shows `items` as a numbered list, two spaces in, the numbers right-aligned (`  1. …`),
    /// each line wrapped as ``say(_:width:)`` does.
    func sayNumbered(_ items: [String], width: Int?) {
        let digits = String(items.count).count
        for (index, item) in items.enumerated() {
            let number = String(index + 1)
            say("  " + String(repeating: " ", count: digits - number.count) + "\(number). \(item)", width: width)
        }
    }

    /// Shows `prompt` (with no line ending) and reads the person's line; when `echoes` (input
    /// read line by line from a pipe), the line is shown after the prompt, escaped, so that a
    /// transcript reads like a typed one.
    ///
    /// - Returns: The line, or `nil` when input ended (after ending the prompt's line).
    func ask(_ prompt: String, echoes: Bool) -> String? {
        write(prompt)
        guard let line = readLine() else {
            write("\n")
            return nil
        }
        if echoes { write(ControlCharacters.escaped(Excerpt.of(line)) + "\n") }
        return line
    }
}
