/// Where the answers given so far are kept while a consultation runs (`--save`, `--resume`).
///
/// The consultation calls ``record(_:)`` with every answer given in the interview (and after
/// an answer is taken back), and once more with the final answers, so that stopping at any
/// moment (Ctrl-C, a closed terminal) never loses an answer already given. The advisor does
/// not know where the answers go: the command line implements this protocol on its file
/// system, tests with a recording double.
public protocol AnswerRecorder: AnyObject {
    /// Keeps `answers`, replacing what was kept before.
    ///
    /// - Parameter answers: Every answer so far, the ones given in advance included.
    func record(_ answers: AnswerSet)
}
