import Inference
import KnowledgeBase

/// Computes a ``Recommendation`` from answers, always on fresh engines, so the result depends
/// on the final answers only (never on the order in which they were given).
struct RecommendationBuilder {
    let knowledge: Knowledge
    /// The flip search; its rule subset is computed once per builder, so a builder reused for
    /// many answer sets (the case suite, tests) computes it once.
    private let flipFinder: FlipFinder

    /// A builder for `knowledge`.
    init(knowledge: Knowledge) {
        self.knowledge = knowledge
        self.flipFinder = FlipFinder(knowledge: knowledge)
    }

    /// The recommendation for `answers`.
    ///
    /// - Complexity: One ``Session`` for the answers plus one per flip alternative (see
    ///   ``FlipFinder``).
    func recommendation(for answers: AnswerSet) -> Recommendation {
        consultation(for: answers, findsFlips: true).recommendation
    }

    /// The recommendation for `answers`, starting from `session`, a ``Session`` of the same
    /// knowledge and answers made before (the same as a fresh one: a session depends on
    /// nothing else).
    ///
    /// - Complexity: One ``Session`` per flip alternative (see ``FlipFinder``).
    func recommendation(for answers: AnswerSet, session: Session) -> Recommendation {
        consultation(for: answers, findsFlips: true, session: session).recommendation
    }

    /// The recommendation for `answers` and the session it was read from.
    ///
    /// - Parameters:
    ///   - findsFlips: Whether to search the flips; without them ``Recommendation/flips`` and
    ///     the tussenvorm's tips are empty and everything else is the same (the invariant check
    ///     leaves them out, as they cost most of the time).
    ///   - session: A session of `answers` made before, or `nil` to make one.
    /// - Complexity: One ``Session`` (unless given), plus one per flip alternative when
    ///   `findsFlips`.
    func consultation(
        for answers: AnswerSet, findsFlips: Bool, session given: Session? = nil
    ) -> (recommendation: Recommendation, session: Session) {
        let session = given ?? Session(knowledge: knowledge, answers: answers)
        let archetypes = Self.scores(in: session)
        let winner = archetypes.first.flatMap { $0.score > 0 ? $0 : nil }
        let flips = findsFlips ? flipFinder.flips(from: session, currentArchetype: winner?.id) : []
        let tussenvorm = Self.tussenvorm(archetypes: archetypes, winner: winner, flips: flips)
        let trace = Self.steps(in: session)
        let excluded = session.holding(.excludedForm)
        let effective = session.applied.reduce(into: [String: Answer]()) { result, id in
            result[id] = answers.answers[id]
        }
        let ranked = forms(in: session, trace: trace, excluded: excluded)
        let excludedForms = knowledge.forms.filter { excluded.contains($0.id) }.map { form in
            Recommendation.ExcludedForm(
                id: form.id, reasons: Self.reasons(for: .excludedForm, value: form.id, in: trace))
        }
        // The two decisions that depend on the offered forms, made once for every format.
        let chosen = FormVerdict.chosenFormID(in: effective, knowledge: knowledge)
        let offered = Set(ranked.filter(\.isOffered).map(\.id))
        let raised = session.holding(.signal)
        let recommendation = Recommendation(
            archetype: winner,
            archetypes: archetypes,
            tussenvorm: tussenvorm,
            intent: position(archetypes, on: \.intent, negative: .verbeteren, positive: .vernieuwen),
            nature: position(archetypes, on: \.nature, negative: .uitwisselen, positive: .delen),
            agreements: agreements(in: session, archetype: winner?.id, runnerUp: tussenvorm?.archetype),
            forms: ranked,
            excludedForms: excludedForms,
            chosenForm: chosen.map { id in
                FormVerdict(knowledge: knowledge).verdict(on: id, forms: ranked, excluded: excludedForms)
            },
            signals: knowledge.signals.filter { signal in
                raised.contains(signal.id)
                    && belongs(signal.id, to: [winner?.id, tussenvorm?.archetype].compactMap { $0 }, trace: trace)
                    && FormVerdict.shows(
                        signal, offered: offered, chosen: chosen, excluded: Set(excludedForms.map(\.id)))
            }.map(\.id),
            flips: flips,
            trace: trace,
            answers: effective,
            applied: session.applied,
            ignored: session.ignored,
            partner: answers.partner,
            knowledgeVersion: knowledge.version)
        return (recommendation, session)
    }

    /// Whether a raised signal belongs in the report of `archetypes` (the recommended one and a
    /// tussenvorm's runner-up): some rule that raised it does not depend on one archetype, or
    /// depends on one of these. A signal raised only for another archetype (one with some
    /// certainty, but not the one the report names) would contradict the headline.
    private func belongs(_ signal: String, to archetypes: [String], trace: [Recommendation.Step]) -> Bool {
        Self.reasons(for: .signal, value: signal, in: trace).contains { reason in
            guard reason.contribution > 0 else { return false }
            guard let required = knowledge.rule(reason.rule)?.requiredArchetypes else { return true }
            return archetypes.contains(where: required.contains)
        }
    }

    /// Every archetype with its certainty, highest first, ties in knowledge order.
    static func scores(in session: Session) -> [Recommendation.Scored] {
        let scored = session.knowledge.archetypes.enumerated().map { index, archetype in
            (index, Recommendation.Scored(id: archetype.id, score: session.certainty(.archetype, archetype.id)))
        }
        return scored.sorted { lhs, rhs in
            lhs.1.score != rhs.1.score ? lhs.1.score > rhs.1.score : lhs.0 < rhs.0
        }.map(\.1)
    }

    /// The archetype with the highest positive score, or `nil`.
    static func winner(in session: Session) -> String? {
        scores(in: session).first.flatMap { $0.score > 0 ? $0.id : nil }
    }

    /// The position on one axis, from the same conclusions as the headline: the certainty of the
    /// best archetype on the positive pole minus that of the best on the negative pole, clamped
    /// to -1…1. The mark therefore always lies in the quadrant of the archetype the headline
    /// names (or on an axis when two archetypes tie), also when rules conclude the archetype from
    /// facts other than the two axis questions (a product that is still only an idea, for
    /// example).
    private func position(
        _ archetypes: [Recommendation.Scored], on axis: KeyPath<Archetype, Pole>, negative: Pole, positive: Pole
    ) -> Double {
        func best(_ pole: Pole) -> Double {
            archetypes.filter { knowledge.archetype($0.id)?[keyPath: axis] == pole }.map(\.score).max() ?? 0
        }
        return min(1, max(-1, best(positive) - best(negative)))
    }

    /// The runner-up when it is positive and within ``Recommendation/closeMargin`` of the winner.
    private static func tussenvorm(
        archetypes: [Recommendation.Scored], winner: Recommendation.Scored?, flips: [Recommendation.Flip]
    ) -> Recommendation.Tussenvorm? {
        guard let winner, archetypes.count > 1 else { return nil }
        let runnerUp = archetypes[1]
        // Compare on rounded hundredths, as shown, so the verdict matches the printed numbers.
        let gap = (winner.score * 100).rounded() - (runnerUp.score * 100).rounded()
        guard runnerUp.score > 0, gap <= Recommendation.closeMargin * 100 else { return nil }
        return Recommendation.Tussenvorm(
            archetype: runnerUp.id, score: runnerUp.score,
            tips: flips.filter { $0.archetype == runnerUp.id })
    }

    /// The active firings as steps.
    static func steps(in session: Session) -> [Recommendation.Step] {
        session.engine.trace.map { firing in
            Recommendation.Step(
                rule: firing.rule,
                concluded: firing.concluded.map { concluded in
                    Recommendation.Conclusion(
                        attribute: concluded.attribute, value: concluded.value.description,
                        contribution: concluded.contribution.value)
                })
        }
    }

    /// The contributions to `attribute = value`, strongest evidence for first and strongest
    /// evidence against last (ties in firing order).
    static func reasons(
        for attribute: DerivedAttribute, value: String, in trace: [Recommendation.Step]
    ) -> [Recommendation.Reason] {
        var result: [Recommendation.Reason] = []
        for step in trace {
            for conclusion in step.concluded
            where conclusion.attribute == attribute.rawValue && conclusion.value == value {
                result.append(Recommendation.Reason(rule: step.rule, contribution: conclusion.contribution))
            }
        }
        return result.enumerated().sorted { lhs, rhs in
            lhs.element.contribution != rhs.element.contribution
                ? lhs.element.contribution > rhs.element.contribution : lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// The agreements that hold and belong to the archetype or the tussenvorm's runner-up (or
    /// to no archetype at all, when a rule concludes them otherwise): the archetype's own order
    /// first, then the runner-up's, then knowledge order. Agreements of archetypes that only
    /// weakly apply are left out.
    private func agreements(in session: Session, archetype: String?, runnerUp: String?) -> [String] {
        let holding = session.holding(.agreement)
        let own = { (id: String?) -> [String] in id.flatMap { knowledge.archetype($0) }?.agreements ?? [] }
        let belonging = Set(knowledge.archetypes.flatMap(\.agreements))
        var result: [String] = []
        for id in own(archetype) + own(runnerUp) where holding.contains(id) && !result.contains(id) {
            result.append(id)
        }
        for agreement in knowledge.agreements
        where holding.contains(agreement.id) && !belonging.contains(agreement.id) && !result.contains(agreement.id) {
            result.append(agreement.id)
        }
        return result
    }

    /// Forms that are not excluded and have evidence, by fit, ties in knowledge order.
    private func forms(
        in session: Session, trace: [Recommendation.Step], excluded: Set<String>
    ) -> [Recommendation.RankedForm] {
        var evidence: Set<String> = []
        for fact in session.engine.values(of: DerivedAttribute.form.rawValue) {
            if case .symbol(let id) = fact.value { evidence.insert(id) }
        }
        let ranked = knowledge.forms.enumerated().compactMap { index, form -> (Int, Recommendation.RankedForm)? in
            guard evidence.contains(form.id), !excluded.contains(form.id) else { return nil }
            return (
                index,
                Recommendation.RankedForm(
                    id: form.id, fit: session.certainty(.form, form.id),
                    reasons: Self.reasons(for: .form, value: form.id, in: trace))
            )
        }
        return ranked.sorted { lhs, rhs in
            lhs.1.fit != rhs.1.fit ? lhs.1.fit > rhs.1.fit : lhs.0 < rhs.0
        }.map(\.1)
    }
}
