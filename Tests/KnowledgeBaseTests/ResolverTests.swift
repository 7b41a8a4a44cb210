import Foundation
import Inference
import Testing

@testable import KnowledgeBase

/// Declarations become complete model values.
@Suite("Resolver")
struct ResolverTests {
    private let knowledge: Knowledge

    init() throws {
        knowledge = try TestSupport.validKnowledge()
    }

    @Test("builds the questions with options, defaults and applies-when")
    func questions() throws {
        let motives = try #require(knowledge.question("motieven"))
        #expect(motives.kind == .manyOf)
        #expect(motives.options.map(\.id) == ["kosten-besparen", "kennis-ontwikkelen", "nieuw-aanbod"])
        #expect(motives.options[0].label == LocalizedText(nl: "Kosten besparen", en: "Cutting costs"))
        #expect(motives.options.allSatisfy { !$0.isExclusive })
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
        #expect(form.properties == ["private-partners": false])
        #expect(knowledge.forms.map(\.weight) == [2, 4, 4])
        #expect(knowledge.properties.map(\.id) == ["private-partners"])
        #expect(
            knowledge.property("private-partners")?.label.nl == "staat open als alle partners private partijen zijn")
        #expect(knowledge.property("private-partners")?.explanation == nil)
        #expect(form.fits.map(\.archetype) == ["transactioneel", "functioneel", "verkennend", "ondernemend"])
        #expect(knowledge.signal("hoog-risico")?.title.en == "High risk")
        #expect(knowledge.agreement("spelregels")?.label.nl == "Spelregels")
        #expect(knowledge.title == LocalizedText(nl: "Testkennis", en: "Test knowledge"))
        #expect(knowledge.motive("nieuw-aanbod")?.location.line == 17)
        #expect(knowledge.signal("hoog-risico")?.aboutForms == [])
    }

    @Test("a signal's about-forms keeps the form ids in the order written, in any field position")
    func signalAboutForms() throws {
        var files = try Fixtures.validFiles()
        let index = try #require(files.firstIndex { $0.path == "valid/forms.gvk" })
        files[index].text = files[index].text.replacingOccurrences(
            of: "signal hoog-risico\n", with: "signal hoog-risico\n  about-forms stichting samenwerkingsovereenkomst\n")
        files[index].text = files[index].text.replacingOccurrences(
            of: "    en \"With public partners the Joint Arrangements Act applies.\"\n",
            with:
                "    en \"With public partners the Joint Arrangements Act applies.\"\n  about-forms bedrijfsvoeringsorganisatie\n"
        )
        let knowledge = try KnowledgeLoader.load(
            files: files.map { SourceFile(path: $0.path, bytes: Array($0.text.utf8)) })
        #expect(knowledge.signal("hoog-risico")?.aboutForms == ["stichting", "samenwerkingsovereenkomst"])
        #expect(knowledge.signal("publiek-recht")?.aboutForms == ["bedrijfsvoeringsorganisatie"])
    }
}
