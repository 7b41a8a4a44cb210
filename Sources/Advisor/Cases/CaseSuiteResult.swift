/// The outcome of running the knowledge case suite.
public struct CaseSuiteResult: Sendable, Hashable {
    /// One run per case and variant, in suite order.
    public let runs: [CaseRun]
    /// The number of cases.
    public let caseCount: Int
    /// The number of rules in the knowledge base.
    public let ruleCount: Int
    /// The ids of the rules that fired in no run, in rule-base order.
    public let uncoveredRules: [String]
    /// The version of the knowledge base that gave the advice.
    public let knowledgeVersion: String

    /// The share of runs whose first archetype is right (1 when there are no runs).
    public var first: Double { share { $0.isFirstRight } }

    /// The share of runs whose expected archetype is among the two best.
    public var topTwo: Double { share { $0.isInTopTwo } }

    /// The runs with a forbidden form in the top three.
    public var runsWithForbiddenForms: Int {
        runs.filter { $0.problems.contains { if case .forbiddenForm = $0 { return true } else { return false } } }.count
    }

    /// The runs that miss an expected signal.
    public var runsMissingSignals: Int {
        runs.filter { $0.problems.contains { if case .missingSignal = $0 { return true } else { return false } } }.count
    }

    /// Whether the result reaches `bar`: the first and top-two shares, and every rule fired.
    public func reaches(_ bar: CaseSuite.Bar) -> Bool {
        first >= bar.first && topTwo >= bar.topTwo && uncoveredRules.isEmpty
    }

    private func share(_ isGood: (CaseRun) -> Bool) -> Double {
        guard !runs.isEmpty else { return 1 }
        return Double(runs.filter(isGood).count) / Double(runs.count)
    }
}
