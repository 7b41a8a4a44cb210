import Testing

@testable import KnowledgeBase

@Suite("Text templates")
struct TextTemplateTests {
    @Test("placeholders are filled in, the text around them kept")
    func filled() throws {
        let template = try #require(TextTemplate("{one} {one:wil|willen}: {distance} > {threshold}, {other}."))
        let text = template.filled { placeholder in
            switch placeholder {
            case .partners(let side): return side == .one ? "A en B" : "C"
            case .agreeing(_, _, let plural): return plural
            case .distance: return "0.8"
            case .threshold: return "0.5"
            }
        }
        #expect(text == "A en B willen: 0.8 > 0.5, C.")
        #expect(template.source == "{one} {one:wil|willen}: {distance} > {threshold}, {other}.")
    }

    @Test("a text without braces is one piece")
    func plain() throws {
        #expect(TextTemplate("Geen plaatshouders.")?.pieces == [.text("Geen plaatshouders.")])
        #expect(TextTemplate("")?.pieces == [])
    }

    @Test(
        "braces that make no placeholder make no template",
        arguments: [
            "{one", "one}", "{}", "{onne}", "{one:wil}", "{one:|willen}", "{distance:a|b}", "{one:a|b|c}", "{{one}}",
        ]
    )
    func invalid(source: String) {
        #expect(TextTemplate(source) == nil)
    }

    @Test("a placeholder's name is as written")
    func names() {
        #expect(TextTemplate.Placeholder.agreeing(.other, singular: "is", plural: "zijn").name == "other")
        #expect(TextTemplate.Placeholder.distance.name == "distance")
        #expect(TextTemplate.Placeholder.names == ["one", "other", "distance", "threshold"])
    }

    @Test("a template in both languages gives each")
    func localized() throws {
        let template = LocalizedTemplate(nl: try #require(TextTemplate("nl")), en: try #require(TextTemplate("en")))
        #expect(template(.nl).source == "nl" && template(.en).source == "en")
    }
}
