import Testing

@testable import Inference

@Suite("RuleBase")
struct RuleBaseTests {
    private func rule(
        _ id: String, _ premise: Condition, _ attribute: String, certainty: Double = 1
    ) -> Rule {
        Rule(
            id: id, premise: premise,
            conclusions: [Conclusion(attribute: attribute, value: .boolean(true), certainty: certainty)])
    }

    private func attributes(_ names: String...) -> [AttributeDeclaration] {
        names.map { AttributeDeclaration(name: $0) }
    }

    private func error(_ body: () throws(RuleBase.Error) -> RuleBase) -> RuleBase.Error? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }

    @Test func acceptsAValidRuleBase() throws {
        let base = try RuleBase(
            attributes: attributes("a", "b", "c"),
            rules: [rule("r1", .known("a"), "b"), rule("r2", .known("b"), "c")])
        #expect(base.attributes.map(\.name) == ["a", "b", "c"])
        #expect(base.rules.map(\.id) == ["r1", "r2"])
    }

    @Test func rejectsADuplicateAttribute() {
        let found = error { () throws(RuleBase.Error) in try RuleBase(attributes: attributes("a", "b", "a"), rules: [])
        }
        #expect(found == .duplicateAttribute("a"))
        #expect(found?.description == "attribute 'a' is declared more than once")
    }

    @Test func rejectsADuplicateRule() {
        let found = error { () throws(RuleBase.Error) in
            try RuleBase(
                attributes: attributes("a", "b"), rules: [rule("r", .known("a"), "b"), rule("r", .known("a"), "b")])
        }
        #expect(found == .duplicateRule("r"))
        #expect(found?.description == "rule 'r' is declared more than once")
    }

    @Test func reportsTheFirstUndeclaredAttributeInOrderOfAppearance() {
        let premise = Condition.all([.known("a"), .not(.equals("zz", .number(1))), .known("yy")])
        let found = error { () throws(RuleBase.Error) in
            try RuleBase(attributes: attributes("a", "b"), rules: [rule("r", premise, "b")])
        }
        #expect(found == .undeclaredAttribute(rule: "r", attribute: "zz"))
        #expect(found?.description == "rule 'r' uses undeclared attribute 'zz'")
    }

    @Test func rejectsAnUndeclaredConclusion() {
        let found = error { () throws(RuleBase.Error) in
            try RuleBase(attributes: attributes("a"), rules: [rule("r", .known("a"), "out")])
        }
        #expect(found == .undeclaredAttribute(rule: "r", attribute: "out"))
    }

    @Test(arguments: [1.5, -1.01, Double.nan])
    func rejectsACertaintyOutsideTheRange(certainty: Double) {
        let found = error { () throws(RuleBase.Error) in
            try RuleBase(attributes: attributes("a", "b"), rules: [rule("r", .known("a"), "b", certainty: certainty)])
        }
        guard case .certaintyOutOfRange(rule: "r", let reported) = found else {
            Issue.record("expected certaintyOutOfRange, got \(String(describing: found))")
            return
        }
        #expect(reported == certainty || (reported.isNaN && certainty.isNaN))
        if certainty == 1.5 { #expect(found?.description == "rule 'r' has certainty 1.5 outside -1...1") }
    }

    @Test func rejectsARuleWithoutConclusions() {
        let found = error { () throws(RuleBase.Error) in
            try RuleBase(attributes: attributes("a"), rules: [Rule(id: "r", premise: .known("a"), conclusions: [])])
        }
        #expect(found == .noConclusion(rule: "r"))
        #expect(found?.description == "rule 'r' concludes nothing")
    }

    @Test func rejectsADefaultOnADerivedAttribute() {
        let found = error { () throws(RuleBase.Error) in
            try RuleBase(
                attributes: [
                    AttributeDeclaration(name: "a"), AttributeDeclaration(name: "b", defaultValue: .number(1)),
                ],
                rules: [rule("r", .known("a"), "b")])
        }
        #expect(found == .defaultOnDerivedAttribute("b"))
        #expect(found?.description == "attribute 'b' is concluded by a rule and cannot have a default")
    }

    @Test func reportsACycleFromTheFirstDeclaredAttributeOnIt() {
        // c → a → b → c, with d hanging off b; the search starts at the first declared attribute.
        let found = error { () throws(RuleBase.Error) in
            try RuleBase(
                attributes: attributes("d", "b", "c", "a"),
                rules: [
                    rule("r1", .known("c"), "a"), rule("r2", .known("a"), "b"),
                    rule("r3", .known("b"), "d"), rule("r4", .known("b"), "c"),
                ])
        }
        #expect(found == .cycle(["b", "c", "a", "b"]))
        #expect(found?.description == "rules form a cycle: b -> c -> a -> b")
    }

    @Test func rejectsARuleThatReadsWhatItConcludes() {
        let found = error { () throws(RuleBase.Error) in
            try RuleBase(attributes: attributes("a"), rules: [rule("r", .unknown("a"), "a")])
        }
        #expect(found == .cycle(["a", "a"]))
    }

    @Test func checksRulesBeforeDefaultsBeforeCycles() {
        let found = error { () throws(RuleBase.Error) in
            try RuleBase(
                attributes: [AttributeDeclaration(name: "a", defaultValue: .number(1))],
                rules: [rule("r", .known("a"), "a"), Rule(id: "s", premise: .known("a"), conclusions: [])])
        }
        #expect(found == .noConclusion(rule: "s"))
    }

    @Test func ordersRulesTopologicallyWhateverTheDeclarationOrder() throws {
        let base = try RuleBase(
            attributes: attributes("c", "b", "a"),
            rules: [rule("bc", .known("b"), "c"), rule("ab", .known("a"), "b"), rule("none", .all([]), "a")])
        #expect(base.program.rulesInTopologicalOrder == [2, 1, 0])
    }

    @Test func validatesADeepChainWithoutRecursion() throws {
        let depth = 20_000
        let names = (0...depth).map { "x\($0)" }
        let rules = (1...depth).map { rule("r\($0)", .known(names[$0 - 1]), names[$0]) }
        let base = try RuleBase(attributes: names.map { AttributeDeclaration(name: $0) }, rules: rules)
        #expect(base.program.rulesInTopologicalOrder.count == depth)
        // A back edge at the very end closes a cycle through all of it.
        let cyclic = rules + [rule("back", .known(names[depth]), names[0])]
        let found = error { () throws(RuleBase.Error) in
            try RuleBase(attributes: names.map { AttributeDeclaration(name: $0) }, rules: cyclic)
        }
        guard case .cycle(let path) = found else {
            Issue.record("expected a cycle")
            return
        }
        #expect(path.count == depth + 2)
        #expect(path.first == "x0" && path.last == "x0")
    }
}
