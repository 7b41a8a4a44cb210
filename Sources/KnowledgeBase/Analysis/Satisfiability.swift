import Inference

/// Finds conditions that can never hold: contradictory tests inside one `and` (such as
/// `x = a and x = b` on a single-valued attribute, `x = a and x != a`, `x has a and not x has a`,
/// `x is known and x is unknown`), number ranges that cannot overlap, and numbers outside a scale.
///
/// The condition is brought into disjunctive normal form (an `or` of `and`s of possibly negated
/// tests); it can never hold when every `and` is contradictory. A condition whose normal form
/// would exceed ``maximumTerms`` terms is not analysed.
enum Satisfiability {
    /// The most `and` terms the normal form may have before the analysis gives up.
    static let maximumTerms = 256

    /// A test that can never hold together with what comes before it.
    struct Contradiction: Hashable, Sendable {
        /// Why a test can never hold; each case quotes the tests as written.
        enum Reason: Hashable, Sendable, CustomStringConvertible {
            /// `'x = b' contradicts 'x = a'`.
            case contradicts(String, String)
            /// `'x != b' rules out the last possible value of 'x'`.
            case rulesOutLastValue(String, attribute: String)
            /// `'x > 9' is outside the scale of 'x' (whole numbers from 1 to 5)`.
            case outsideScale(String, attribute: String, minimum: Int, maximum: Int)
            /// `'x != 3' leaves no whole number from 1 to 5 for 'x'`.
            case leavesNoWholeNumber(String, attribute: String, minimum: Int, maximum: Int)

            /// The reason, as messages give it after "can never fire: ".
            var description: String {
                switch self {
                case .contradicts(let test, let other):
                    return "'\(test)' contradicts '\(other)'"
                case .rulesOutLastValue(let test, let attribute):
                    return "'\(test)' rules out the last possible value of '\(attribute)'"
                case .outsideScale(let test, let attribute, let minimum, let maximum):
                    return
                        "'\(test)' is outside the scale of '\(attribute)' (whole numbers from \(minimum) to \(maximum))"
                case .leavesNoWholeNumber(let test, let attribute, let minimum, let maximum):
                    return "'\(test)' leaves no whole number from \(minimum) to \(maximum) for '\(attribute)'"
                }
            }
        }

        /// Why.
        let reason: Reason
        /// The test that makes the conjunction impossible.
        let span: Span
    }

    /// The result of checking a condition.
    struct Finding: Sendable {
        /// Set when the whole condition can never hold.
        var whole: Contradiction?
        /// When the whole condition can hold: alternatives (`or` parts) that never can.
        var parts: [Contradiction] = []
    }

    /// A test, possibly negated, in a normal-form term.
    struct Literal: Hashable, Sendable {
        let test: TestSyntax
        let negated: Bool

        /// As written, with `not` when negated.
        var text: String { negated ? "not \(test.text)" : test.text }
    }

    /// Checks `condition`, whose tests have all been resolved against `attributes`.
    static func check(_ condition: ConditionSyntax, attributes: [String: AttributeInfo]) -> Finding {
        var finding = Finding()
        // Fast path: tests of distinct attributes, none numeric, cannot contradict each other.
        var names: Set<String> = []
        guard !canSkip(condition, attributes: attributes, seen: &names) else { return finding }
        guard let terms = normalForm(condition, negated: false) else { return finding }
        let contradictions = terms.map { contradiction(in: $0, attributes: attributes) }
        if let first = contradictions.first, contradictions.allSatisfy({ $0 != nil }) {
            finding.whole = first
            return finding
        }
        collectDeadAlternatives(condition, negated: false, attributes: attributes, into: &finding.parts)
        return finding
    }

    /// Whether every test reads a different attribute and none compares a scale, so no
    /// conjunction of them can be contradictory.
    private static func canSkip(
        _ condition: ConditionSyntax, attributes: [String: AttributeInfo], seen: inout Set<String>
    ) -> Bool {
        switch condition {
        case .test(let test):
            if case .scale? = attributes[test.name.text]?.domain { return false }
            return seen.insert(test.name.text).inserted
        case .not(let inner):
            return canSkip(inner, attributes: attributes, seen: &seen)
        case .all(let parts), .any(let parts):
            for part in parts where !canSkip(part, attributes: attributes, seen: &seen) { return false }
            return true
        }
    }

    /// Reports each alternative of an `or` (at any depth) that can never hold on its own.
    private static func collectDeadAlternatives(
        _ condition: ConditionSyntax, negated: Bool, attributes: [String: AttributeInfo],
        into parts: inout [Contradiction]
    ) {
        switch condition {
        case .test:
            return
        case .not(let inner):
            collectDeadAlternatives(inner, negated: !negated, attributes: attributes, into: &parts)
        case .all(let children), .any(let children):
            var isDisjunction = false
            if case .any = condition { isDisjunction = !negated } else { isDisjunction = negated }
            for child in children {
                if isDisjunction, let terms = normalForm(child, negated: negated), !terms.isEmpty {
                    let found = terms.map { contradiction(in: $0, attributes: attributes) }
                    if let first = found.first, let reason = first, found.allSatisfy({ $0 != nil }) {
                        parts.append(reason)
                        continue
                    }
                }
                collectDeadAlternatives(child, negated: negated, attributes: attributes, into: &parts)
            }
        }
    }

    /// The terms of the disjunctive normal form, or `nil` when there would be too many.
    static func normalForm(_ condition: ConditionSyntax, negated: Bool) -> [[Literal]]? {
        switch condition {
        case .test(let test):
            return [[Literal(test: test, negated: negated)]]
        case .not(let inner):
            return normalForm(inner, negated: !negated)
        case .all(let parts), .any(let parts):
            var isConjunction = false
            if case .all = condition { isConjunction = !negated } else { isConjunction = negated }
            if isConjunction {
                var terms: [[Literal]] = [[]]
                for part in parts {
                    guard let partTerms = normalForm(part, negated: negated),
                        terms.count * partTerms.count <= maximumTerms
                    else { return nil }
                    terms = terms.flatMap { term in partTerms.map { term + $0 } }
                }
                return terms
            }
            var terms: [[Literal]] = []
            for part in parts {
                guard let partTerms = normalForm(part, negated: negated) else { return nil }
                terms += partTerms
                if terms.count > maximumTerms { return nil }
            }
            return terms
        }
    }

    // MARK: - One conjunction

    /// What a literal says about its attribute.
    private enum Effect {
        case equal(String)
        case notEqual(String)
        case contains(String)
        case lacks(String)
        case known
        case unknown
        case number(Condition.Comparison, Double, excluded: Bool)
        case none
    }

    /// What the literals seen so far say about one attribute.
    private struct State {
        var equal: (value: String, literal: Literal)?
        var excluded: [(value: String, literal: Literal)] = []
        var contains: [String: Literal] = [:]
        var lacks: [String: Literal] = [:]
        var knownBy: Literal?
        var unknownBy: Literal?
        var numbers: [(literal: Literal, constraint: NumberConstraint)] = []
    }

    /// A constraint on a number: `op value`, or `!= value`.
    private struct NumberConstraint {
        let comparison: Condition.Comparison
        let value: Double
        let excluded: Bool
    }

    /// The first contradiction in a conjunction of literals, in order, or `nil`.
    static func contradiction(in term: [Literal], attributes: [String: AttributeInfo]) -> Contradiction? {
        var states: [String: State] = [:]
        for literal in term {
            let name = literal.test.name.text
            guard let info = attributes[name], !info.isUnchecked else { continue }
            var state = states[name] ?? State()
            let (effect, impliesKnown) = Self.effect(of: literal, info: info)
            if let reason = conflict(
                adding: literal, effect: effect, impliesKnown: impliesKnown, info: info, to: &state)
            {
                return Contradiction(reason: reason, span: literal.test.span)
            }
            states[name] = state
        }
        return nil
    }

    private static func effect(of literal: Literal, info: AttributeInfo) -> (Effect, impliesKnown: Bool) {
        let test = literal.test
        let negated = literal.negated
        var word: String?
        var number: Double?
        switch test.value?.kind {
        case .word(let text)?: word = text
        case .number(let value)?: number = value
        case nil: break
        }
        let isScale: Bool
        if case .scale = info.domain { isScale = true } else { isScale = false }
        switch test.op {
        case .isKnown: return (negated ? .unknown : .known, !negated)
        case .isUnknown: return (negated ? .known : .unknown, negated)
        case .has:
            guard let word else { return (.none, false) }
            return (negated ? .lacks(word) : .contains(word), !negated)
        case .equals, .notEquals:
            let isEqual = (test.op == .equals) != negated
            let impliesKnown = test.op == .notEquals || !negated
            if isScale, let number {
                return (.number(.equal, number, excluded: !isEqual), impliesKnown)
            }
            guard let word else { return (.none, false) }
            return (isEqual ? .equal(word) : .notEqual(word), impliesKnown)
        case .compare(let comparison):
            guard let number, isScale else { return (.none, false) }
            return (.number(negated ? comparison.negation : comparison, number, excluded: false), !negated)
        }
    }

    private static func conflict(
        adding literal: Literal, effect: Effect, impliesKnown: Bool, info: AttributeInfo, to state: inout State
    ) -> Contradiction.Reason? {
        if impliesKnown, let unknown = state.unknownBy {
            return .contradicts(literal.text, unknown.text)
        }
        if impliesKnown, state.knownBy == nil { state.knownBy = literal }
        switch effect {
        case .none:
            return nil
        case .known:
            if let unknown = state.unknownBy { return .contradicts(literal.text, unknown.text) }
            state.knownBy = state.knownBy ?? literal
        case .unknown:
            if let known = state.knownBy { return .contradicts(literal.text, known.text) }
            state.unknownBy = literal
        case .equal(let value):
            if let equal = state.equal, equal.value != value, !info.isMultiple {
                return .contradicts(literal.text, equal.literal.text)
            }
            if let excluded = state.excluded.first(where: { $0.value == value }) {
                return .contradicts(literal.text, excluded.literal.text)
            }
            state.equal = state.equal ?? (value, literal)
        case .notEqual(let value):
            if let equal = state.equal, equal.value == value {
                return .contradicts(literal.text, equal.literal.text)
            }
            state.excluded.append((value, literal))
            let domain: [String]
            switch info.domain {
            case .symbols(let values): domain = values
            case .boolean: domain = ["yes", "no"]
            case .scale: domain = []
            }
            let excluded = Set(state.excluded.map(\.value))
            if !info.isMultiple, !domain.isEmpty, domain.allSatisfy(excluded.contains) {
                return .rulesOutLastValue(literal.text, attribute: info.name)
            }
        case .contains(let value):
            if let lacking = state.lacks[value] { return .contradicts(literal.text, lacking.text) }
            state.contains[value] = state.contains[value] ?? literal
        case .lacks(let value):
            if let containing = state.contains[value] { return .contradicts(literal.text, containing.text) }
            state.lacks[value] = state.lacks[value] ?? literal
        case .number(let comparison, let value, let excluded):
            guard case .scale(let min, let max) = info.domain else { return nil }
            let constraint = NumberConstraint(comparison: comparison, value: value, excluded: excluded)
            if !feasible([constraint], min: min, max: max) {
                return .outsideScale(literal.text, attribute: info.name, minimum: min, maximum: max)
            }
            let all = state.numbers.map(\.constraint) + [constraint]
            if !feasible(all, min: min, max: max) {
                if let partner = state.numbers.first(where: {
                    !feasible([$0.constraint, constraint], min: min, max: max)
                }) {
                    return .contradicts(literal.text, partner.literal.text)
                }
                return .leavesNoWholeNumber(literal.text, attribute: info.name, minimum: min, maximum: max)
            }
            state.numbers.append((literal, constraint))
        }
        return nil
    }

    /// Whether some whole number from `min` to `max` meets every constraint.
    private static func feasible(_ constraints: [NumberConstraint], min: Int, max: Int) -> Bool {
        var low = Double(min)
        var high = Double(max)
        var equal: Double?
        var excluded: Set<Double> = []
        for constraint in constraints {
            let value = constraint.value
            if constraint.excluded {
                excluded.insert(value)
                continue
            }
            switch constraint.comparison {
            case .equal:
                if let equal, equal != value { return false }
                equal = value
            case .less: high = Swift.min(high, value.rounded(.up) - 1)
            case .lessOrEqual: high = Swift.min(high, value.rounded(.down))
            case .greater: low = Swift.max(low, value.rounded(.down) + 1)
            case .greaterOrEqual: low = Swift.max(low, value.rounded(.up))
            }
        }
        if let equal {
            return equal == equal.rounded() && equal >= low && equal <= high && !excluded.contains(equal)
        }
        guard low <= high else { return false }
        let inRange = excluded.filter { $0 == $0.rounded() && $0 >= low && $0 <= high }.count
        return high - low + 1 > Double(inRange)
    }
}

extension Condition.Comparison {
    /// The comparison that holds exactly when this one does not (`<` becomes `>=`).
    var negation: Condition.Comparison {
        switch self {
        case .less: return .greaterOrEqual
        case .lessOrEqual: return .greater
        case .greater: return .lessOrEqual
        case .greaterOrEqual: return .less
        case .equal: return .equal
        }
    }
}
