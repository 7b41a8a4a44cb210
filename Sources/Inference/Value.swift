/// A value an attribute can hold: a symbol, a number or a boolean.
///
/// Values are ordered so that output can always be sorted: booleans first (`false` before
/// `true`), then numbers by magnitude, then symbols by their text.
public enum Value: Hashable, Sendable {
    /// A symbolic value such as an option id (`verbeteren`).
    case symbol(String)
    /// A numeric value, for example the answer to a scale question.
    case number(Double)
    /// A yes/no value.
    case boolean(Bool)
}

extension Value: Comparable {
    /// Whether `lhs` sorts before `rhs`: booleans, then numbers, then symbols.
    public static func < (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.boolean(let a), .boolean(let b)): return !a && b
        case (.boolean, _): return true
        case (.number, .boolean): return false
        case (.number(let a), .number(let b)): return a < b
        case (.number, .symbol): return true
        case (.symbol(let a), .symbol(let b)): return a < b
        case (.symbol, _): return false
        }
    }
}

extension Value: CustomStringConvertible {
    /// The value as written in a knowledge file: `verbeteren`, `3`, `2.5`, `yes` or `no`.
    public var description: String {
        switch self {
        case .symbol(let text): return text
        case .boolean(let flag): return flag ? "yes" : "no"
        case .number(let number):
            if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
            return String(number)
        }
    }
}
