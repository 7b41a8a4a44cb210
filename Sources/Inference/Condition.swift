/// A premise over the facts in working memory, evaluated to a certainty.
///
/// Leaves read one attribute; `all`, `any` and `not` combine them. How each leaf is scored:
///
/// | condition | certainty |
/// |---|---|
/// | `equals(a, v)` | the certainty of the fact `a = v` (0 when absent) |
/// | `contains(a, v)` | the same, for a multi-valued attribute (member-of) |
/// | `notEquals(a, v)` | the strongest evidence that `a` is something else: the maximum of `-cf(a = v)` and `cf(a = w)` for every other value `w` |
/// | `compare(a, op, n)` | the maximum certainty of a numeric value of `a` that satisfies `op n` |
/// | `known(a)` | the maximum certainty of any value of `a` |
/// | `unknown(a)` | `1` when no value of `a` reaches the threshold, else `-known(a)` |
/// | `all(cs)` | the minimum over `cs` (`1` when empty) |
/// | `any(cs)` | the maximum over `cs` (`-1` when empty) |
/// | `not(c)` | `-c` |
///
/// A maximum over no facts (`compare`, `known` when nothing matches) is `0`, as for an absent
/// fact. A rule fires when its premise scores at or above the engine's threshold.
public indirect enum Condition: Hashable, Sendable {
    /// The single-valued attribute holds this value.
    case equals(String, Value)
    /// The attribute is known to hold another value (or known not to hold this one).
    case notEquals(String, Value)
    /// The multi-valued attribute's set contains this value.
    case contains(String, Value)
    /// A numeric value of the attribute compares to the number as given.
    case compare(String, Comparison, Double)
    /// The attribute has some value.
    case known(String)
    /// The attribute has no value.
    case unknown(String)
    /// Every condition holds (conjunction: minimum certainty).
    case all([Condition])
    /// Some condition holds (disjunction: maximum certainty).
    case any([Condition])
    /// The condition does not hold (negation of its certainty).
    case not(Condition)

    /// A numeric comparison operator.
    public enum Comparison: String, Hashable, Sendable, CaseIterable {
        /// `<`
        case less = "<"
        /// `<=`
        case lessOrEqual = "<="
        /// `>`
        case greater = ">"
        /// `>=`
        case greaterOrEqual = ">="
        /// `==`
        case equal = "=="

        /// Whether `lhs op rhs` holds.
        public func holds(_ lhs: Double, _ rhs: Double) -> Bool {
            switch self {
            case .less: return lhs < rhs
            case .lessOrEqual: return lhs <= rhs
            case .greater: return lhs > rhs
            case .greaterOrEqual: return lhs >= rhs
            case .equal: return lhs == rhs
            }
        }
    }

    /// The attributes this condition reads, in order of first appearance, without repeats.
    public var attributes: [String] {
        var seen: Set<String> = []
        var result: [String] = []
        collectAttributes(into: &result, seen: &seen)
        return result
    }

    /// The number of leaf conditions; a rule's specificity for conflict resolution.
    public var leafCount: Int {
        switch self {
        case .equals, .notEquals, .contains, .compare, .known, .unknown: return 1
        case .all(let parts), .any(let parts): return parts.reduce(0) { $0 + $1.leafCount }
        case .not(let inner): return inner.leafCount
        }
    }

    private func collectAttributes(into result: inout [String], seen: inout Set<String>) {
        switch self {
        case .equals(let name, _), .notEquals(let name, _), .contains(let name, _),
            .compare(let name, _, _), .known(let name), .unknown(let name):
            if seen.insert(name).inserted { result.append(name) }
        case .all(let parts), .any(let parts):
            for part in parts { part.collectAttributes(into: &result, seen: &seen) }
        case .not(let inner):
            inner.collectAttributes(into: &result, seen: &seen)
        }
    }
}
