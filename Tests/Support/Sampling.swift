import Foundation

/// How many random cases a seeded test runs: a small sample by default, so `swift test` stays
/// fast, and the full set with `GRONDVORM_FULL_SAMPLE=1` (as `.ci/run` does).
public enum Sampling {
    /// The environment variable that asks for the full sample.
    public static let fullSampleVariable = "GRONDVORM_FULL_SAMPLE"

    /// Whether this run asks for the full sample.
    public static var isFull: Bool {
        !(ProcessInfo.processInfo.environment[fullSampleVariable] ?? "").isEmpty
    }

    /// `full` with the full sample, else `small`.
    public static func count(small: Int, full: Int) -> Int {
        isFull ? full : small
    }
}
