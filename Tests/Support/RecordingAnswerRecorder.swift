public import Advisor

/// An answer recorder that keeps every set it is given, in order, for tests of `--save`.
public final class RecordingAnswerRecorder: AnswerRecorder {
    /// Every recorded answer set, in order.
    public private(set) var records: [AnswerSet] = []

    /// An empty recorder.
    public init() {}

    public func record(_ answers: AnswerSet) {
        records.append(answers)
    }
}
