/// What one engine reports after running a benchmark problem: the counts that must match
/// the expected ones, and the timings measured inside the process.
struct BenchResult: Equatable, Sendable {
    /// The number of rules loaded.
    var rules: Int
    /// The number of rules that fired.
    var fired: Int
    /// The number of facts in working memory at the fixpoint.
    var finalFacts: Int
    /// Seconds spent reading, parsing, building the rule base and engine, and asserting facts.
    var loadSeconds: Double
    /// Seconds spent running to the fixpoint.
    var runSeconds: Double

    /// The one-line JSON form: `{"rules": N, "fired": F, "final_facts": M, "load_s": x, "run_s": y}`.
    var jsonLine: String {
        "{\"rules\": \(rules), \"fired\": \(fired), \"final_facts\": \(finalFacts), "
            + "\"load_s\": \(Self.fixed(loadSeconds)), \"run_s\": \(Self.fixed(runSeconds))}"
    }

    /// The counts alone, as written to `PREFIX.expected.json`.
    var countsJSON: String {
        "{\"rules\": \(rules), \"fired\": \(fired), \"final_facts\": \(finalFacts)}"
    }

    /// `seconds` with six decimals (microseconds), without Foundation's formatter.
    static func fixed(_ seconds: Double) -> String {
        let micros = Int((max(0, seconds) * 1_000_000).rounded())
        let fraction = String(micros % 1_000_000)
        return "\(micros / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count) + fraction
    }
}
