/// The person an interview talks to: what is shown to them, and the lines they type.
///
/// The advisor never decides where the person is. The command line implements this protocol on
/// standard error (the terminal, in an interactive run), never on standard output, so that
/// standard output carries only the report; tests implement it with a scripted double.
public protocol Conversation: AnyObject {
    /// Shows `text` to the person as it is: a line ends with `\n`, a prompt does not.
    ///
    /// - Parameter text: Questions, progress, hints, or the answer to a command such as `?`.
    func write(_ text: String)

    /// Reads the next line the person typed, without its line ending.
    ///
    /// - Returns: The line, or `nil` when input has ended (a normal outcome: the consultation
    ///   ends with ``Consultation/Outcome/inputEnded(_:)``).
    func readLine() -> String?
}
