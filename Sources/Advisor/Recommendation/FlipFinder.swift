import Inference
import KnowledgeBase

/// Finds the answers that would change the archetype ("flips").
///
/// For every answer that took effect, in knowledge order, each alternative is tried on a fresh
/// engine with all other answers unchanged:
/// - one-of: every other option;
/// - many-of: toggling one option at a time (never leaving no option; an exclusive option,
///   such as "none of these", is never combined with another);
/// - yes-no: the opposite;
/// - scale: every other value when the scale has at most 11 values, else the ends and the
///   neighbours of the given value.
///
/// An alternative is a flip when the winning archetype differs (including "no archetype").
/// Questions that can reach the archetype neither through a live rule (the engine's
/// `influence`) nor by deciding whether another question applies are not tried. The work is
/// bounded by the total number of options of the remaining questions plus small constants.
///
/// Each try runs only the rules that can change the archetype or decide whether a question
/// applies (``archetypeRules(of:)``): forms, agreements and signals cannot flip the archetype,
/// and they are most of a knowledge base's rules. It asserts only the answers those rules or an
/// `applies-when` condition read: the others cannot change a fact such a rule reads (the rules
/// read only attributes that the same rules conclude or that are answered), nor which rule fires
/// when, nor whether a question applies, so leaving them out gives the same archetype scores.
struct FlipFinder {
    let knowledge: Knowledge
    /// The rules that can affect the archetype or an `applies-when` condition.
    private let ruleBase: RuleBase
    /// The attributes those rules and the `applies-when` conditions read or conclude.
    private let attributes: Set<String>
    /// For each attribute an `applies-when` reads, the questions whose condition reads it, in
    /// knowledge order (computed once: asked for every answer tried).
    private let gated: [String: [String]]
    /// Whether every `applies-when` reads answers only (no derived attribute): then changing an
    /// answer that no `applies-when` reads cannot change which questions apply, and an
    /// alternative can be tried on a copy of the session's engine (``Session/replacing(_:with:)``).
    private let appliesWhenReadsAnswersOnly: Bool

    /// A flip finder for `knowledge`.
    init(knowledge: Knowledge) {
        self.knowledge = knowledge
        let closure = Self.archetypeClosure(of: knowledge)
        self.ruleBase = closure.ruleBase
        self.attributes = closure.attributes
        var gated: [String: [String]] = [:]
        for question in knowledge.questions {
            for attribute in Set(question.appliesWhen?.attributes ?? []) where attribute != question.id {
                gated[attribute, default: []].append(question.id)
            }
        }
        self.gated = gated
        let questionIDs = Set(knowledge.questions.map(\.id))
        self.appliesWhenReadsAnswersOnly = gated.keys.allSatisfy(questionIDs.contains)
    }

    /// The rules whose conclusions can reach the archetype or an attribute that an
    /// `applies-when` condition reads, with every attribute still declared. A subset of an
    /// acyclic rule base is acyclic, so this cannot fail; should it, all rules are used.
    static func archetypeRules(of knowledge: Knowledge) -> RuleBase {
        archetypeClosure(of: knowledge).ruleBase
    }

    /// ``archetypeRules(of:)``, with the attributes those rules and the `applies-when`
    /// conditions read or conclude.
    private static func archetypeClosure(of knowledge: Knowledge) -> (ruleBase: RuleBase, attributes: Set<String>) {
        var needed: Set<String> = [DerivedAttribute.archetype.rawValue]
        for question in knowledge.questions {
            needed.formUnion(question.appliesWhen?.attributes ?? [])
        }
        let rules = knowledge.engineRules
        var kept = [Bool](repeating: false, count: rules.count)
        var changed = true
        while changed {
            changed = false
            for (index, rule) in rules.enumerated() where !kept[index] {
                guard rule.conclusions.contains(where: { needed.contains($0.attribute) }) else { continue }
                kept[index] = true
                needed.formUnion(rule.premise.attributes)
                changed = true
            }
        }
        let subset = rules.indices.filter { kept[$0] }.map { rules[$0] }
        guard let ruleBase = try? RuleBase(attributes: knowledge.ruleBase.attributes, rules: subset) else {
            // All rules: then every answer counts.
            return (knowledge.ruleBase, Set(knowledge.questions.map(\.id)))
        }
        return (ruleBase, needed)
    }

    /// The flips from `session`'s answers, grouped and ranked as ``Recommendation/flips``
    /// documents.
    ///
    /// - Parameter incremental: Whether an alternative to an answer that decides no other
    ///   question's applicability is tried on a copy of one engine with that answer replaced
    ///   (the default, several times cheaper), rather than on a fresh session; both give the
    ///   same flips (`FlipFinderTests` compares them).
    func flips(from session: Session, currentArchetype: String?, incremental: Bool = true) -> [Recommendation.Flip] {
        var groups: [[Recommendation.Flip]] = []
        // The answers the archetype's rules and the applies-when conditions can read; every
        // question tried below is among them (it reaches the archetype or gates a question).
        var readable = session.answers
        readable.answers = session.answers.answers.filter { attributes.contains($0.key) }
        // The same answers on the archetype's rules alone. Whether a question reaches the
        // archetype is asked of it: a chain of live rules from a question to the archetype
        // passes only rules that conclude what the archetype's rules read, and those rules, the
        // facts they read and whether they are live are the same as in `session`.
        let archetypeSession = Session(knowledge: knowledge, answers: readable, ruleBase: ruleBase)
        // Whether each question reaches the archetype, asked at most once per question: each
        // answer costs a relevance analysis over the archetype's rules.
        var reaching: [String: Bool] = [:]
        func reaches(_ id: String) -> Bool {
            if let known = reaching[id] { return known }
            let found = archetypeSession.engine.influence(of: id).contains(DerivedAttribute.archetype.rawValue)
            reaching[id] = found
            return found
        }
        for question in knowledge.questions where session.applied.contains(question.id) {
            guard let given = session.answers.answers[question.id] else { continue }
            // A question that cannot reach the archetype through any live rule cannot flip it,
            // unless it gates another question that can (then its answer changes which answers
            // apply).
            guard reaches(question.id) || gatesArchetypeQuestion(question.id, reaching: reaches) else { continue }
            var group: [Recommendation.Flip] = []
            let replaceable =
                incremental && appliesWhenReadsAnswersOnly && archetypeSession.applied.contains(question.id)
            /// The answers with `alternative` for this question: the session's engine with that
            /// answer replaced when that is valid, else a fresh session.
            func tried(_ alternative: Answer) -> Session {
                if replaceable {
                    let replaced = archetypeSession.replacing(question, with: alternative)
                    // Valid when no answered question this one gates changes whether it applies.
                    if unchangedApplicability(gatedBy: question.id, from: archetypeSession, to: replaced) {
                        return replaced
                    }
                }
                var answers = readable
                answers.answers[question.id] = alternative
                return Session(knowledge: knowledge, answers: answers, ruleBase: ruleBase)
            }
            for alternative in Self.alternatives(to: given, of: question) {
                let scores = RecommendationBuilder.scores(in: tried(alternative))
                let changed = scores.first.flatMap { $0.score > 0 ? $0 : nil }
                if changed?.id != currentArchetype {
                    group.append(
                        Recommendation.Flip(
                            question: question.id, given: given, alternative: alternative, archetype: changed?.id,
                            score: changed?.score ?? 0))
                }
            }
            // Stable sorts keep option order within a question and knowledge order between them.
            if !group.isEmpty { groups.append(Self.stableSorted(group) { $0.score > $1.score }) }
        }
        return Self.stableSorted(groups) { ($0.first?.score ?? 0) > ($1.first?.score ?? 0) }.flatMap { $0 }
    }

    /// Whether every answered question whose `applies-when` reads `attribute` applies in
    /// `after` exactly when it applied in `before` (and `before` applied exactly those whose
    /// condition holds at its end). Then replacing the answer to `attribute` changed no other
    /// answer's effect, so the replaced session equals a fresh one (every `applies-when` reads
    /// answers only, see ``appliesWhenReadsAnswersOnly``).
    private func unchangedApplicability(gatedBy attribute: String, from before: Session, to after: Session) -> Bool {
        (gated[attribute] ?? []).allSatisfy { id in
            guard before.answers.answers[id] != nil, let other = knowledge.question(id) else { return true }
            let applied = before.applied.contains(id)
            return before.applies(other) == applied && after.applies(other) == applied
        }
    }

    /// `items` sorted by `isBefore`, keeping the given order among equal items.
    private static func stableSorted<T>(_ items: [T], by isBefore: (T, T) -> Bool) -> [T] {
        items.enumerated().sorted { lhs, rhs in
            isBefore(lhs.element, rhs.element) || (!isBefore(rhs.element, lhs.element) && lhs.offset < rhs.offset)
        }.map(\.element)
    }

    /// Whether `attribute` decides whether another question applies that can itself change
    /// the archetype (so changing it can change which answers count).
    ///
    /// - Parameter reaches: Whether a question can change the archetype through live rules.
    private func gatesArchetypeQuestion(_ attribute: String, reaching reaches: (String) -> Bool) -> Bool {
        (gated[attribute] ?? []).contains(where: reaches)
    }

    /// The alternatives to try for `given`, in option (or numeric) order.
    static func alternatives(to given: Answer, of question: Question) -> [Answer] {
        switch (question.kind, given) {
        case (.oneOf, .option(let chosen)):
            return question.options.map(\.id).filter { $0 != chosen }.map { .option($0) }
        case (.manyOf, .options(let chosen)):
            let order = question.options.map(\.id)
            let exclusive = Set(question.options.filter(\.isExclusive).map(\.id))
            return order.compactMap { option -> Answer? in
                var toggled = chosen.contains(option) ? chosen.filter { $0 != option } : chosen + [option]
                // An exclusive option ("none of these") stands alone: adding it replaces the
                // others, adding another option replaces it.
                if !chosen.contains(option) {
                    toggled = exclusive.contains(option) ? [option] : toggled.filter { !exclusive.contains($0) }
                }
                guard !toggled.isEmpty else { return nil }
                return .options(order.filter(toggled.contains))
            }
        case (.yesNo, .boolean(let flag)):
            return [.boolean(!flag)]
        case (.scale(let min, let max), .number(let value)):
            let candidates = max - min <= 10 ? Array(min...max) : [min, value - 1, value + 1, max]
            var seen: Set<Int> = [value]
            return candidates.filter { (min...max).contains($0) && seen.insert($0).inserted }.sorted().map {
                .number($0)
            }
        case (.oneOf, _), (.manyOf, _), (.yesNo, _), (.scale, _):
            return []
        }
    }
}
