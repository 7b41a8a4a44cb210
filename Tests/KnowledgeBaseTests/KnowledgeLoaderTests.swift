import Foundation
import Inference
import ShippedKnowledge
import Testing

@testable import KnowledgeBase

@Suite("Knowledge loader")
struct KnowledgeLoaderTests {
    @Test("the valid fixture base loads")
    func validBaseLoads() throws {
        let knowledge: Knowledge
        do {
            knowledge = try KnowledgeLoader.load(directory: Fixtures.valid)
        } catch {
            Issue.record("the valid fixture base does not load:\n\(error)")
            return
        }
        #expect(knowledge.version == "1.0.0")
        #expect(knowledge.archetypes.map(\.id) == ["transactioneel", "functioneel", "verkennend", "ondernemend"])
        #expect(knowledge.counts.description
            == "3 motives, 5 questions, 4 archetypes, 3 agreements, 3 forms, 2 signals, 32 rules (10 written, 22 generated)")
    }
}
