public import Inference

/// A rule for spraakverwarring (confusion of tongues) between partners: when their
/// consultations show that they picture a different collaboration, and how serious that is.
///
/// A divergence either compares the partners' results (their quadrants, positions or
/// archetypes) or tests one condition per side (``Test/conflict(one:other:)``): it applies when
/// one partner meets `one` and another partner, who does not meet `one`, meets `other`. The
/// partner comparison (`grondvorm compare`) lists the divergences that apply in declaration
/// order; its level is the highest level among them. Declared as `divergence ID` in the
/// knowledge language (`Knowledge/README.md`).
public struct Divergence: Hashable, Sendable {
    /// How serious a divergence is.
    public enum Level: String, Hashable, Sendable, CaseIterable {
        /// Worth a conversation, but no contradiction in what the partners want.
        case some
        /// The partners picture a different collaboration.
        case serious
    }

    /// What a divergence compares.
    public enum Test: Hashable, Sendable {
        /// `one CONDITION` and `other CONDITION`: conditions on one partner's consultation (its
        /// answers and what the engine derived from them), each holding when its certainty
        /// reaches the engine's threshold.
        case conflict(one: Condition, other: Condition)
        /// `compares quadrants`: on one axis, a partner is clearly on one side and another clearly
        /// on the other.
        case quadrants
        /// `compares positions > DISTANCE`: two partners' positions are more than `threshold`
        /// apart (Euclidean, on the -1…1 square).
        case positions(threshold: Double)
        /// `compares archetypes`: the partners arrive at different archetypes (or some at none).
        case archetypes
    }

    /// The divergence's id, as the comparison's JSON names the finding.
    public let id: String
    /// How serious it is.
    public let level: Level
    /// When it applies.
    public let test: Test
    /// Where the divergence comes from (a section of the domain description and its sources),
    /// as the comparison's JSON shows it.
    public let source: String
    /// A short title, without placeholders.
    public let title: LocalizedText
    /// What the finding means, naming the partners on each side.
    public let finding: LocalizedTemplate
    /// The question the partners should ask each other; `nil` when the differences in their
    /// answers cover it.
    public let starter: LocalizedTemplate?
    /// Where the divergence is declared.
    public let location: SourceLocation
}
