import KnowledgeBase

/// What one set of answers concludes, reduced to what a comparison looks at: the archetype, the
/// position, the best-fitting forms, the agreements and the signals.
///
/// Computed from a ``Session`` (one engine run on the answers, without the flip search), so
/// that a "moves" claim can be checked by recomputing cheaply with one answer replaced.
struct Conclusions: Hashable {
    /// How many forms count as "best fitting" (the forms a report shows with their reasons).
    static let shownForms = ReportContent.detailedForms

    /// The archetype with the highest positive score, or `nil`.
    let archetype: String?
    /// Intent: -1 verbeteren … +1 vernieuwen.
    let intent: Double
    /// Nature: -1 uitwisselen … +1 delen.
    let nature: Double
    /// The best-fitting forms (positive fit, not excluded), best first, at most ``shownForms``.
    let forms: [String]
    /// The signals raised, in knowledge order.
    let signals: [String]

    /// The conclusions of `answers`.
    ///
    /// - Complexity: One ``Session``.
    init(knowledge: Knowledge, answers: AnswerSet) {
        let session = Session(knowledge: knowledge, answers: answers)
        archetype = RecommendationBuilder.winner(in: session)
        intent = Self.axis(session, .intent, negative: .verbeteren, positive: .vernieuwen)
        nature = Self.axis(session, .nature, negative: .uitwisselen, positive: .delen)
        let excluded = session.holding(.excludedForm)
        let ranked = knowledge.forms.enumerated().compactMap { index, form -> (Int, String, Double)? in
            let fit = session.certainty(.form, form.id)
            guard fit > 0, !excluded.contains(form.id) else { return nil }
            return (index, form.id, fit)
        }
        forms = ranked.sorted { $0.2 != $1.2 ? $0.2 > $1.2 : $0.0 < $1.0 }.prefix(Self.shownForms).map(\.1)
        let raised = session.holding(.signal)
        signals = knowledge.signals.map(\.id).filter(raised.contains)
    }

    /// The conclusion kinds in which `other` differs from these conclusions, in listing order.
    func moved(to other: Conclusions) -> [ConclusionKind] {
        ConclusionKind.allCases.filter { kind in
            switch kind {
            case .intent: return abs(other.intent - intent) >= ComparisonResult.movementThreshold
            case .nature: return abs(other.nature - nature) >= ComparisonResult.movementThreshold
            case .archetype: return other.archetype != archetype
            case .forms: return other.forms.first != forms.first || Set(other.forms) != Set(forms)
            case .signals: return other.signals != signals
            }
        }
    }

    private static func axis(_ session: Session, _ attribute: DerivedAttribute, negative: Pole, positive: Pole)
        -> Double
    {
        let value = session.certainty(attribute, positive.rawValue) - session.certainty(attribute, negative.rawValue)
        return min(1, max(-1, value))
    }
}
