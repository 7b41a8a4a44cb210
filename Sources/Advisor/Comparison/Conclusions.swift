import KnowledgeBase

/// What one set of answers concludes, reduced to what a comparison looks at: the archetype, the
/// position, the best-fitting forms, the agreements and the signals.
///
/// Computed by the report's own ``RecommendationBuilder`` (one engine run on the answers,
/// without the flip search), so that a "moves" claim can be checked by recomputing cheaply with
/// one answer replaced.
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

    /// The conclusions of `answers`, as the report draws them: computed by `builder` (the code
    /// every report uses, without the flip search), so that a "moves" claim is about what the
    /// partners read.
    ///
    /// - Complexity: One ``Session``.
    init(builder: RecommendationBuilder, answers: AnswerSet) {
        let recommendation = builder.consultation(for: answers, findsFlips: false).recommendation
        archetype = recommendation.archetype?.id
        intent = recommendation.intent
        nature = recommendation.nature
        forms = recommendation.offeredForms.prefix(Self.shownForms).map(\.id)
        signals = recommendation.signals
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
}
