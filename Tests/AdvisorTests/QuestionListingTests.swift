@testable import Advisor
import JSON
import KnowledgeBase
import Testing

@Suite("The question listing")
struct QuestionListingTests {
    let knowledge = Fixture.small

    @Test func textListsEveryQuestionWithWhatItTakes() {
        #expect(
            QuestionListing.render(knowledge: knowledge, language: .nl, format: .text) == """
                8 vragen (kennisversie test-1)

                motieven (many-of)
                  Waarom willen jullie samenwerken?
                    antwoord: een lijst van een of meer optie-id's
                    kosten-besparen: Kosten besparen
                    continuiteit: Continuïteit
                    kennis-uitwisselen: Kennis uitwisselen
                    innoveren: Innoveren
                    markt-ontwikkelen: Markt ontwikkelen

                ambitie (one-of)
                  Gaat het vooral om bestaand werk beter doen, of om iets nieuws?
                    antwoord: één optie-id
                    verbeteren: Bestaand werk beter doen
                    vernieuwen: Iets nieuws ontwikkelen
                    weet-niet: Weet ik nog niet

                aard (one-of)
                  Ruilen jullie iets uit, of gaan jullie delen van je organisatie samen
                  inrichten?
                    antwoord: één optie-id
                    uitwisselen: Uitwisselen
                    delen: Samen delen
                    weet-niet: Weet ik nog niet

                samen-aanbieden (yes-no)
                  Leveren jullie samen iets aan derden dat geen van jullie alleen kan?
                    antwoord: true of false
                    alleen als: intent = vernieuwen

                hele-functie (yes-no)
                  Gaat het om een complete bedrijfsfunctie, zoals ICT of inkoop?
                    antwoord: true of false
                    alleen als: intent = verbeteren

                afhankelijkheid (scale)
                  Hoe afhankelijk worden jullie van elkaar (1 = nauwelijks, 5 = volledig)?
                    antwoord: een heel getal van 1 tot en met 5

                partners (one-of)
                  Wie doen er mee?
                    antwoord: één optie-id
                    publiek: Alleen publieke partijen
                    privaat: Alleen private partijen
                    gemengd: Publiek en privaat gemengd

                eigen-personeel (yes-no)
                  Moet de samenwerking zelf personeel in dienst nemen?
                    antwoord: true of false
                    standaard: false

                Gebruik deze id's in een antwoordenbestand ({"answers": {"vraag-id":
                "optie-id"}}) of met --answer ID=WAARDE.

                """)
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let text = QuestionListing.render(knowledge: knowledge, language: .en, format: .json)
        #expect(text.hasSuffix("}\n"))
        let root = try #require(try JSONParser.parse(text).objectValue)
        #expect(root.keys == ["questions"])
        let questions = try #require(root["questions"]?.arrayValue)
        #expect(questions.compactMap { $0.objectValue?["id"]?.stringValue } == knowledge.questions.map(\.id))
        #expect(
            questions[1].serialized(pretty: false)
                == #"{"id":"ambitie","kind":"one-of","text":"Is it mainly about doing existing work better, or about something new?","options":[{"id":"verbeteren","label":"Doing existing work better"},{"id":"vernieuwen","label":"Developing something new"},{"id":"weet-niet","label":"Not sure yet"}],"min":null,"max":null,"applies_when":null}"#
        )
        #expect(
            questions[3].serialized(pretty: false)
                == #"{"id":"samen-aanbieden","kind":"yes-no","text":"Will you jointly deliver something to third parties that none of you can deliver alone?","options":[],"min":null,"max":null,"applies_when":"intent = vernieuwen"}"#
        )
        #expect(
            questions[5].serialized(pretty: false)
                == #"{"id":"afhankelijkheid","kind":"scale","text":"How dependent on each other will you become (1 = hardly, 5 = completely)?","options":[],"min":1,"max":5,"applies_when":null}"#
        )
    }

    @Test func markdownAndHTMLListTheSame() {
        let markdown = QuestionListing.render(knowledge: knowledge, language: .en, format: .markdown)
        #expect(
            markdown.hasPrefix(
                "# 8 questions (knowledge version test-1)\n\n## `motieven` (many-of)\n\nWhy do you want to collaborate?\n\n- answer: a list of one or more option ids\n- kosten-besparen: Cutting costs\n"
            ))
        #expect(markdown.contains("- only when: intent = vernieuwen\n"))
        let html = QuestionListing.render(knowledge: knowledge, language: .en, format: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
        #expect(
            html.contains(
                "<h2><code>eigen-personeel</code> (yes-no)</h2>\n<p>Must the collaboration itself employ staff?</p>\n<ul>\n<li>answer: true or false</li>\n<li>default: false</li>\n</ul>"
            ))
        #expect(html.hasSuffix("</body>\n</html>\n"))
    }
}
