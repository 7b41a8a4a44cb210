import Inference

/// One rule for spraakverwarring (confusion of tongues) between partners: when it applies, and
/// how serious it is.
///
/// The rules are a documented table here rather than declarations in the knowledge language:
/// the language has no construct that compares two consultations, and adding one (lexer, parser,
/// resolver, validator, `grondvorm check`) was too large for the time given to issue 12. The
/// conditions on one partner's answers are written as engine ``Condition``s, evaluated against
/// that partner's engine after its answers are applied (so they read answers and derived
/// attributes exactly as the knowledge base's own rules do, and an answer whose question did not
/// apply does not count).
///
/// | rule | level | applies when | source |
/// |---|---|---|---|
/// | `different-quadrants` | serious | on one axis, one partner is clearly on one side (at least ``ComparisonResult/axisMargin`` from zero) and another clearly on the other | domain.md 4.3 [S: SWL], 4.6 divergence detection |
/// | `joint-offer-versus-exchange` | serious | one partner makes a joint offer to third parties (`samen-aanbieden = yes`); another does not and only exchanges (`aard = uitwisselen` or motive `kennis-uitwisselen`) | domain.md 4.6 ("samen aanbieden aan derden" vs "kennis uitwisselen") [S: SWL, CE-po] |
/// | `exchange-versus-joint-budget` | serious | one partner wants to exchange knowledge (`aard = uitwisselen` with motive `kennis-uitwisselen`); another wants to share: joint projects or facilities with shared means (`aard = delen` with shared risk, or the motive `investeringen-bundelen` or `gezamenlijke-voorzieningen`) | domain.md 4.3, the passend-onderwijs clusters [S: CE-po] |
/// | `exclusive-versus-non-committal` | serious | one partner wants a long-term exclusive relation (`opdrachtrelatie = exclusief-langdurig`); another something non-committal (`opdrachtrelatie = per-opdracht`, or `risico = ieder-eigen`) | domain.md 4.6 ("exclusief" vs "vrijblijvend") |
/// | `shared-versus-own-risk` | some | one partner shares the risk (`risico = gedeeld-…`); another carries only its own effort (`risico = ieder-eigen`) | domain.md 4.3 (diffuse interests) [S: LENZEN, CE-po] |
/// | `distant-positions` | some | two partners' positions are more than ``ComparisonResult/distanceThreshold`` apart | domain.md 4.6 divergence detection [D] |
/// | `different-archetypes` | some | the partners' archetypes differ (also when only some have one) | domain.md 4.3: partners "effectively held different archetypes in mind" [S: CE-po] |
///
/// The level of a comparison is the highest level among the rules that apply.
struct ConfusionRule: Sendable {
    /// The rules' ids; each has its texts in ``Phrases``.
    enum ID: String, Sendable, Hashable, CaseIterable {
        case differentQuadrants = "different-quadrants"
        case jointOfferVersusExchange = "joint-offer-versus-exchange"
        case exchangeVersusJointBudget = "exchange-versus-joint-budget"
        case exclusiveVersusNonCommittal = "exclusive-versus-non-committal"
        case sharedVersusOwnRisk = "shared-versus-own-risk"
        case distantPositions = "distant-positions"
        case differentArchetypes = "different-archetypes"
    }

    /// How a rule decides whether it applies.
    enum Test: Sendable {
        /// Partners on opposite sides of an axis.
        case differentQuadrants
        /// Two positions more than ``ComparisonResult/distanceThreshold`` apart.
        case distantPositions
        /// Different archetypes.
        case differentArchetypes
        /// One partner meets `first`, another (who does not meet `first`) meets `second`.
        case conflict(first: Condition, second: Condition)
    }

    let id: ID
    let level: ComparisonResult.Level
    let test: Test
    /// Where the rule comes from (domain.md section and its sources).
    let source: String

    /// Every rule, serious ones first; findings are listed in this order.
    static let table: [ConfusionRule] = [
        ConfusionRule(
            id: .differentQuadrants, level: .serious, test: .differentQuadrants,
            source: "domain.md 4.3 [S: SWL]; 4.6 divergence detection"),
        ConfusionRule(
            id: .jointOfferVersusExchange, level: .serious,
            test: .conflict(
                first: .equals("samen-aanbieden", .boolean(true)),
                second: .all([
                    .equals("samen-aanbieden", .boolean(false)),
                    .any([
                        .equals("aard", .symbol("uitwisselen")), .contains("motieven", .symbol("kennis-uitwisselen")),
                    ]),
                ])),
            source: "domain.md 4.6 [S: SWL, CE-po]"),
        ConfusionRule(
            id: .exchangeVersusJointBudget, level: .serious,
            test: .conflict(
                first: .all([
                    .equals("aard", .symbol("uitwisselen")), .contains("motieven", .symbol("kennis-uitwisselen")),
                ]),
                second: .all([
                    .equals("aard", .symbol("delen")),
                    .any([
                        .equals("risico", .symbol("gedeeld-bedrijfsvoering")),
                        .equals("risico", .symbol("gedeeld-ondernemend")),
                        .contains("motieven", .symbol("investeringen-bundelen")),
                        .contains("motieven", .symbol("gezamenlijke-voorzieningen")),
                    ]),
                ])),
            source: "domain.md 4.3 [S: CE-po]"),
        ConfusionRule(
            id: .exclusiveVersusNonCommittal, level: .serious,
            test: .conflict(
                first: .equals("opdrachtrelatie", .symbol("exclusief-langdurig")),
                second: .any([
                    .equals("opdrachtrelatie", .symbol("per-opdracht")), .equals("risico", .symbol("ieder-eigen")),
                ])),
            source: "domain.md 4.6"),
        ConfusionRule(
            id: .sharedVersusOwnRisk, level: .some,
            test: .conflict(
                first: .any([
                    .equals("risico", .symbol("gedeeld-bedrijfsvoering")),
                    .equals("risico", .symbol("gedeeld-ondernemend")),
                ]),
                second: .equals("risico", .symbol("ieder-eigen"))),
            source: "domain.md 4.3 [S: LENZEN, CE-po]"),
        ConfusionRule(
            id: .distantPositions, level: .some, test: .distantPositions,
            source: "domain.md 4.6 divergence detection [D]"),
        ConfusionRule(
            id: .differentArchetypes, level: .some, test: .differentArchetypes,
            source: "domain.md 4.3 [S: CE-po]"),
    ]
}
