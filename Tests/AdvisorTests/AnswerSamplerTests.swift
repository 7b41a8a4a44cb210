@testable import Advisor
import KnowledgeBase
import Testing
import Utilities

@Suite("Answer sampler")
struct AnswerSamplerTests {
    let knowledge = Fixture.shipped

    @Test("every sampled answer set is valid: it reads back through --answer, and exclusive options stand alone")
    func answersAreValid() throws {
        let sampler = AnswerSampler(knowledge: knowledge)
        var generator = SplitMix64(seed: 7)
        for _ in 0..<300 {
            let answers = sampler.answers(using: &generator)
            #expect(answers.answers.count == knowledge.questions.count)
            var reread = AnswerSet()
            for assignment in answers.assignments(in: knowledge.questions) {
                try reread.apply(assignment: assignment, knowledge: knowledge)
            }
            #expect(reread == answers)
            for question in knowledge.questions {
                guard case .options(let ids)? = answers.answers[question.id] else { continue }
                let exclusive = Set(question.options.filter(\.isExclusive).map(\.id))
                #expect(!ids.isEmpty)
                #expect(ids.count == 1 || exclusive.isDisjoint(with: ids), "\(question.id)=\(ids)")
            }
        }
    }

    @Test("the same seed gives the same answer sets; the sample reaches every option")
    func deterministicAndCovering() {
        let sampler = AnswerSampler(knowledge: knowledge)
        var first = SplitMix64(seed: 3)
        var second = SplitMix64(seed: 3)
        var seen: [String: Set<String>] = [:]
        for _ in 0..<400 {
            let answers = sampler.answers(using: &first)
            #expect(answers == sampler.answers(using: &second))
            for (id, answer) in answers.answers {
                switch answer {
                case .option(let option): seen[id, default: []].insert(option)
                case .options(let options): seen[id, default: []].formUnion(options)
                case .boolean(let flag): seen[id, default: []].insert(flag ? "yes" : "no")
                case .number(let number): seen[id, default: []].insert(String(number))
                }
            }
        }
        for question in knowledge.questions where !question.options.isEmpty {
            #expect(seen[question.id] == Set(question.options.map(\.id)), "\(question.id)")
        }
    }
}
