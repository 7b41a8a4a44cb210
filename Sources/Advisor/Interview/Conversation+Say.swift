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
}
