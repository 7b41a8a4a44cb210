import KnowledgeBase
import Utilities

/// An answer as written in an answers file or a `--answer` flag, before it is checked against
/// its question.
enum AnswerValue: Hashable, Sendable {
    /// A JSON string.
    case string(String)
    /// A JSON array (of anything).
    case list([AnswerValue])
    /// A JSON boolean.
    case boolean(Bool)
    /// A JSON number.
    case number(Double)
    /// `null` or an object, shown as given.
    case other(String)
    /// The text of a `--answer id=value[,value]` after the `=`.
    case text(String)

    /// The value as shown in messages: JSON notation, or the text in quotes.
    var shown: String {
        switch self {
        case .string(let text), .text(let text): return "\"\(text)\""
        case .list(let items): return "[" + items.map(\.shown).joined(separator: ", ") + "]"
        case .boolean(let flag): return flag ? "true" : "false"
        case .number(let number): return Self.format(number)
        case .other(let text): return text
        }
    }

    private static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }

    /// Checks this value against `question` and turns it into an ``Answer``.
    ///
    /// - Returns: The answer, or the problems found (never both, never neither).
    func answer(to question: Question, source: String) -> Result<Answer, AnswerError> {
        if let scalar = firstControlCharacter {
            return .failure(AnswerError(.controlCharacter(source: source, question: question.id, scalar: scalar)))
        }
        switch question.kind {
        case .oneOf:
            guard let ids = optionIDs() else { return failure(question, source) }
            guard ids.count == 1, let id = ids.first else {
                if ids.isEmpty { return failure(question, source) }
                return .failure(AnswerError(.severalOptions(source: source, question: question.id)))
            }
            return check(ids: [id], of: question, source: source).map { .option($0[0]) }
        case .manyOf:
            guard let ids = optionIDs() else { return failure(question, source) }
            guard !ids.isEmpty else {
                return .failure(AnswerError(.noOption(source: source, question: question.id)))
            }
            return check(ids: ids, of: question, source: source).flatMap { checked in
                if let conflict = ExclusiveOptions(question: question).conflict(in: checked) {
                    return .failure(
                        AnswerError(
                            .exclusiveOption(
                                source: source, question: question.id, option: conflict.option, others: conflict.others)
                        ))
                }
                return .success(.options(checked))
            }
        case .yesNo:
            switch self {
            case .boolean(let flag): return .success(.boolean(flag))
            case .string(let text), .text(let text):
                if let flag = Self.yesNo(text) { return .success(.boolean(flag)) }
                return failure(question, source)
            case .list, .number, .other: return failure(question, source)
            }
        case .scale(let min, let max):
            let number: Double
            switch self {
            case .number(let value): number = value
            case .text(let text), .string(let text):
                guard let value = Int(text.trimmingSpaces) else { return failure(question, source) }
                number = Double(value)
            case .list, .boolean, .other: return failure(question, source)
            }
            guard number == number.rounded(), number >= Double(min), number <= Double(max) else {
                return .failure(
                    AnswerError(
                        .outOfRange(
                            source: source, question: question.id, value: shownNumber(number), min: min, max: max)))
            }
            return .success(.number(Int(number)))
        }
    }

    /// The first control character in any text of this value, or `nil` when there is none.
    var firstControlCharacter: Unicode.Scalar? {
        switch self {
        case .string(let text), .text(let text), .other(let text): return ControlCharacters.first(in: text)
        case .list(let items): return items.lazy.compactMap(\.firstControlCharacter).first
        case .boolean, .number: return nil
        }
    }

    private func shownNumber(_ number: Double) -> String {
        switch self {
        case .text(let text): return text.trimmingSpaces
        case .string(let text): return "\"\(text)\""
        case .number, .list, .boolean, .other: return Self.format(number)
        }
    }

    /// The option ids this value names (a string, a comma- or space-separated text, or a list
    /// of strings), or `nil` when it is no way of naming options.
    private func optionIDs() -> [String]? {
        switch self {
        case .string(let id): return [id]
        case .text(let text): return Self.split(text)
        case .list(let items): return Self.strings(items)
        case .boolean, .number, .other: return nil
        }
    }

    private func failure(_ question: Question, _ source: String) -> Result<Answer, AnswerError> {
        .failure(AnswerError(.wrongType(source: source, question: question.id, kind: question.kind, given: shown)))
    }

    /// Checks option ids, removing repeats and keeping the order given.
    private func check(ids: [String], of question: Question, source: String) -> Result<[String], AnswerError> {
        let known = question.options.map(\.id)
        var problems: [AnswerProblem] = []
        var result: [String] = []
        for id in ids where !result.contains(id) {
            if known.contains(id) {
                result.append(id)
            } else {
                problems.append(
                    .unknownOption(
                        source: source, question: question.id, option: id,
                        suggestion: Suggestion.closest(to: id, among: known)))
            }
        }
        guard problems.isEmpty else { return .failure(AnswerError(problems: problems)) }
        return .success(result)
    }

    private static func split(_ text: String) -> [String] {
        text.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
    }

    private static func strings(_ items: [AnswerValue]) -> [String]? {
        var result: [String] = []
        for item in items {
            guard case .string(let text) = item else { return nil }
            result.append(text)
        }
        return result
    }

    /// `yes`/`no` in either language, and `true`/`false`; case-insensitive.
    static func yesNo(_ text: String) -> Bool? {
        switch text.trimmingSpaces.lowercased() {
        case "yes", "y", "ja", "j", "true": return true
        case "no", "n", "nee", "false": return false
        default: return nil
        }
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(scalars)
    }
}
