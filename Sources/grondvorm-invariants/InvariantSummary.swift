import Advisor
import KnowledgeBase

/// The outcome of a run: what was checked, how long it took and what broke, as the text the
/// tool prints.
struct InvariantSummary {
    /// One answer set with the invariants it breaks.
    struct Failure {
        /// The answer set's position in the run (1-based), to find it again with the seed.
        let number: Int
        let answers: AnswerSet
        let violations: [InvariantViolation]
    }

    let knowledgeName: String
    let seed: UInt64
    let checked: Int
    let seconds: Double
    /// The failures shown in full, in run order.
    let shown: [Failure]
    /// Violations per invariant.
    let counts: [Invariant: Int]
    /// The invariants checked; the others are listed as not checked.
    let checkedInvariants: Set<Invariant>
    /// How many answer sets broke at least one invariant.
    let failingSets: Int
    /// Ids the invariants name that the knowledge lacks.
    let unknownNames: [String]

    var hasViolations: Bool { failingSets > 0 }

    /// The report, ending with a newline.
    func text(questions: [Question]) -> String {
        var out: [String] = []
        out.append("knowledge: \(knowledgeName), seed \(seed)")
        for name in unknownNames {
            out.append("warning: the knowledge has no \(name); invariants about it hold vacuously")
        }
        let perSecond = seconds > 0 ? Int((Double(checked) / seconds).rounded()) : 0
        out.append("checked \(checked) answer sets in \(Self.fixed(seconds)) s (\(perSecond) per second)")
        let total = counts.values.reduce(0, +)
        out.append("violations: \(total) in \(failingSets) answer sets")
        if !shown.isEmpty {
            out.append("")
            out.append("first \(shown.count) answer sets with violations:")
            for failure in shown {
                out.append("  #\(failure.number): " + failure.answers.assignments(in: questions).joined(separator: " "))
                for violation in failure.violations {
                    out.append("    [\(violation.invariant.rawValue)] \(violation.detail)")
                }
            }
        }
        out.append("")
        out.append("per invariant:")
        for invariant in Invariant.allCases {
            let count = checkedInvariants.contains(invariant) ? String(counts[invariant] ?? 0) : "-"
            out.append("  \(invariant.rawValue) \(count.leftPadded(to: 7))  \(invariant.summary)")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// `value` with one decimal.
    private static func fixed(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}

extension String {
    /// The string with spaces before it up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
