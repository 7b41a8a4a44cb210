/// A MYCIN-style certainty factor in the closed range -1...1.
///
/// `1` means certainly true, `-1` certainly false and `0` unknown. Evidence from several
/// sources is combined with ``combined(with:)``; conjunctions take the minimum and
/// disjunctions the maximum of their parts.
public struct Certainty: Hashable, Comparable, Sendable {
    /// The factor, always within -1...1.
    public let value: Double

    /// Creates a certainty, clamping `value` into -1...1 (NaN becomes 0).
    public init(_ value: Double) {
        if value.isNaN {
            self.value = 0
        } else {
            self.value = Swift.min(1, Swift.max(-1, value))
        }
    }

    /// Complete certainty that a fact holds.
    public static let certain = Certainty(1)
    /// No evidence either way.
    public static let unknown = Certainty(0)

    /// Whether `lhs` is the weaker evidence: compares the factors.
    public static func < (lhs: Certainty, rhs: Certainty) -> Bool { lhs.value < rhs.value }

    /// Combines two independent pieces of evidence for the same fact.
    ///
    /// - Both positive: `x + y(1 - x)`.
    /// - Both negative: `x + y(1 + x)`.
    /// - Otherwise: `(x + y) / (1 - min(|x|, |y|))`; when that divides by zero
    ///   (one source says `1` and the other `-1`) the evidence cancels to `0`.
    ///
    /// The first two cases are commutative and associative; the mixed case is commutative
    /// but not associative, so callers that need reproducible results must combine in a
    /// fixed order (the engine uses the rules' declaration order).
    public func combined(with other: Certainty) -> Certainty {
        let x = value
        let y = other.value
        if x >= 0, y >= 0 { return Certainty(x + y * (1 - x)) }
        if x < 0, y < 0 { return Certainty(x + y * (1 + x)) }
        let denominator = 1 - Swift.min(abs(x), abs(y))
        if denominator == 0 { return .unknown }
        return Certainty((x + y) / denominator)
    }
}

extension Certainty: CustomStringConvertible {
    /// The factor with two decimals, for example `0.72` or `-0.40`.
    public var description: String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
