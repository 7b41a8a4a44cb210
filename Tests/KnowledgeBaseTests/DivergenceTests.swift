import Inference
import ShippedKnowledge
import Testing

@testable import KnowledgeBase

/// The `divergence` declaration: parsed, resolved and made into ``Divergence`` values in
/// declaration order (its problems are in `BrokenCases+Divergences.swift`).
@Suite("Divergences")
struct DivergenceTests {
    @Test("each divergence becomes a model value, in declaration order")
    func loadsInOrder() throws {
        let knowledge = try TestSupport.load(try DivergenceFixture.files())
        #expect(knowledge.divergences.map(\.id) == ["joint-offer", "far-apart", "quadrants", "archetypes"])
        #expect(knowledge.divergences.map(\.level) == [.serious, .some, .serious, .some])
        #expect(knowledge.divergences.map(\.test).dropFirst() == [.positions(threshold: 0.5), .quadrants, .archetypes])
        #expect(knowledge.divergence("far-apart")?.source == "domain.md 4.6 [D]")
        #expect(knowledge.divergence("quadrants")?.starter == nil)
        #expect(knowledge.divergence("none") == nil)
    }

    @Test("a divergence's conditions resolve as a rule's do")
    func conditions() throws {
        let knowledge = try TestSupport.load(try DivergenceFixture.files())
        let divergence = try #require(knowledge.divergence("joint-offer"))
        #expect(
            divergence.test
                == .conflict(
                    one: .equals("samen-aanbieden", .boolean(true)),
                    other: .all([
                        .equals("samen-aanbieden", .boolean(false)),
                        .any([
                            .equals("ambitie", .symbol("verbeteren")),
                            .contains("motieven", .symbol("kosten-besparen")),
                        ]),
                    ])))
        #expect(divergence.location == SourceLocation(path: DivergenceFixture.name, line: 2, column: 12))
    }

    @Test("texts keep their placeholders, continuation lines joined with a space")
    func templates() throws {
        let knowledge = try TestSupport.load(try DivergenceFixture.files())
        let divergence = try #require(knowledge.divergence("joint-offer"))
        #expect(divergence.title == LocalizedText(nl: "Samen aanbieden of niet", en: "A joint offer or not"))
        #expect(divergence.finding.nl.source == "{one} {one:wil|willen} samen aanbieden; {other} niet.")
        #expect(
            divergence.finding.en.placeholders == [
                .partners(.one), .agreeing(.one, singular: "wants", plural: "want"), .partners(.other),
                .agreeing(.other, singular: "does", plural: "do"),
            ])
        #expect(knowledge.divergence("far-apart")?.finding.en.placeholders.contains(.threshold) == true)
        #expect(divergence.starter?.nl.source == "{one} en {other}: bespreek het aanbod.")
    }

    @Test("a divergence reads no question: an otherwise unread question is still reported")
    func readsNoQuestion() throws {
        let files = try DivergenceFixture.files().map { file in
            (file.0, file.0 == DivergenceFixture.name ? file.1 + "\n" + Self.readsScale : file.1)
        }
        #expect(TestSupport.diagnostics(files) == "(loaded)")
    }

    /// A divergence on the scale question, which the fixture's rules also read.
    private static let readsScale = """
        divergence dependence
          level some
          source "domain.md 4.3"
          one afhankelijkheid >= 4
          other afhankelijkheid <= 2
          title
            nl "Afhankelijkheid"
            en "Dependence"
          finding
            nl "{one} tegenover {other}."
            en "{one} against {other}."
        """

    @Test("the shipped base passes every check with its divergences")
    func shipped() throws {
        let files = ShippedKnowledge.files.map { SourceFile(path: "Knowledge/" + $0.name, bytes: $0.bytes) }
        let knowledge = try KnowledgeLoader.load(files: files)
        #expect(knowledge.divergences.count == 9)
        #expect(knowledge.divergences.first?.location.path == "Knowledge/divergences.gvk")
    }

    @Test("a base without divergences loads with none")
    func none() throws {
        #expect(try TestSupport.validKnowledge().divergences.isEmpty)
    }
}
