/// Counts of what a knowledge base declares, for `grondvorm check`.
extension Knowledge {
    /// How many of each kind of declaration a knowledge base holds.
    public struct Summary: Hashable, Sendable, CustomStringConvertible {
        /// Motives.
        public let motives: Int
        /// Questions.
        public let questions: Int
        /// Archetypes (always four in a sound base).
        public let archetypes: Int
        /// Agreements.
        public let agreements: Int
        /// Legal and organisational forms.
        public let forms: Int
        /// Signals.
        public let signals: Int
        /// Engine rules, written and generated.
        public let rules: Int
        /// Engine rules written as `rule`.
        public let writtenRules: Int
        /// Engine rules the language generated (`quadrant/…`, `agreements/…`, `fit/…`, `requirement/…`, `preference/…`).
        public var generatedRules: Int { rules - writtenRules }

        /// `12 motives, 30 questions, 4 archetypes, 14 agreements, 25 forms, 8 signals,
        /// 212 rules (80 written, 132 generated)`, with singulars where a count is 1.
        public var description: String {
            func count(_ number: Int, _ noun: String) -> String {
                "\(number) \(noun)\(number == 1 ? "" : "s")"
            }
            return [
                count(motives, "motive"), count(questions, "question"), count(archetypes, "archetype"),
                count(agreements, "agreement"), count(forms, "form"), count(signals, "signal"),
                count(rules, "rule") + " (\(writtenRules) written, \(generatedRules) generated)",
            ].joined(separator: ", ")
        }
    }

    /// The counts of this knowledge base.
    public var counts: Summary {
        Summary(
            motives: motives.count, questions: questions.count, archetypes: archetypes.count,
            agreements: agreements.count, forms: forms.count, signals: signals.count, rules: rules.count,
            writtenRules: rules.filter { $0.origin == .written }.count)
    }
}
