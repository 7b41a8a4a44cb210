// API SKELETON — to be implemented by the engine work (issue #2). Signatures are fixed.

/// The forward-chaining engine (API skeleton; see issue #2).
public struct Engine: Sendable {
    /// A reason an input cannot be asserted.
    public enum InputError: Swift.Error, Equatable, Sendable, CustomStringConvertible {
        /// The attribute is not declared in the rule base.
        case undeclaredAttribute(String)
        public var description: String {
            switch self {
            case .undeclaredAttribute(let name): return "attribute '\(name)' is not declared"
            }
        }
    }

    public let ruleBase: RuleBase
    public let threshold: Double

    public init(ruleBase: RuleBase, threshold: Double = 0.2) {
        self.ruleBase = ruleBase
        self.threshold = threshold
    }

    public mutating func assert(_ attribute: String, _ value: Value, certainty: Certainty = .certain) throws(InputError) {
        fatalError("not implemented")
    }
    public mutating func retract(_ attribute: String, _ value: Value) throws(InputError) { fatalError("not implemented") }
    public mutating func retractAll(_ attribute: String) throws(InputError) { fatalError("not implemented") }
    @discardableResult public mutating func run() -> [Firing] { fatalError("not implemented") }
    public var facts: [Fact] { fatalError("not implemented") }
    public func certainty(of attribute: String, _ value: Value) -> Certainty { fatalError("not implemented") }
    public func values(of attribute: String) -> [Fact] { fatalError("not implemented") }
    public var trace: [Firing] { fatalError("not implemented") }
    public var firedRules: [String] { fatalError("not implemented") }
    public func how(_ attribute: String, _ value: Value) -> Derivation? { fatalError("not implemented") }
    public func whyNot(_ attribute: String, _ value: Value) -> [WhyNot] { fatalError("not implemented") }
    public func relevance(goal: String) -> [String] { fatalError("not implemented") }
    public func influence(of attribute: String) -> [String] { fatalError("not implemented") }
    public var inputAttributes: [String] { fatalError("not implemented") }
    public func isAnswered(_ attribute: String) -> Bool { fatalError("not implemented") }
}

public struct FactKey: Hashable, Sendable {
    public let attribute: String
    public let value: Value
    public init(attribute: String, value: Value) { self.attribute = attribute; self.value = value }
}

public struct Fact: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        case given(Certainty)
        case defaulted(Certainty)
        case rule(String, contribution: Certainty)
    }
    public let attribute: String
    public let value: Value
    public let certainty: Certainty
    public let sources: [Source]
}

public struct Firing: Hashable, Sendable {
    public let rule: String
    public let premiseCertainty: Certainty
    public let matched: [Fact]
    public let concluded: [Concluded]
    public struct Concluded: Hashable, Sendable {
        public let attribute: String
        public let value: Value
        public let contribution: Certainty
    }
}

public struct Derivation: Hashable, Sendable {
    public let fact: Fact
    public let steps: [Step]
    public enum Step: Hashable, Sendable {
        case given(Certainty)
        case defaulted(Certainty)
        case rule(String, premise: Certainty, contribution: Certainty, from: [Derivation])
    }
}

public struct WhyNot: Hashable, Sendable {
    public let rule: String
    public let outcome: Outcome
    public enum Outcome: Hashable, Sendable {
        case fired(contribution: Certainty)
        case blocked(by: Condition, certainty: Certainty)
    }
}
