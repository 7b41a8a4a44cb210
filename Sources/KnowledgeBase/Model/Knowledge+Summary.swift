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
        /// Properties of forms.
        public let properties: Int
        /// Signals.
        public let signals: Int
        /// Requirements.
        public let requirements: Int
        /// Preferences.
        public let preferences: Int
        /// Engine rules, written and generated.
        public let rules: Int
        /// Engine rules written as `rule`.
        public let writtenRules: Int
        /// Engine rules the language generated (`quadrant/…`, `agreements/…`, `fit/…`,
        /// `requirement/…`, `preference/…`).
        public var generatedRules: Int { rules - writtenRules }

        /// `27 motives, 22 questions, 4 archetypes, 20 agreements, 22 forms, 7 properties,
        /// 27 signals, 6 requirements, 16 preferences, 351 rules (98 written, 253 generated)`,
        /// with singulars where a count is 1.
        public var description: String {
            func count(_ number: Int, _ one: String, _ many: String) -> String {
                "\(number) \(number == 1 ? one : many)"
            }
            return [
                count(motives, "motive", "motives"), count(questions, "question", "questions"),
                count(archetypes, "archetype", "archetypes"), count(agreements, "agreement", "agreements"),
                count(forms, "form", "forms"), count(properties, "property", "properties"),
                count(signals, "signal", "signals"), count(requirements, "requirement", "requirements"),
                count(preferences, "preference", "preferences"),
                count(rules, "rule", "rules") + " (\(writtenRules) written, \(generatedRules) generated)",
            ].joined(separator: ", ")
        }
    }

    /// The counts of this knowledge base.
    public var counts: Summary {
        Summary(
            motives: motives.count, questions: questions.count, archetypes: archetypes.count,
            agreements: agreements.count, forms: forms.count, properties: properties.count, signals: signals.count,
            requirements: requirements.count, preferences: preferences.count, rules: rules.count,
            writtenRules: rules.filter { $0.origin == .written }.count)
    }
}
