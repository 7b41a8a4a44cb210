import Testing

@testable import Inference

/// Each row of the scoring table in `Condition.swift`, with worked numbers.
@Suite("Premise evaluation")
struct PremiseEvaluationTests {
    /// Facts: colour = red 0.8 and blue 0.3; n = 1 (0.4) and 5 (0.7); neg = p (-0.6);
    /// weak = w (0.1); empty has none.
    private func score(_ condition: Condition, threshold: Double = 0.2) throws -> Double {
        let base = try RuleBase(
            attributes: [
                AttributeDeclaration(name: "colour", cardinality: .multiple),
                AttributeDeclaration(name: "n", cardinality: .multiple),
                AttributeDeclaration(name: "neg"), AttributeDeclaration(name: "weak"),
                AttributeDeclaration(name: "empty"), AttributeDeclaration(name: "out"),
            ],
            rules: [
                Rule(id: "r", premise: condition, conclusions: [Conclusion(attribute: "out", value: .boolean(true))])
            ])
        var engine = Engine(ruleBase: base, threshold: threshold)
        try engine.assert("colour", .symbol("red"), certainty: Certainty(0.8))
        try engine.assert("colour", .symbol("blue"), certainty: Certainty(0.3))
        try engine.assert("n", .number(1), certainty: Certainty(0.4))
        try engine.assert("n", .number(5), certainty: Certainty(0.7))
        try engine.assert("neg", .symbol("p"), certainty: Certainty(-0.6))
        try engine.assert("weak", .symbol("w"), certainty: Certainty(0.1))
        engine.run()
        return engine.memory.score(base.program.nodes, Int(base.program.premiseRoots[0]), threshold: threshold)
    }

    @Test(arguments: [
        (Condition.equals("colour", .symbol("red")), 0.8),
        (.equals("colour", .symbol("green")), 0),
        (.equals("empty", .symbol("x")), 0),
        (.equals("neg", .symbol("p")), -0.6),
    ])
    func equalsIsTheFactsCertainty(condition: Condition, expected: Double) throws {
        #expect(try score(condition) == expected)
    }

    @Test func containsIsTheMembersCertainty() throws {
        #expect(try score(.contains("colour", .symbol("blue"))) == 0.3)
        #expect(try score(.contains("colour", .symbol("green"))) == 0)
    }

    @Test(arguments: [
        // max(-0.8, blue 0.3)
        (Condition.notEquals("colour", .symbol("red")), 0.3),
        // max(-0, red 0.8, blue 0.3)
        (.notEquals("colour", .symbol("green")), 0.8),
        // max(-(-0.6)): known not to be p
        (.notEquals("neg", .symbol("p")), 0.6),
        // nothing known either way
        (.notEquals("empty", .symbol("x")), 0),
        // max(-0.1)
        (.notEquals("weak", .symbol("w")), -0.1),
    ])
    func notEqualsIsTheStrongestEvidenceOfAnotherValue(condition: Condition, expected: Double) throws {
        #expect(try score(condition) == expected)
    }

    @Test(arguments: [
        (Condition.compare("n", .greater, 2), 0.7),
        (.compare("n", .less, 2), 0.4),
        (.compare("n", .greaterOrEqual, 1), 0.7),
        (.compare("n", .lessOrEqual, 1), 0.4),
        (.compare("n", .equal, 3), 0),
        (.compare("colour", .greater, 0), 0),
        (.compare("empty", .less, 10), 0),
    ])
    func compareIsTheBestSatisfyingNumber(condition: Condition, expected: Double) throws {
        #expect(try score(condition) == expected)
    }

    @Test(arguments: [
        (Condition.known("colour"), 0.8), (.known("n"), 0.7), (.known("neg"), -0.6), (.known("empty"), 0),
    ])
    func knownIsTheBestValue(condition: Condition, expected: Double) throws {
        #expect(try score(condition) == expected)
    }

    @Test(arguments: [
        (Condition.unknown("empty"), 1.0),
        (.unknown("weak"), 1),  // 0.1 does not reach the threshold
        (.unknown("neg"), 1),
        (.unknown("colour"), -0.8),
    ])
    func unknownHoldsUntilAValueReachesTheThreshold(condition: Condition, expected: Double) throws {
        #expect(try score(condition) == expected)
    }

    @Test func unknownDependsOnTheThreshold() throws {
        #expect(try score(.unknown("weak"), threshold: 0.05) == -0.1)
    }

    @Test func combinationsTakeMinimumMaximumAndNegation() throws {
        let red = Condition.equals("colour", .symbol("red"))
        let blue = Condition.contains("colour", .symbol("blue"))
        #expect(try score(.all([red, blue])) == 0.3)
        #expect(try score(.any([red, blue])) == 0.8)
        #expect(try score(.all([])) == 1)
        #expect(try score(.any([])) == -1)
        #expect(try score(.not(red)) == -0.8)
        #expect(try score(.not(.neg)) == 0.6)
        #expect(try score(.all([.any([red, .known("empty")]), .not(.equals("neg", .symbol("p")))])) == 0.6)
    }

    @Test func notOfAnAbsentFactIsZeroAndNeverFires() throws {
        let value = try score(.not(.equals("colour", .symbol("green"))))
        #expect(value == 0)
        #expect(value.sign == .plus)
    }
}

extension Condition {
    /// `neg = p`, which holds with certainty -0.6 in the fixture.
    fileprivate static let neg = Condition.equals("neg", .symbol("p"))
}
