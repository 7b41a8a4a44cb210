@testable import Advisor
import KnowledgeBase
import Testing

/// A divergence's texts with their placeholders filled in, as the comparison shows them.
@Suite("Comparison texts")
struct PhrasesComparisonTests {
    private static func template(_ source: String) throws -> TextTemplate {
        try #require(TextTemplate(source))
    }

    @Test func partnersAsAListWithAgreeingWords() throws {
        let template = try Self.template("{one} {one:wil|willen}; {other} {other:wil|willen} niet.")
        let nl = Phrases(language: .nl)
        #expect(
            nl.filled(template, first: ["A"], second: ["B", "C", "D"], distance: 0, threshold: 0)
                == "A wil; B, C en D willen niet.")
        let en = Phrases(language: .en)
        #expect(
            en.filled(template, first: ["A", "B"], second: ["C"], distance: 0, threshold: 0)
                == "A and B willen; C wil niet.")
    }

    @Test func numbersWithTwoDecimals() throws {
        let template = try Self.template("{distance} > {threshold}")
        let text = Phrases(language: .en).filled(
            template, first: ["A"], second: ["B"], distance: 1.2345, threshold: 0.5)
        #expect(text == "1.23 > 0.50")
    }
}
