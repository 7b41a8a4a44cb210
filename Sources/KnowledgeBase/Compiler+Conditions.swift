import Inference
import Utilities

/// Resolving conditions, values and conclusions against the declared ids.
extension Compiler {
    /// The attributes a `then` may conclude.
    static let concludable: [DerivedAttribute] = [.intent, .nature, .archetype, .agreement, .form, .signal]

    /// Resolves a `when` or `applies-when`; one with a syntax error reads every attribute it names.
    mutating func resolve(_ written: WrittenCondition, reads: inout [Read]) -> Condition? {
        guard let condition = written.condition else {
            for word in written.words where attributes[word.text] != nil {
                reads.append(Read(attribute: word.text, value: nil))
            }
            return nil
        }
        return resolve(condition, reads: &reads)
    }

    /// Resolves a written condition to an engine condition, reporting every problem in it.
    ///
    /// - Parameter reads: Receives what the condition reads, also where a test has errors.
    /// - Returns: The condition, or `nil` when any test has an error.
    mutating func resolve(_ condition: ConditionSyntax, reads: inout [Read]) -> Condition? {
        switch condition {
        case .test(let test):
            return resolve(test, reads: &reads)
        case .all(let parts):
            var resolved: [Condition] = []
            var failed = false
            for part in parts {
                if let condition = resolve(part, reads: &reads) {
                    if case .all(let inner) = condition { resolved += inner } else { resolved.append(condition) }
                } else {
                    failed = true
                }
            }
            return failed ? nil : .all(resolved)
        case .any(let parts):
            var resolved: [Condition] = []
            var failed = false
            for part in parts {
                if let condition = resolve(part, reads: &reads) {
                    if case .any(let inner) = condition { resolved += inner } else { resolved.append(condition) }
                } else {
                    failed = true
                }
            }
            return failed ? nil : .any(resolved)
        case .not(let inner):
            return resolve(inner, reads: &reads).map { .not($0) }
        }
    }

    private mutating func resolve(_ test: TestSyntax, reads: inout [Read]) -> Condition? {
        let name = test.name.text
        guard let info = attributes[name] else {
            let candidates = Self.questionIDs(syntax, questionTable) + DerivedAttribute.allCases.map(\.rawValue)
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
            guard let syntax = test.value, let value = value(syntax, for: info) else { return nil }
            return test.op == .equals ? .equals(name, value) : .notEquals(name, value)
        case .has:
            if !info.isMultiple, !info.isUnchecked {
                problems.add(.misuse(info.nature, .hasOnSingle), at: test.opSpan)
                return nil
            }
            guard let syntax = test.value, let value = value(syntax, for: info) else { return nil }
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

    /// The question ids in declaration order (first declarations).
    static func questionIDs(_ syntax: KnowledgeSyntax, _ table: [String: Int]) -> [String] {
        syntax.questions.enumerated().compactMap { index, question in
            guard let id = question.header.id, table[id.text] == index else { return nil }
            return id.text
        }
    }

    /// Resolves a value for an attribute, reporting a value of the wrong kind or an unknown id.
    mutating func value(_ value: ValueSyntax, for info: AttributeInfo) -> Value? {
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
    mutating func conclusion(_ syntax: ConclusionSyntax) -> Conclusion? {
        let name = syntax.attribute.text
        guard let attribute = DerivedAttribute(rawValue: name), Self.concludable.contains(attribute),
            let info = attributes[name]
        else {
            if name == DerivedAttribute.excludedForm.rawValue {
                problems.add(.concludesExcludedForm, at: syntax.attribute.span)
            } else if attributes[name]?.question != nil {
                problems.add(.concludesQuestion(name), at: syntax.attribute.span)
            } else {
                let names = Self.concludable.map(\.rawValue)
                problems.add(
                    .unknownConclusionAttribute(name, hint: Hint.closest(to: name, among: names)),
                    at: syntax.attribute.span)
            }
            return nil
        }
        guard let value = value(syntax.value, for: info) else { return nil }
        return Conclusion(attribute: name, value: value, certainty: syntax.certainty)
    }
}
