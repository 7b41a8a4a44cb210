import Foundation
import Inference
import Testing

@testable import KnowledgeBase

/// The written and generated rules of the valid base, as the engine receives them.
@Suite("Rule generator")
struct RuleGeneratorTests {
    private let knowledge: Knowledge

    init() throws {
        knowledge = try TestSupport.validKnowledge()
    }

    @Test("orders written rules by file and position, then quadrant, agreements, fit, requirement and preference rules")
    func ruleOrder() {
        #expect(
            knowledge.ruleBase.rules.map(\.id) == [
                "kosten-is-verbeteren", "kennis-is-verkennen", "aanbod-is-ondernemen", "geen-aanbod",
                "ambitie-verbeteren", "ambitie-vernieuwen", "sterk-afhankelijk", "zwak-afhankelijk",
                "publieke-partners", "onderneming-met-risico",
                "quadrant/transactioneel", "quadrant/functioneel", "quadrant/verkennend", "quadrant/ondernemend",
                "agreements/transactioneel", "agreements/functioneel", "agreements/verkennend",
                "agreements/ondernemend",
                "fit/samenwerkingsovereenkomst/transactioneel", "fit/samenwerkingsovereenkomst/functioneel",
                "fit/samenwerkingsovereenkomst/verkennend", "fit/samenwerkingsovereenkomst/ondernemend",
                "fit/stichting/transactioneel", "fit/stichting/functioneel", "fit/stichting/verkennend",
                "fit/stichting/ondernemend",
                "fit/bedrijfsvoeringsorganisatie/transactioneel", "fit/bedrijfsvoeringsorganisatie/functioneel",
                "fit/bedrijfsvoeringsorganisatie/verkennend", "fit/bedrijfsvoeringsorganisatie/ondernemend",
                "requirement/alleen-overheden/bedrijfsvoeringsorganisatie", "preference/lichte-vorm/stichting",
            ])
        #expect(knowledge.rules.map(\.id) == knowledge.ruleBase.rules.map(\.id))
    }

    @Test("generates the quadrant rule with a standard sentence in both languages")
    func quadrantRules() throws {
        #expect(
            knowledge.engineRule("quadrant/functioneel")
                == Rule(
                    id: "quadrant/functioneel",
                    premise: .all([.equals("intent", .symbol("verbeteren")), .equals("nature", .symbol("delen"))]),
                    conclusions: [Conclusion(attribute: "archetype", value: .symbol("functioneel"))]))
        let info = try #require(knowledge.rule("quadrant/functioneel"))
        #expect(
            info.because.nl
                == "De intentie is verbeteren en de aard is delen: dat is de grondvorm Functioneel samenwerken.")
        #expect(
            info.because.en
                == "The intent is to improve and the nature is to share: that is the archetype Functional collaboration."
        )
        #expect(info.origin == .quadrant(archetype: "functioneel"))
        #expect(info.location.description.hasSuffix("valid/base.gvk:36:11"))
    }

    @Test("generates one agreements rule per archetype, concluding its agreements in order")
    func agreementRules() throws {
        #expect(
            knowledge.engineRule("agreements/ondernemend")
                == Rule(
                    id: "agreements/ondernemend", premise: .equals("archetype", .symbol("ondernemend")),
                    conclusions: [
                        Conclusion(attribute: "agreement", value: .symbol("rolverdeling")),
                        Conclusion(attribute: "agreement", value: .symbol("spelregels")),
                    ]))
        let info = try #require(knowledge.rule("agreements/ondernemend"))
        #expect(info.because.nl == "Bij Ondernemend samenwerken horen deze kernafspraken: Rolverdeling en Spelregels.")
        #expect(
            info.because.en
                == "Entrepreneurial collaboration calls for these core agreements: Division of roles and Rules of play."
        )
    }

    @Test("generates a fit rule per form and archetype with the level's certainty and the reason as 'because'")
    func fitRules() throws {
        let certainties = knowledge.ruleBase.rules.filter { $0.id.hasPrefix("fit/stichting/") }
            .map { $0.conclusions.map(\.certainty) }
        #expect(certainties == [[-0.6], [0.6], [0.6], [0.3]])
        let info = try #require(knowledge.rule("fit/bedrijfsvoeringsorganisatie/functioneel"))
        #expect(
            info.because
                == LocalizedText(
                    nl: "De typische vorm voor gedeelde bedrijfsvoering.", en: "The typical form for shared operations."
                ))
        #expect(info.origin == .fit(form: "bedrijfsvoeringsorganisatie", archetype: "functioneel", level: .typical))
        #expect(knowledge.engineRule("fit/samenwerkingsovereenkomst/verkennend")?.conclusions.first?.certainty == 0.9)
    }

    @Test("generates requirement rules without the archetype that exclude the form and make it certainly no fit")
    func requirementRules() {
        #expect(
            knowledge.engineRule("requirement/alleen-overheden/bedrijfsvoeringsorganisatie")
                == Rule(
                    id: "requirement/alleen-overheden/bedrijfsvoeringsorganisatie",
                    premise: .any([.equals("partners", .symbol("privaat")), .equals("partners", .symbol("gemengd"))]),
                    conclusions: [
                        Conclusion(attribute: "excluded-form", value: .symbol("bedrijfsvoeringsorganisatie")),
                        Conclusion(attribute: "form", value: .symbol("bedrijfsvoeringsorganisatie"), certainty: -1),
                    ]))
        #expect(
            knowledge.rule("requirement/alleen-overheden/bedrijfsvoeringsorganisatie")?.origin
                == .requirement(requirement: "alleen-overheden", form: "bedrijfsvoeringsorganisatie"))
    }

    @Test("generates preference rules that need the archetype and move the selected forms")
    func preferenceRules() {
        #expect(
            knowledge.engineRule("preference/lichte-vorm/stichting")
                == Rule(
                    id: "preference/lichte-vorm/stichting",
                    premise: .all([.known("archetype"), .compare("afhankelijkheid", .lessOrEqual, 2)]),
                    conclusions: [Conclusion(attribute: "form", value: .symbol("stichting"), certainty: -0.3)]))
        #expect(
            knowledge.rule("preference/lichte-vorm/stichting")?.origin
                == .preference(preference: "lichte-vorm", form: "stichting"))
    }

    @Test("a preference over a property selects the forms with it, in form declaration order")
    func preferenceOverProperty() throws {
        let changed = try TestSupport.load(
            try TestSupport.validBase(editing: "forms.gvk") {
                $0.replacingOccurrences(
                    of: "  adjust forms stichting by -0.3",
                    with: "  adjust forms where private-partners is yes by -0.3")
            })
        #expect(
            changed.ruleBase.rules.map(\.id).filter { $0.hasPrefix("preference/") } == [
                "preference/lichte-vorm/samenwerkingsovereenkomst", "preference/lichte-vorm/stichting",
            ])
    }
}
