import Inference
import Testing

@testable import KnowledgeBase

/// The compiled rules run in the engine as the language promises.
@Suite("Compiled rules in the engine")
struct EngineIntegrationTests {
    private func run(_ answers: [(String, Value)]) throws -> Engine {
        let knowledge = try TestSupport.load(try TestSupport.validBase())
        var engine = Engine(ruleBase: knowledge.ruleBase)
        for (attribute, value) in answers { try engine.assert(attribute, value) }
        engine.run()
        return engine
    }

    @Test("answers lead through intent and nature to the archetype, its agreements and its forms")
    func functionalChain() throws {
        let engine = try run([
            ("ambitie", .symbol("verbeteren")), ("samen-aanbieden", .boolean(false)), ("afhankelijkheid", .number(4)),
        ])
        #expect(engine.certainty(of: "intent", .symbol("verbeteren")).description == "0.80")
        #expect(engine.certainty(of: "nature", .symbol("delen")).description == "0.60")
        #expect(engine.certainty(of: "archetype", .symbol("functioneel")).description == "0.60")
        #expect(engine.certainty(of: "agreement", .symbol("rolverdeling")).value > 0.2)
        #expect(
            engine.certainty(of: "form", .symbol("bedrijfsvoeringsorganisatie")).value
                > engine.certainty(of: "form", .symbol("stichting")).value)
        #expect(engine.firedRules.contains("fit/bedrijfsvoeringsorganisatie/functioneel"))
    }

    @Test("a requirement excludes a form at once, without the archetype, and makes it certainly no fit")
    func requirementExcludes() throws {
        let early = try run([("partners", .symbol("gemengd"))])
        #expect(early.certainty(of: "archetype", .symbol("functioneel")).value == 0)
        #expect(early.certainty(of: "excluded-form", .symbol("bedrijfsvoeringsorganisatie")).value == 1)
        let engine = try run([
            ("ambitie", .symbol("verbeteren")), ("afhankelijkheid", .number(5)), ("partners", .symbol("gemengd")),
        ])
        #expect(engine.certainty(of: "excluded-form", .symbol("bedrijfsvoeringsorganisatie")).value == 1)
        #expect(engine.certainty(of: "form", .symbol("bedrijfsvoeringsorganisatie")).value == -1)
        #expect(engine.certainty(of: "signal", .symbol("publiek-recht")).value == 1)
    }

    @Test("a many-of answer and a yes answer feed the rules that read them")
    func manyOfAndYes() throws {
        let engine = try run([
            ("motieven", .symbol("nieuw-aanbod")), ("samen-aanbieden", .boolean(true)), ("afhankelijkheid", .number(5)),
        ])
        #expect(engine.certainty(of: "archetype", .symbol("ondernemend")).value > 0.2)
        #expect(engine.certainty(of: "signal", .symbol("hoog-risico")).value > 0.2)
    }
}
