import Testing

@testable import Inference

@Suite("RuleProgram")
struct RuleProgramTests {
    private let program: RuleProgram

    init() throws {
        let conclude = { (attribute: String) in [Conclusion(attribute: attribute, value: .boolean(true))] }
        program = try RuleBase(
            attributes: [
                AttributeDeclaration(name: "in", cardinality: .multiple),
                AttributeDeclaration(name: "mid"), AttributeDeclaration(name: "out"),
            ],
            rules: [
                Rule(id: "r0", premise: .equals("mid", .boolean(true)), conclusions: conclude("out")),
                Rule(
                    id: "r1", premise: .all([.contains("in", .symbol("p")), .known("in")]), conclusions: conclude("mid")
                ),
                Rule(id: "r2", premise: .compare("in", .greater, 1), conclusions: conclude("mid"), salience: 3),
                Rule(
                    id: "r3", premise: .unknown("mid"),
                    conclusions: conclude("out") + [
                        Conclusion(attribute: "out", value: .boolean(false), certainty: -0.5)
                    ]),
            ]
        ).program
    }

    @Test func ranksRulesBySalienceThenSpecificityThenDeclaration() {
        #expect(program.ruleAtRank == [2, 1, 0, 3])
        #expect(program.rankOfRule == [2, 1, 0, 3])
    }

    @Test func indexesReadersByKeyAndByAttribute() throws {
        let midTrue = try #require(program.table.key(attribute: 1, value: .boolean(true)))
        let inP = try #require(program.table.key(attribute: 0, value: .symbol("p")))
        // The key readers are listed by agenda rank: rule 0 is at rank 2, rule 1 at rank 1.
        #expect(Array(program.keyReaders[midTrue]) == [2])
        #expect(Array(program.keyReaders[inP]) == [1])
        #expect(program.keyReaders[midTrue].map { program.ruleAtRank[$0.index] } == [0])
        #expect(program.attributeReaders[0].map(\.rule) == [1, 2])
        #expect(program.attributeReaders[1].map(\.rule) == [3])
        #expect(program.attributeReaders[2].isEmpty)
    }

    @Test func listsConclusionsAndWhatEachRuleReads() {
        #expect(program.conclusions(of: 3) == 3..<5)
        #expect(program.conclusionCertainties == [1, 1, 1, 1, -0.5])
        #expect(program.conclusionRules == [0, 1, 2, 3, 3])
        #expect(program.attributesRead(by: 1) == [0, 0])
        #expect(program.attributesConcluded(by: 3) == [2, 2])
        #expect(program.isDerived == [false, true, true])
        #expect(program.isMultiple == [true, false, false])
    }

    @Test func answersWhetherARuleReadsAMarkedAttributeAndMarksWhatItConcludes() {
        #expect(program.reads(1, anyOf: [true, false, false]))
        #expect(!program.reads(1, anyOf: [false, true, true]))
        var marked = [false, false, false]
        program.markAttributesConcluded(by: 3, in: &marked)
        #expect(marked == [false, false, true])
    }

    @Test func ordersRulesSoThatReadersComeAfterConcluders() throws {
        let position = Dictionary(uniqueKeysWithValues: program.rulesInTopologicalOrder.enumerated().map { ($1, $0) })
        // r0 and r3 read `mid`, which r1 and r2 conclude.
        for reader in [0, 3] as [RuleID] {
            for concluder in [1, 2] as [RuleID] {
                let (before, after) = (try #require(position[concluder]), try #require(position[reader]))
                #expect(before < after)
            }
        }
    }
}
