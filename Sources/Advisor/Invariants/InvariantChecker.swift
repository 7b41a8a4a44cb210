import Inference
public import KnowledgeBase

/// Checks the ``Invariant``s on the recommendation for one answer set, computed by the same code
/// the binary uses (``Consultation/recommend(knowledge:answers:)``, without the flip search, which
/// changes no form or signal).
///
/// What is generic and what is named:
/// - a and i follow from the recommendation and the signals' `about-forms`;
/// - b reads every requirement and every form's properties (no form is named);
/// - c reads the forms open to public authorities only from their properties
///   (`private-partners no` and `mixed-partners no`), or else uses the Wgr forms of
///   `forms-public.gvk` by id;
/// - d to h name the questions, options, forms and signals of the issue's list (``names``); an
///   id the knowledge lacks makes its invariant vacuous, and ``unknownNames`` lists such ids.
public struct InvariantChecker {
    /// The ids the invariants d to h (and the fallback of c) are about.
    enum Names {
        /// The many-of question of who takes part, and its options.
        static let partners = "partners"
        static let publicAuthorities = "overheden"
        static let semiPublic = "semipubliek"
        static let foreign = "buitenland"
        /// The option that says the partners compete: a trait of the partners, not a kind of
        /// partner, so public authorities that compete are still only public authorities.
        static let competitors = "concurrenten"
        /// Yes-no: must profit go to the partners.
        static let profitDistribution = "winstuitkering"
        /// Yes-no: must councils steer directly.
        static let councilControl = "democratische-sturing"
        /// Forms that may not distribute profit.
        static let nonProfitForms = ["stichting", "vereniging"]
        /// The private legal persons.
        static let privateLegalPersons = ["stichting", "vereniging", "cooperatie-ua", "bv-nv-joint-venture"]
        /// The European economic interest grouping.
        static let eeig = "eesv"
        /// The Wgr forms, when no property tells them apart.
        static let wgrForms = [
            "openbaar-lichaam", "bedrijfsvoeringsorganisatie", "gemeenschappelijk-orgaan", "centrumregeling",
            "regeling-zonder-meer", "dvo-werkorganisatie",
        ]
        /// The archetypes in which a contracting authority must mind procurement.
        static let procurementArchetypes = ["functioneel", "ondernemend"]
        static let article160Signal = "art-160-gemeentewet"
        static let procurementSignal = "aanbesteding"
    }

    private let knowledge: Knowledge
    private let builder: RecommendationBuilder
    private let formsByID: [String: Form]
    /// The forms open to public authorities only (invariant c), in knowledge order.
    public let wgrForms: [String]

    /// A checker for `knowledge`.
    ///
    /// - Complexity: O(f) for f forms, plus the flip finder's setup (see ``FlipFinder``).
    public init(knowledge: Knowledge) {
        self.knowledge = knowledge
        builder = RecommendationBuilder(knowledge: knowledge)
        let formsByID = Dictionary(knowledge.forms.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.formsByID = formsByID
        // Open to Dutch public authorities only: not to other parties, not to foreign ones.
        let byProperty = knowledge.forms.filter { form in
            form.properties["private-parties"] == false && form.properties["foreign-partners"] == false
        }
        wgrForms = byProperty.isEmpty ? Names.wgrForms.filter { formsByID[$0] != nil } : byProperty.map(\.id)
    }

    /// The ids the invariants name that `knowledge` does not have, as "kind 'id'" phrases, sorted;
    /// empty for the shipped knowledge.
    public var unknownNames: [String] {
        var missing: [String] = []
        let question = { (id: String) in knowledge.question(id) }
        for id in [Names.partners, Names.profitDistribution, Names.councilControl] where question(id) == nil {
            missing.append("question '\(id)'")
        }
        if let partners = question(Names.partners) {
            for id in [Names.publicAuthorities, Names.semiPublic, Names.foreign]
            where !partners.options.contains(where: { $0.id == id }) {
                missing.append("option '\(id)' of question '\(Names.partners)'")
            }
        }
        for id in Set(Names.nonProfitForms + Names.privateLegalPersons + [Names.eeig]) where formsByID[id] == nil {
            missing.append("form '\(id)'")
        }
        for id in [Names.article160Signal, Names.procurementSignal] where knowledge.signal(id) == nil {
            missing.append("signal '\(id)'")
        }
        for id in Names.procurementArchetypes where knowledge.archetype(id) == nil {
            missing.append("archetype '\(id)'")
        }
        return missing.sorted()
    }

    /// Every invariant the recommendation for `answers` breaks, in invariant order.
    ///
    /// - Complexity: One ``Session`` for the answers, plus O(r × t) for r requirements and the
    ///   t = 3 top forms.
    public func violations(for answers: AnswerSet) -> [InvariantViolation] {
        let (recommendation, session) = builder.consultation(for: answers, findsFlips: false)
        return violations(of: recommendation, in: session)
    }

    /// The invariants `recommendation` (read from `session`) breaks.
    func violations(of recommendation: Recommendation, in session: Session) -> [InvariantViolation] {
        var result: [InvariantViolation] = []
        func add(_ invariant: Invariant, _ detail: String) {
            result.append(InvariantViolation(invariant: invariant, detail: detail))
        }
        let offered = recommendation.offeredForms.map(\.id)
        let top = recommendation.topForms.map(\.id)
        let rank = { (id: String) in (offered.firstIndex(of: id) ?? 0) + 1 }
        let excluded = session.holding(.excludedForm)
        let answers = recommendation.answers
        // The kinds of partner that take part (`concurrenten` is not one).
        var partners: Set<String>?
        if case .options(let ids)? = answers[Names.partners] { partners = Set(ids).subtracting([Names.competitors]) }
        let partnerList = partners.map { $0.sorted().joined(separator: ",") } ?? ""

        // a
        for id in offered where excluded.contains(id) {
            add(.excludedFormOffered, "'\(id)' is offered (rank \(rank(id))) although it is excluded")
        }
        // b
        for requirement in knowledge.requirements
        where session.engine.certainty(of: requirement.condition).value >= session.engine.threshold {
            for id in top where formsByID[id]?.properties[requirement.property] == requirement.excludes {
                add(
                    .topFormLacksRequiredProperty,
                    "'\(id)' is in the top three (rank \(rank(id))), but requirement '\(requirement.id)' excludes "
                        + "forms where \(requirement.property) is \(requirement.excludes ? "yes" : "no")")
            }
        }
        // c
        if let partners, partners != [Names.publicAuthorities] {
            for id in offered where wgrForms.contains(id) {
                add(
                    .wgrFormWithoutOnlyPublicPartners,
                    "'\(id)' is offered (rank \(rank(id))) although the partners are \(partnerList)")
            }
        }
        // d
        if answers[Names.profitDistribution] == .boolean(true) {
            for id in offered where Names.nonProfitForms.contains(id) {
                add(
                    .nonProfitFormWithProfitDistribution,
                    "'\(id)' is offered (rank \(rank(id))) although profit must go to the partners")
            }
        }
        // e
        if let partners, !partners.contains(Names.foreign), offered.contains(Names.eeig) {
            add(
                .eeigWithoutForeignPartner,
                "'\(Names.eeig)' is offered (rank \(rank(Names.eeig))) although the partners are \(partnerList)")
        }
        // f
        if partners == [Names.publicAuthorities], answers[Names.councilControl] == .boolean(true),
            let first = offered.first, Names.privateLegalPersons.contains(first)
        {
            add(
                .privateLegalPersonFirstUnderCouncilControl,
                "'\(first)' is first although only public authorities take part and their councils must steer")
        }
        // g
        if let partners, partners.contains(Names.publicAuthorities),
            let form = top.first(where: Names.privateLegalPersons.contains),
            !recommendation.signals.contains(Names.article160Signal)
        {
            add(
                .missingArticle160Signal,
                "'\(form)' is in the top three (rank \(rank(form))) with public authorities among the partners, "
                    + "but the signal '\(Names.article160Signal)' is missing")
        }
        // h
        if let partners, !partners.isDisjoint(with: [Names.publicAuthorities, Names.semiPublic]),
            let archetype = recommendation.archetype?.id, Names.procurementArchetypes.contains(archetype),
            !recommendation.signals.contains(Names.procurementSignal)
        {
            add(
                .missingProcurementSignal,
                "the archetype is '\(archetype)' and the partners are \(partnerList), but the signal "
                    + "'\(Names.procurementSignal)' is missing")
        }
        // i
        let chosen = FormVerdict.chosenFormID(in: answers, knowledge: knowledge)
        for id in recommendation.signals {
            guard let signal = knowledge.signal(id), !signal.aboutForms.isEmpty else { continue }
            if !signal.aboutForms.contains(where: { offered.contains($0) || ($0 == chosen && !excluded.contains($0)) })
            {
                add(
                    .signalAboutFormsNotOffered,
                    "signal '\(id)' is about \(signal.aboutForms.joined(separator: ",")), none of which is offered "
                        + "or named and possible")
            }
        }
        // j, k, l: the report's parts agree with its headline.
        let named = [recommendation.archetype?.id, recommendation.tussenvorm?.archetype].compactMap { $0 }
        if let headline = recommendation.archetype.flatMap({ knowledge.archetype($0.id) }) {
            let intent: Pole? =
                recommendation.intent > 0.005 ? .vernieuwen : recommendation.intent < -0.005 ? .verbeteren : nil
            let nature: Pole? =
                recommendation.nature > 0.005 ? .delen : recommendation.nature < -0.005 ? .uitwisselen : nil
            if let intent, let nature, intent != headline.intent || nature != headline.nature {
                add(
                    .plotContradictsHeadline,
                    "the headline is '\(headline.id)', but the mark is at \(intent.rawValue)/\(nature.rawValue) "
                        + "(intent \(recommendation.intent), nature \(recommendation.nature))")
            }
        }
        let holding = session.holding(.agreement)
        let belonging = Set(knowledge.archetypes.flatMap(\.agreements))
        let expected = Set(
            knowledge.archetypes.filter { named.contains($0.id) }.flatMap(\.agreements).filter(holding.contains)
                + holding.filter { !belonging.contains($0) })
        let listed = Set(recommendation.agreements)
        if listed != expected {
            add(
                .agreementsContradictHeadline,
                "listed \(listed.subtracting(expected).sorted()) not concluded for the headline; "
                    + "concluded \(expected.subtracting(listed).sorted()) not listed")
        }
        for id in recommendation.signals {
            let reasons = RecommendationBuilder.reasons(for: .signal, value: id, in: recommendation.trace)
                .filter { $0.contribution > 0 }
            let requirements = reasons.map { knowledge.rule($0.rule)?.requiredArchetypes }
            let onlyOthers = requirements.allSatisfy { required in required.map { $0.isDisjoint(with: named) } ?? false
            }
            if !requirements.isEmpty, onlyOthers {
                add(
                    .signalForAnotherArchetype,
                    "signal '\(id)' was raised only for \(requirements.compactMap { $0 }.flatMap { $0 }.sorted()), "
                        + "not for \(named)")
            }
        }
        return result
    }
}
