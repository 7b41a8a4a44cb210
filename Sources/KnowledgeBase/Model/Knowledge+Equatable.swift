import Inference

/// Two knowledge bases are equal when everything they hold is: every declaration, every rule's
/// text and origin, and the engine's attribute declarations and rules (``Knowledge/engineRules`` and
/// the rules the rule base gives back).
///
/// The rule base is compared by what it was built from (``RuleBase/attributes`` and
/// ``RuleBase/rules``, which give back equal values); equal inputs build equal rule bases.
extension Knowledge: Equatable {
    /// Whether `lhs` and `rhs` hold the same knowledge.
    ///
    /// - Complexity: O(*n*) in the size of the knowledge.
    public static func == (lhs: Knowledge, rhs: Knowledge) -> Bool {
        lhs.version == rhs.version && lhs.title == rhs.title && lhs.motives == rhs.motives
            && lhs.questions == rhs.questions && lhs.archetypes == rhs.archetypes
            && lhs.agreements == rhs.agreements && lhs.forms == rhs.forms && lhs.properties == rhs.properties
            && lhs.signals == rhs.signals && lhs.requirements == rhs.requirements
            && lhs.preferences == rhs.preferences && lhs.divergences == rhs.divergences && lhs.rules == rhs.rules
            && lhs.ruleBase.attributes == rhs.ruleBase.attributes && lhs.ruleBase.rules == rhs.ruleBase.rules
            && lhs.engineRules == rhs.engineRules
    }
}
