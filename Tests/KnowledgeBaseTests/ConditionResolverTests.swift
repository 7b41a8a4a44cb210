import Foundation
import Inference
import Testing

@testable import KnowledgeBase

/// Written tests become engine conditions.
@Suite("Condition resolver")
struct ConditionResolverTests {
    private let knowledge: Knowledge

    init() throws {
        knowledge = try TestSupport.validKnowledge()
    }

    @Test("maps tests to engine conditions: yes/no to booleans, 'has' to contains, comparisons to compare")
    func conditions() {
        #expect(
            knowledge.engineRule("kosten-is-verbeteren")?.premise == .contains("motieven", .symbol("kosten-besparen")))
        #expect(
            knowledge.engineRule("aanbod-is-ondernemen")?.premise
                == .any([.contains("motieven", .symbol("nieuw-aanbod")), .equals("samen-aanbieden", .boolean(true))]))
        #expect(knowledge.engineRule("geen-aanbod")?.premise == .equals("samen-aanbieden", .boolean(false)))
        #expect(knowledge.engineRule("sterk-afhankelijk")?.premise == .compare("afhankelijkheid", .greaterOrEqual, 4))
        #expect(
            knowledge.engineRule("onderneming-met-risico")?.premise
                == .all([.equals("archetype", .symbol("ondernemend")), .compare("afhankelijkheid", .greaterOrEqual, 4)])
        )
        #expect(
            knowledge.engineRule("onderneming-met-risico")?.conclusions == [
                Conclusion(attribute: "signal", value: .symbol("hoog-risico"), certainty: 1),
                Conclusion(attribute: "form", value: .symbol("stichting"), certainty: -0.3),
            ])
    }

    @Test("'not', '!=', 'is known' and nested parentheses compile as written, flattening nested 'and'/'or'")
    func moreConditions() throws {
        let files = try TestSupport.validBase(editing: "rules.gvk") {
            $0.replacingOccurrences(
                of: "  when ambitie = verbeteren\n",
                with: "  when (ambitie != verbeteren and (afhankelijkheid is known and not afhankelijkheid > 4))\n"
                    + "    or (samen-aanbieden is unknown or partners = publiek)\n")
        }
        let changed = try TestSupport.load(files)
        #expect(
            changed.ruleBase.rules.first { $0.id == "ambitie-verbeteren" }?.premise
                == .any([
                    .all([
                        .notEquals("ambitie", .symbol("verbeteren")), .known("afhankelijkheid"),
                        .not(.compare("afhankelijkheid", .greater, 4)),
                    ]),
                    .unknown("samen-aanbieden"), .equals("partners", .symbol("publiek")),
                ]))
    }

    @Test("rules may read 'excluded-form' and other derived attributes, as long as no cycle arises")
    func readsDerivedAttributes() throws {
        let rule = """

            rule uitgesloten-vorm
              when excluded-form has bedrijfsvoeringsorganisatie and archetype = functioneel
              then form = stichting with 0.2
              because
                nl "Als de bedrijfsvoeringsorganisatie afvalt, is een stichting een uitweg."
                en "If the operational management body is ruled out, a foundation is a way out."

            """
        #expect(try TestSupport.diagnostics(appending: rule, to: "rules.gvk") == "(loaded)")
    }
}
