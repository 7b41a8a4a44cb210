public import Inference

/// A loaded, validated knowledge base: the content plus the engine rules compiled from it.
public struct Knowledge: Sendable {
    /// The knowledge base's version, shown in every report.
    public let version: String
    /// The knowledge base's title.
    public let title: LocalizedText
    /// The motives, in declaration order (files by name).
    public let motives: [Motive]
    /// The questions, in declaration order.
    public let questions: [Question]
    /// The four archetypes, in declaration order.
    public let archetypes: [Archetype]
    /// The agreements, in declaration order.
    public let agreements: [Agreement]
    /// The legal and organisational forms, in declaration order.
    public let forms: [Form]
    /// What forms can or cannot do, in declaration order; every form states each one.
    public let properties: [Property]
    /// The signals, in declaration order.
    public let signals: [Signal]
    /// What forms must be able to do, in declaration order.
    public let requirements: [Requirement]
    /// How forms move up or down, in declaration order.
    public let preferences: [Preference]
    /// The rules for spraakverwarring between partners, in declaration order (the order a
    /// comparison lists its findings in).
    public let divergences: [Divergence]
    /// One entry per engine rule (written and generated), in rule-base order.
    public let rules: [RuleInfo]
    /// The compiled engine rule base.
    public let ruleBase: RuleBase
    /// The engine rules ``ruleBase`` was built from, in rule-base order: equal to
    /// `ruleBase.rules`, without rebuilding them from the compiled form.
    public let engineRules: [Rule]
    /// Positions by id, for the lookups below.
    private let index: Index

    /// Creates a knowledge base from its parts; the loader is the only caller.
    init(
        version: String, title: LocalizedText, motives: [Motive], questions: [Question], archetypes: [Archetype],
        agreements: [Agreement], forms: [Form], properties: [Property], signals: [Signal],
        requirements: [Requirement], preferences: [Preference], divergences: [Divergence], rules: [RuleInfo],
        ruleBase: RuleBase, engineRules: [Rule]
    ) {
        self.version = version
        self.title = title
        self.motives = motives
        self.questions = questions
        self.archetypes = archetypes
        self.agreements = agreements
        self.forms = forms
        self.properties = properties
        self.signals = signals
        self.requirements = requirements
        self.preferences = preferences
        self.divergences = divergences
        self.rules = rules
        self.ruleBase = ruleBase
        self.engineRules = engineRules
        self.index = Index(
            motives: Self.positions(motives.map(\.id)), questions: Self.positions(questions.map(\.id)),
            archetypes: Self.positions(archetypes.map(\.id)), agreements: Self.positions(agreements.map(\.id)),
            forms: Self.positions(forms.map(\.id)), properties: Self.positions(properties.map(\.id)),
            signals: Self.positions(signals.map(\.id)), divergences: Self.positions(divergences.map(\.id)),
            rules: Self.positions(rules.map(\.id)))
    }

    /// The motive with this id, if any.
    public func motive(_ id: String) -> Motive? { index.motives[id].map { motives[$0] } }
    /// The question with this id, if any.
    public func question(_ id: String) -> Question? { index.questions[id].map { questions[$0] } }
    /// The archetype with this id, if any.
    public func archetype(_ id: String) -> Archetype? { index.archetypes[id].map { archetypes[$0] } }
    /// The agreement with this id, if any.
    public func agreement(_ id: String) -> Agreement? { index.agreements[id].map { agreements[$0] } }
    /// The form with this id, if any.
    public func form(_ id: String) -> Form? { index.forms[id].map { forms[$0] } }
    /// The property with this id, if any.
    public func property(_ id: String) -> Property? { index.properties[id].map { properties[$0] } }
    /// The signal with this id, if any.
    public func signal(_ id: String) -> Signal? { index.signals[id].map { signals[$0] } }
    /// The divergence with this id, if any.
    public func divergence(_ id: String) -> Divergence? { index.divergences[id].map { divergences[$0] } }
    /// The text and origin of the engine rule with this id (written or generated), if any.
    public func rule(_ id: String) -> RuleInfo? { index.rules[id].map { rules[$0] } }

    /// Positions of each kind of declaration by id.
    private struct Index: Sendable {
        let motives: [String: Int]
        let questions: [String: Int]
        let archetypes: [String: Int]
        let agreements: [String: Int]
        let forms: [String: Int]
        let properties: [String: Int]
        let signals: [String: Int]
        let divergences: [String: Int]
        let rules: [String: Int]
    }

    private static func positions(_ ids: [String]) -> [String: Int] {
        var result: [String: Int] = [:]
        result.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() where result[id] == nil { result[id] = position }
        return result
    }
}
