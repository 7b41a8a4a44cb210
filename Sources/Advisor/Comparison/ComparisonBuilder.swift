import Inference
import KnowledgeBase

/// Computes a ``ComparisonResult`` from partners whose answers are complete.
///
/// Each partner's recommendation is computed as `advise --answers` computes it
/// (``Consultation/recommend(knowledge:answers:)``). A divergence's effects are checked, never
/// assumed: for each partner and each different answer another partner gave, that partner's
/// conclusions are recomputed on a fresh engine with only that answer replaced (or removed, when
/// the other partner's question did not apply), and compared with its own. The spraakverwarring
/// findings follow the knowledge base's divergences (``Knowledge/divergences``), in their order.
struct ComparisonBuilder {
    let knowledge: Knowledge

    /// The comparison of `partners` (in the order given).
    ///
    /// - Complexity: One recommendation per partner, plus one ``Session`` per partner and
    ///   distinct other answer for every question answered differently: O(*q* · *p*²) sessions for
    ///   *q* questions and *p* partners.
    func comparison(of partners: [PartnerAnswers]) -> ComparisonResult {
        let builder = RecommendationBuilder(knowledge: knowledge)
        let compared = partners.enumerated().map { index, partner in
            ComparisonResult.Partner(
                name: partner.name, mark: Self.mark(index),
                recommendation: builder.recommendation(for: partner.answers))
        }
        let sessions = partners.map { Session(knowledge: knowledge, answers: $0.answers) }
        let own = partners.map { Conclusions(builder: builder, answers: $0.answers) }

        var divergences: [ComparisonResult.Divergence] = []
        var sharedAnswers: [ComparisonResult.SharedAnswer] = []
        for question in knowledge.questions {
            let given = compared.map { partner in
                ComparisonResult.Given(partner: partner.name, answer: partner.recommendation.answers[question.id])
            }
            let distinct = Self.distinct(given.map(\.answer))
            if distinct.count == 1 {
                if let answer = given.first?.answer {
                    sharedAnswers.append(.init(question: question.id, answer: answer))
                }
                continue
            }
            var effects: [ComparisonResult.Effect] = []
            for (index, partner) in partners.enumerated() {
                let mine = given[index].answer
                for alternative in distinct where !Self.same(alternative, mine) {
                    var answers = partner.answers
                    answers.answers[question.id] = alternative
                    let changed = Conclusions(builder: builder, answers: answers)
                    effects.append(
                        ComparisonResult.Effect(
                            partner: partner.name,
                            answerOf: given.filter { Self.same($0.answer, alternative) }.map(\.partner),
                            answer: alternative, moves: own[index].moved(to: changed), archetype: changed.archetype))
                }
            }
            divergences.append(ComparisonResult.Divergence(question: question.id, answers: given, effects: effects))
        }

        let findings = knowledge.divergences.compactMap { divergence in
            finding(divergence, partners: compared, sessions: sessions)
        }
        let level = findings.map(\.level).max() ?? .none
        let shared = sharedGround(compared, answers: sharedAnswers)
        return ComparisonResult(
            partners: compared, divergences: divergences, shared: shared, level: level, findings: findings,
            advice: advice(compared, shared: shared, level: level, findings: findings, divergences: divergences),
            knowledgeVersion: knowledge.version)
    }

    /// `A`, `B`, … `Z`, then `AA`, `AB`, ….
    static func mark(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        if index < letters.count { return String(letters[index]) }
        return mark(index / letters.count - 1) + String(letters[index % letters.count])
    }

    /// Whether two answers are the same (a many-of answer as a set: the order given does not matter).
    static func same(_ lhs: Answer?, _ rhs: Answer?) -> Bool {
        switch (lhs, rhs) {
        case (.options(let left)?, .options(let right)?): return Set(left) == Set(right)
        default: return lhs == rhs
        }
    }

    /// The distinct answers, in the order first given.
    private static func distinct(_ answers: [Answer?]) -> [Answer?] {
        var result: [Answer?] = []
        for answer in answers where !result.contains(where: { same($0, answer) }) { result.append(answer) }
        return result
    }

    // MARK: Shared ground

    private func sharedGround(
        _ partners: [ComparisonResult.Partner], answers: [ComparisonResult.SharedAnswer]
    ) -> ComparisonResult.SharedGround {
        let recommendations = partners.map(\.recommendation)
        let archetypes = Set(recommendations.map { $0.archetype?.id })
        let best = recommendations.map { Set($0.forms.filter { $0.fit > 0 }.prefix(Conclusions.shownForms).map(\.id)) }
        let first = recommendations.first
        let firstForms = first?.forms.filter { $0.fit > 0 }.prefix(Conclusions.shownForms).map(\.id) ?? []
        return ComparisonResult.SharedGround(
            answers: answers,
            archetype: archetypes.count == 1 ? archetypes.first ?? nil : nil,
            intent: Self.commonPole(recommendations.map(\.intent), negative: .verbeteren, positive: .vernieuwen),
            nature: Self.commonPole(recommendations.map(\.nature), negative: .uitwisselen, positive: .delen),
            forms: firstForms.filter { id in best.allSatisfy { $0.contains(id) } },
            agreements: (first?.agreements ?? []).filter { id in
                recommendations.allSatisfy { $0.agreements.contains(id) }
            },
            signals: (first?.signals ?? []).filter { id in recommendations.allSatisfy { $0.signals.contains(id) } })
    }

    /// The pole every value is clearly on (at least ``ComparisonResult/axisMargin`` from zero), or `nil`.
    private static func commonPole(_ values: [Double], negative: Pole, positive: Pole) -> String? {
        let margin = ComparisonResult.axisMargin
        if !values.isEmpty, values.allSatisfy({ $0 >= margin }) { return positive.rawValue }
        if !values.isEmpty, values.allSatisfy({ $0 <= -margin }) { return negative.rawValue }
        return nil
    }

    // MARK: Spraakverwarring

    /// The finding of `divergence`, or `nil` when it does not apply.
    private func finding(
        _ divergence: Divergence, partners: [ComparisonResult.Partner], sessions: [Session]
    ) -> ComparisonResult.Finding? {
        let make = { (first: [Int], second: [Int]) -> ComparisonResult.Finding? in
            guard !first.isEmpty, !second.isEmpty else { return nil }
            return ComparisonResult.Finding(
                rule: divergence.id, level: ComparisonResult.Level(divergence.level),
                first: first.map { partners[$0].name }, second: second.map { partners[$0].name })
        }
        let indices = Array(partners.indices)
        switch divergence.test {
        case .quadrants:
            let margin = ComparisonResult.axisMargin
            let side = { (value: Double) -> Int in value >= margin ? 1 : value <= -margin ? -1 : 0 }
            let sides = partners.map { (side($0.recommendation.intent), side($0.recommendation.nature)) }
            guard let reference = sides.firstIndex(where: { $0.0 != 0 || $0.1 != 0 }) else { return nil }
            let opposite = { (index: Int) -> Bool in
                sides[index].0 * sides[reference].0 < 0 || sides[index].1 * sides[reference].1 < 0
            }
            return make(indices.filter { !opposite($0) }, indices.filter(opposite))
        case .positions(let threshold):
            var farthest: (Int, Int, Double)?
            for i in indices {
                for j in indices where j > i {
                    let distance = Self.distance(partners[i].recommendation, partners[j].recommendation)
                    if distance > threshold, distance > farthest?.2 ?? 0 {
                        farthest = (i, j, distance)
                    }
                }
            }
            guard let farthest else { return nil }
            return make([farthest.0], [farthest.1])
        case .archetypes:
            let reference = partners.first?.recommendation.archetype?.id
            let differs = { (index: Int) -> Bool in partners[index].recommendation.archetype?.id != reference }
            return make(indices.filter { !differs($0) }, indices.filter(differs))
        case .conflict(let one, let other):
            let holds = { (index: Int, condition: Condition) -> Bool in
                let engine = sessions[index].engine
                return engine.certainty(of: condition).value >= engine.threshold
            }
            let first = indices.filter { holds($0, one) }
            return make(first, indices.filter { !first.contains($0) && holds($0, other) })
        }
    }

    /// The distance between two partners' positions (Euclidean, on the -1…1 square).
    static func distance(_ a: Recommendation, _ b: Recommendation) -> Double {
        ((a.intent - b.intent) * (a.intent - b.intent) + (a.nature - b.nature) * (a.nature - b.nature)).squareRoot()
    }

    // MARK: Joint advice

    private func advice(
        _ partners: [ComparisonResult.Partner], shared: ComparisonResult.SharedGround, level: ComparisonResult.Level,
        findings: [ComparisonResult.Finding], divergences: [ComparisonResult.Divergence]
    ) -> ComparisonResult.Advice {
        if let archetype = shared.archetype, level != .serious {
            // The forms every partner supports, by the weakest partner's fit (ties in knowledge order).
            let fits = partners.map { partner in
                Dictionary(uniqueKeysWithValues: partner.recommendation.forms.map { ($0.id, $0.fit) })
            }
            let supported = knowledge.forms.enumerated().compactMap { index, form -> (Int, String, Double)? in
                let weakest = fits.map { $0[form.id] ?? 0 }.min() ?? 0
                return weakest > 0 ? (index, form.id, weakest) : nil
            }
            let forms = supported.sorted { $0.2 != $1.2 ? $0.2 > $1.2 : $0.0 < $1.0 }.prefix(Conclusions.shownForms)
                .map(\.1)
            return .joint(archetype: archetype, forms: Array(forms), agreements: shared.agreements)
        }
        var issues: [ComparisonResult.Issue] = findings.filter { $0.level == .serious }.map { .finding($0.rule) }
        if shared.archetype == nil { issues.append(.archetypes) }
        issues += divergences.filter { $0.moves.contains(.archetype) }.map { .question($0.question) }
        return .settleFirst(issues)
    }
}
