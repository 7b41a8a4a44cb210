import Advisor

/// Keeps the last answers a consultation recorded (its final answers, defaults included) and
/// passes every record on to `next` (the `--save` file), if any.
final class AnswerCapture: AnswerRecorder {
    private let next: (any AnswerRecorder)?
    /// The answers recorded last, or `nil` before the first record.
    private(set) var last: AnswerSet?

    /// A capture that passes records on to `next`.
    init(passingOnTo next: (any AnswerRecorder)?) {
        self.next = next
    }

    func record(_ answers: AnswerSet) {
        last = answers
        next?.record(answers)
    }
}
