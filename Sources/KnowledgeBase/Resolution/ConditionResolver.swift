import Inference
import Utilities

/// Resolves conditions, values and conclusions against the attributes the declarations define.
///
/// Every test of a condition is checked, so one condition reports all its problems; what a
/// condition reads is collected also where it has problems (a typo counts as reading what it
/// probably meant), so one mistake does not make a question look unread as well.
struct ConditionResolver: Sendable {
    /// The attributes a `then` may conclude.
    static let concludable: [DerivedAttribute] = [.intent, .nature, .archetype, .agreement, .form, .signal]

    /// What conditions may read, by name.
    let attributes: [String: AttributeInfo]
    /// The question ids in declaration order, for "did you mean".
    let questions: [String]

    /// Resolves a `when` or `applies-when`; one with a syntax error reads every attribute it names.
    ///
    /// - Complexity: O(n) in the number of tests, plus the suggestions for unknown names.
    func resolve(_ written: WrittenCondition, problems: inout Problems) -> ResolvedCondition {
        var reads: [Read] = []
        guard let syntax = written.condition else {
            for word in written.words where attributes[word.text] != nil {
                reads.append(Read(attribute: word.text, value: nil))
            }
            return ResolvedCondition(written: written, condition: nil, reads: reads)
        }
        let condition = resolve(syntax, reads: &reads, problems: &problems)
        return ResolvedCondition(written: written, condition: condition, reads: reads)
    }

    /// Resolves a written condition to an engine condition, reporting every problem in it.
    ///
    /// - Parameter reads: Receives what the condition reads, also where a test has errors.
    /// - Returns: The condition, or `nil` when any test has an error.
    func resolve(_ condition: ConditionSyntax, reads: inout [Read], problems: inout Problems) -> Condition? {
        switch condition {
        case .test(let test):
            return resolve(test, reads: &reads, problems: &problems)
        case .all(let parts):
            return resolve(parts, reads: &reads, problems: &problems).map {
                .all(Self.flattened($0, conjunction: true))
            }
        case .any(let parts):
            return resolve(parts, reads: &reads, problems: &problems).map {
                .any(Self.flattened($0, conjunction: false))
            }
        case .not(let inner):
            return resolve(inner, reads: &reads, problems: &problems).map { .not($0) }
        }
    }

    /// Every part resolved (each reports its own problems), or `nil` when any part has an error.
    private func resolve(_ parts: [ConditionSyntax], reads: inout [Read], problems: inout Problems) -> [Condition]? {
        var resolved: [Condition] = []
        var failed = false
        for part in parts {
            if let condition = resolve(part, reads: &reads, problems: &problems) {
                resolved.append(condition)
            } else {
                failed = true
            }
        }
        return failed ? nil : resolved
    }

    /// The parts with nested `and`s (or `or`s) of the same kind spliced in.
    static func flattened(_ parts: [Condition], conjunction: Bool) -> [Condition] {
        parts.flatMap { part -> [Condition] in
            if conjunction, case .all(let inner) = part { return inner }
            if !conjunction, case .any(let inner) = part { return inner }
            return [part]
        }
    }

    private func resolve(_ test: TestSyntax, reads: inout [Read], problems: inout Problems) -> Condition? {
        let name = test.name.text
        guard let info = attributes[name] else {
            let candidates = questions + DerivedAttribute.allCases.map(\.rawValue)
            let suggestion = Suggestion.closest(to: name, among: candidates)
            problems.add(.unknown(.question, name, hint: suggestion.map(Hint.didYouMean)), at: test.name.span)
            // Count the likely meant question as read (every option), so the typo does not cascade.
            if let suggestion { reads.append(Read(attribute: suggestion, value: nil)) }
            return nil
        }
        if case .word(let word)? = test.value?.kind {
            if case .symbols(let ids) = info.domain, !info.isUnchecked, !ids.contains(word) {
                // An unknown option: count the likely meant one, or else every option, as read.
                reads.append(Read(attribute: name, value: Suggestion.closest(to: word, among: ids)))
            } else {
                reads.append(Read(attribute: name, value: word))
            }
        } else {
            reads.append(Read(attribute: name, value: nil))
        }
        switch test.op {
        case .isKnown:
            return .known(name)
        case .isUnknown:
            return .unknown(name)
        case .equals, .notEquals:
            if info.isMultiple, !info.isUnchecked {
                problems.add(
                    .misuse(info.nature, test.op == .equals ? .equalsOnMultiple : .notEqualsOnMultiple),
                    at: test.opSpan)
                return nil
            }
            guard let syntax = test.value, let value = value(syntax, for: info, problems: &problems) else { return nil }
            return test.op == .equals ? .equals(name, value) : .notEquals(name, value)
        case .has:
            if !info.isMultiple, !info.isUnchecked {
                problems.add(.misuse(info.nature, .hasOnSingle), at: test.opSpan)
                return nil
            }
            guard let syntax = test.value, let value = value(syntax, for: info, problems: &problems) else { return nil }
            return .contains(name, value)
        case .compare(let comparison):
            guard case .number(let number)? = test.value?.kind else { return nil }
            if case .scale = info.domain {
                return .compare(name, comparison, number)
            }
            guard info.isUnchecked else {
                problems.add(.misuse(info.nature, .comparison(comparison.rawValue)), at: test.opSpan)
                return nil
            }
            return .compare(name, comparison, number)
        }
    }

    /// Resolves a value for an attribute, reporting a value of the wrong kind or an unknown id.
    func value(_ value: ValueSyntax, for info: AttributeInfo, problems: inout Problems) -> Value? {
        if info.isUnchecked {
            switch value.kind {
            case .word(let word): return .symbol(word)
            case .number(let number): return .number(number)
            }
        }
        switch info.domain {
        case .symbols(let ids):
            if case .word(let word) = value.kind, ids.contains(word) { return .symbol(word) }
            var hint = Hint.closest(to: value.raw, among: ids)
            if hint == nil, (2...3).contains(ids.count) { hint = .expected(ids) }
            problems.add(.unknown(info.values, value.raw, hint: hint), at: value.span)
            return nil
        case .boolean:
            if case .word(let word) = value.kind, word == "yes" || word == "no" { return .boolean(word == "yes") }
            problems.add(.misuse(info.nature, .notYesNo(found: value.raw)), at: value.span)
            return nil
        case .scale:
            if case .number(let number) = value.kind { return .number(number) }
            problems.add(.misuse(info.nature, .notNumber(found: value.raw)), at: value.span)
            return nil
        }
    }

    /// Resolves `then ATTRIBUTE = VALUE [with CERTAINTY]`.
    func conclusion(_ syntax: ConclusionSyntax, problems: inout Problems) -> Conclusion? {
        let name = syntax.attribute.text
        guard let attribute = DerivedAttribute(rawValue: name), Self.concludable.contains(attribute),
            let info = attributes[name]
        else {
            if name == DerivedAttribute.excludedForm.rawValue {
                problems.add(.concludesExcludedForm, at: syntax.attribute.span)
            } else if attributes[name]?.isQuestion == true {
                problems.add(.concludesQuestion(name), at: syntax.attribute.span)
            } else {
                let names = Self.concludable.map(\.rawValue)
                problems.add(
                    .unknownConclusionAttribute(name, hint: Hint.closest(to: name, among: names)),
                    at: syntax.attribute.span)
            }
            return nil
        }
        guard let value = value(syntax.value, for: info, problems: &problems) else { return nil }
        return Conclusion(attribute: name, value: value, certainty: syntax.certainty)
    }
}
