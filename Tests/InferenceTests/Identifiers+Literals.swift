@testable public import Inference

// Integer literals for the engine's ids, in tests only: the library itself never makes an id
// from a bare number, so mixed indices do not compile there.

extension AttributeID: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int32) { self.init(value) }
}

extension ValueID: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int32) { self.init(value) }
}

extension RuleID: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int32) { self.init(value) }
}

extension KeyID: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int32) { self.init(value) }
}

extension RuleRank: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int32) { self.init(value) }
}
