import Foundation
import Inference
import Testing

@testable import KnowledgeBase

@Suite("Compiler")
struct CompilerTests {
    private let knowledge: Knowledge

    init() throws {
        knowledge = try TestSupport.load(try TestSupport.validBase())
    }

    private func rule(_ id: String) -> Rule? {
        knowledge.ruleBase.rules.first { $0.id == id }
    }

    @Test("declares every question, then the derived attributes, without engine defaults")
    func attributes() {
        let declared = knowledge.ruleBase.attributes.map { "\($0.name):\($0.cardinality == .multiple ? "many" : "one")" }
        #expect(
            declared == [
                "motieven:many", "ambitie:one", "samen-aanbieden:one", "afhankelijkheid:one", "partners:one",
                "intent:one", "nature:one", "archetype:one", "agreement:many", "form:many", "excluded-form:many",
                "signal:many",
            ])
        #expect(knowledge.ruleBase.attributes.allSatisfy { $0.defaultValue == nil })
    }

    @Test("orders written rules by file and position, then quadrant, agreements, fit and constraint rules")
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
                "constraint/alleen-overheden/bedrijfsvoeringsorganisatie", "constraint/lichte-vorm/stichting",
            ])
        #expect(knowledge.rules.map(\.id) == knowledge.ruleBase.rules.map(\.id))
    }

    @Test("the order does not depend on the order the files are given in")
    func fileOrder() throws {
        let reversed = try TestSupport.load(Array(try TestSupport.validBase().reversed()))
        #expect(reversed.ruleBase.rules == knowledge.ruleBase.rules)
        #expect(reversed.questions == knowledge.questions)
    }

    @Test("maps tests to engine conditions: yes/no to booleans, 'has' to contains, comparisons to compare")
    func conditions() {
        #expect(rule("kosten-is-verbeteren")?.premise == .contains("motieven", .symbol("kosten-besparen")))
        #expect(
            rule("aanbod-is-ondernemen")?.premise
                == .any([.contains("motieven", .symbol("nieuw-aanbod")), .equals("samen-aanbieden", .boolean(true))]))
        #expect(rule("geen-aanbod")?.premise == .equals("samen-aanbieden", .boolean(false)))
        #expect(rule("sterk-afhankelijk")?.premise == .compare("afhankelijkheid", .greaterOrEqual, 4))
        #expect(
            rule("onderneming-met-risico")?.premise
                == .all([.equals("archetype", .symbol("ondernemend")), .compare("afhankelijkheid", .greaterOrEqual, 4)]))
        #expect(
            rule("onderneming-met-risico")?.conclusions == [
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

    @Test("generates the quadrant rule with a standard sentence in both languages")
    func quadrantRules() throws {
        #expect(
            rule("quadrant/functioneel")
                == Rule(
                    id: "quadrant/functioneel",
                    premise: .all([.equals("intent", .symbol("verbeteren")), .equals("nature", .symbol("delen"))]),
                    conclusions: [Conclusion(attribute: "archetype", value: .symbol("functioneel"))]))
        let info = try #require(knowledge.rule("quadrant/functioneel"))
        #expect(
            info.because.nl == "De intentie is verbeteren en de aard is delen: dat is de grondvorm Functioneel samenwerken.")
        #expect(
            info.because.en
                == "The intent is to improve and the nature is to share: that is the archetype Functional collaboration.")
        #expect(info.origin == .quadrant(archetype: "functioneel"))
        #expect(info.location.description.hasSuffix("valid/base.gvk:36:11"))
    }

    @Test("generates one agreements rule per archetype, concluding its agreements in order")
    func agreementRules() throws {
        #expect(
            rule("agreements/ondernemend")
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
                == "Entrepreneurial collaboration calls for these core agreements: Division of roles and Rules of play.")
    }

    @Test("generates a fit rule per form and archetype with the level's certainty and the reason as 'because'")
    func fitRules() throws {
        let certainties = knowledge.ruleBase.rules.filter { $0.id.hasPrefix("fit/stichting/") }
            .map { $0.conclusions.map(\.certainty) }
        #expect(certainties == [[-0.6], [0.6], [0.6], [0.3]])
        let info = try #require(knowledge.rule("fit/bedrijfsvoeringsorganisatie/functioneel"))
        #expect(info.because == LocalizedText(
            nl: "De typische vorm voor gedeelde bedrijfsvoering.", en: "The typical form for shared operations."))
        #expect(info.origin == .fit(form: "bedrijfsvoeringsorganisatie", archetype: "functioneel", level: .typical))
        #expect(rule("fit/samenwerkingsovereenkomst/verkennend")?.conclusions.first?.certainty == 0.9)
    }

    @Test("generates constraint rules that need the archetype and exclude or adjust the selected forms")
    func constraintRules() {
        #expect(
            rule("constraint/alleen-overheden/bedrijfsvoeringsorganisatie")
                == Rule(
                    id: "constraint/alleen-overheden/bedrijfsvoeringsorganisatie",
                    premise: .all([
                        .known("archetype"),
                        .any([.equals("partners", .symbol("privaat")), .equals("partners", .symbol("gemengd"))]),
                    ]),
                    conclusions: [Conclusion(attribute: "excluded-form", value: .symbol("bedrijfsvoeringsorganisatie"))]))
        #expect(
            rule("constraint/lichte-vorm/stichting")
                == Rule(
                    id: "constraint/lichte-vorm/stichting",
                    premise: .all([.known("archetype"), .compare("afhankelijkheid", .lessOrEqual, 2)]),
                    conclusions: [Conclusion(attribute: "form", value: .symbol("stichting"), certainty: -0.3)]))
        #expect(
            knowledge.rule("constraint/lichte-vorm/stichting")?.origin
                == .constraint(constraint: "lichte-vorm", form: "stichting"))
    }

    @Test("builds the questions with options, defaults and applies-when")
    func questions() throws {
        let motives = try #require(knowledge.question("motieven"))
        #expect(motives.kind == .manyOf)
        #expect(motives.options.map(\.id) == ["kosten-besparen", "kennis-ontwikkelen", "nieuw-aanbod"])
        #expect(motives.options[0].label == LocalizedText(nl: "Kosten besparen", en: "Cutting costs"))
        #expect(knowledge.question("samen-aanbieden")?.defaultAnswer == .boolean(false))
        #expect(knowledge.question("afhankelijkheid")?.kind == .scale(min: 1, max: 5))
        let partners = try #require(knowledge.question("partners"))
        #expect(partners.appliesWhen == .known("archetype"))
        #expect(partners.appliesWhenSource == "archetype is known")
        #expect(knowledge.question("ambitie")?.appliesWhen == nil)
    }

    @Test("builds archetypes, agreements, forms and signals with joined continuation lines")
    func content() throws {
        let transactional = try #require(knowledge.archetype("transactioneel"))
        #expect(transactional.intent == .verbeteren)
        #expect(transactional.nature == .uitwisselen)
        #expect(transactional.essence.nl == "Een partij koopt een helder omschreven product van een andere partij.")
        #expect(transactional.agreements == ["resultaat"])
        let form = try #require(knowledge.form("bedrijfsvoeringsorganisatie"))
        #expect(form.properties.count == FormProperty.allCases.count)
        #expect(form.properties[.privatePartners] == false)
        #expect(form.fits.map(\.archetype) == ["transactioneel", "functioneel", "verkennend", "ondernemend"])
        #expect(knowledge.signal("hoog-risico")?.title.en == "High risk")
        #expect(knowledge.agreement("spelregels")?.label.nl == "Spelregels")
        #expect(knowledge.title == LocalizedText(nl: "Testkennis", en: "Test knowledge"))
        #expect(knowledge.motive("nieuw-aanbod")?.location.line == 17)
    }

    @Test("the summary counts every kind, and written and generated rules apart")
    func summary() {
        #expect(
            knowledge.counts
                == Knowledge.Summary(
                    motives: 3, questions: 5, archetypes: 4, agreements: 3, forms: 3, signals: 2, rules: 32,
                    writtenRules: 10))
        #expect(knowledge.counts.generatedRules == 22)
    }
}
