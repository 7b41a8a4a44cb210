import Inference

/// A small rule base in the shape of a consultation: motives and a scale lead to an intent,
/// the intent (and whether partners are public) to an archetype, the archetype to forms.
enum SmallRuleBase {
    static let attributes: [AttributeDeclaration] = [
        AttributeDeclaration(name: "motive", cardinality: .multiple),
        AttributeDeclaration(name: "scale"),
        AttributeDeclaration(name: "public", defaultValue: .boolean(false)),
        AttributeDeclaration(name: "intent"),
        AttributeDeclaration(name: "archetype"),
        AttributeDeclaration(name: "form", cardinality: .multiple),
    ]

    static let rules: [Rule] = [
        rule("m1", .contains("motive", .symbol("innovate")), "intent", "renew", 0.8),
        rule("m2", .contains("motive", .symbol("efficiency")), "intent", "improve", 0.7),
        rule(
            "m3", .all([.contains("motive", .symbol("efficiency")), .compare("scale", .greaterOrEqual, 3)]),
            "intent", "improve", 0.5),
        rule("a1", .equals("intent", .symbol("renew")), "archetype", "ondernemend", 0.9),
        rule(
            "a2", .all([.equals("intent", .symbol("improve")), .notEquals("public", .boolean(true))]),
            "archetype", "functioneel", 0.8),
        rule("f1", .equals("archetype", .symbol("functioneel")), "form", "dvo", 0.7),
        rule(
            "f2", .all([.equals("archetype", .symbol("ondernemend")), .equals("public", .boolean(false))]),
            "form", "bv", 0.8),
        rule("f3", .all([.not(.equals("public", .boolean(false))), consortiumCase]), "form", "consortium", 0.6),
    ]

    static let consortiumCase = Condition.any([
        .equals("archetype", .symbol("verkennend")), .compare("scale", .greater, 10),
    ])

    static func ruleBase() throws -> RuleBase { try RuleBase(attributes: attributes, rules: rules) }

    private static func rule(
        _ id: String, _ premise: Condition, _ attribute: String, _ value: String, _ certainty: Double
    ) -> Rule {
        Rule(
            id: id, premise: premise,
            conclusions: [Conclusion(attribute: attribute, value: .symbol(value), certainty: certainty)])
    }
}
