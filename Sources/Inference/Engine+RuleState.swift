extension Engine {
    /// What the engine knows about one rule: 16 bytes, a quarter of a cache line.
    ///
    /// A run updates the counts of every rule that reads a changed fact and reads the state of
    /// every rule it considers, both in random order over all the rules, so the size of this
    /// state is what a run of a large rule base waits for. Kept apart: the premise certainty of
    /// an active rule when it is below 1 (``Engine/premises``), and the conclusions after the
    /// first (``RuleProgram/conclusionStart``).
    struct RuleState: Sendable {
        /// For a rule whose premise is a conjunction of keys, the number of its key leaves
        /// whose fact is below the threshold; far below zero for every other rule (see
        /// ``RuleProgram/conjunctionSizes``). While it is positive the rule cannot be active.
        var unmetKeys: Int32
        /// Like ``unmetKeys``, the number of the conjunction's keys whose certainty is below 1.
        /// When it is 0 the premise scores exactly 1 without reading it.
        var uncertainKeys: Int32
        /// The key of the rule's first conclusion, kept here so that considering the rule finds
        /// the fact it supports without first reading the conclusion: one dependent cache miss
        /// fewer per firing in a large rule base.
        let firstKey: KeyID
        /// The index of the rule's first conclusion (the low 28 bits) and four flags.
        private var bits: UInt32

        /// The number of conclusions a rule base may hold: their indexes take 28 bits here.
        static let conclusionLimit = 1 << 28

        private static let activeFlag: UInt32 = 1 << 31
        private static let certainFirstConclusionFlag: UInt32 = 1 << 30
        private static let oneConclusionFlag: UInt32 = 1 << 29
        private static let certainPremiseFlag: UInt32 = 1 << 28
        private static let conclusionMask: UInt32 = 1 << 28 - 1

        /// An inactive rule.
        ///
        /// - Parameters:
        ///   - firstConclusion: Below ``conclusionLimit``.
        ///   - hasOneConclusion: Whether the rule concludes one fact, so that its conclusions
        ///     are known without a lookup.
        ///   - isFirstConclusionCertain: Whether the first conclusion's certainty is 1, so that
        ///     its contribution is the premise's certainty without reading the conclusion.
        init(
            unmetKeys: Int32, uncertainKeys: Int32, firstKey: KeyID, firstConclusion: Int32, hasOneConclusion: Bool,
            isFirstConclusionCertain: Bool
        ) {
            precondition(
                firstConclusion >= 0 && Int(firstConclusion) < Self.conclusionLimit, "RuleState: too many conclusions")
            self.unmetKeys = unmetKeys
            self.uncertainKeys = uncertainKeys
            self.firstKey = firstKey
            bits =
                UInt32(firstConclusion) | (hasOneConclusion ? Self.oneConclusionFlag : 0)
                | (isFirstConclusionCertain ? Self.certainFirstConclusionFlag : 0)
        }

        /// The index of the rule's first conclusion (see ``RuleProgram/conclusionStart``).
        var firstConclusion: Int { Int(bits & Self.conclusionMask) }
        /// Whether the rule has exactly one conclusion.
        var hasOneConclusion: Bool { bits & Self.oneConclusionFlag != 0 }
        /// Whether the first conclusion's certainty is 1.
        var isFirstConclusionCertain: Bool { bits & Self.certainFirstConclusionFlag != 0 }
        /// Whether the rule is active (and so each of its conclusions contributes).
        var isActive: Bool { bits & Self.activeFlag != 0 }
        /// Whether the rule is active with a premise certainty of exactly 1; an active rule
        /// whose premise scored below 1 keeps it in ``Engine/premises``.
        var hasCertainPremise: Bool { bits & Self.certainPremiseFlag != 0 }

        /// Records whether the rule is active and, if so, whether its premise scored exactly 1.
        mutating func setActive(_ isActive: Bool, certainPremise: Bool) {
            bits &= ~(Self.activeFlag | Self.certainPremiseFlag)
            if isActive { bits |= Self.activeFlag | (certainPremise ? Self.certainPremiseFlag : 0) }
        }
    }

    /// The premise certainty of the rule at `rank`: 0 while it is inactive.
    func premise(atRank rank: Int) -> Double { premise(of: rules[rank], atRank: rank) }

    /// The premise certainty of the rule at `rank`, whose state is `state` (already read).
    @inline(__always)
    func premise(of state: RuleState, atRank rank: Int) -> Double {
        guard state.isActive else { return 0 }
        return state.hasCertainPremise ? 1 : premises[rank]
    }

    /// The premise certainty of `rule`: 0 while it is inactive.
    func premise(of rule: RuleID) -> Double {
        premise(atRank: Int(ruleBase.program.rankOfRule[rule.index]))
    }

    /// Records that the rule at `rank` is active with premise certainty `score`, or inactive
    /// (`nil`). Only a premise below 1 is written to ``Engine/premises``, which exists from the
    /// first such premise on.
    mutating func setPremise(_ score: Double?, atRank rank: Int) {
        guard let score else {
            rules[rank].setActive(false, certainPremise: false)
            return
        }
        rules[rank].setActive(true, certainPremise: score == 1)
        guard score != 1 else { return }
        if premises.isEmpty { premises = [Double](repeating: 0, count: rules.count) }
        premises[rank] = score
    }
}
