@testable import Advisor
import KnowledgeBase
import Testing

@Suite("The 2x2 plot in SVG")
struct QuadrantPlotSVGTests {
    private func svg(_ marks: [QuadrantPlotSVG.Mark], language: Language = .en) -> [String] {
        QuadrantPlotSVG(
            quadrantNames: QuadrantPlotSVG.quadrantNames(in: Fixture.small, language: language),
            phrases: Phrases(language: language), label: "Positions", marks: marks
        ).lines()
    }

    @Test func quadrantNamesRunTopLeftToBottomRight() {
        #expect(
            QuadrantPlotSVG.quadrantNames(in: Fixture.small, language: .nl) == [
                "Verkennend samenwerken", "Ondernemend samenwerken", "Transactioneel samenwerken",
                "Functioneel samenwerken",
            ])
    }

    /// One element per line: the accessible name first, then four quadrants with their names, the
    /// four poles, and each mark with its tooltip.
    @Test func drawsQuadrantsPolesAndOneLabelledMarkEach() {
        let lines = svg([
            .init(intent: 0.5, nature: -0.5, text: "A", title: "A: Gemeente West"),
            .init(intent: -1, nature: 1, text: "B", title: "B: Zorggroep <Zuid>"),
        ])
        #expect(lines.first?.hasPrefix("<svg class=\"plot\" viewBox=\"0 0 460 400\"") == true)
        #expect(lines.first?.contains("role=\"img\" aria-label=\"Positions\"") == true)
        #expect(lines[1] == "<title>Positions</title>")
        #expect(lines.filter { $0.hasPrefix("<rect class=\"quadrant\"") }.count == 4)
        #expect(
            lines.contains(
                "<text class=\"quadrant-name\" x=\"276\" y=\"46\" fill=\"#555\">Entrepreneurial<tspan x=\"276\" dy=\"14\">collaboration</tspan></text>"
            ))
        #expect(
            lines.filter { $0.hasPrefix("<circle ") } == [
                "<circle cx=\"180\" cy=\"120\" r=\"11\" fill=\"#1f4e79\"/>",
                "<circle cx=\"439\" cy=\"379\" r=\"11\" fill=\"#1f4e79\"/>",
            ])
        #expect(lines.contains("<g class=\"mark\"><title>B: Zorggroep &lt;Zuid&gt;</title>"))
        #expect(lines.last == "</svg>")
        #expect(!lines.joined().contains("http"))
    }

    /// Marks on the same place move apart towards the middle, and stay inside the square.
    @Test func overlappingMarksMoveApart() {
        let lines = svg([
            .init(intent: 1, nature: 1, text: "A", title: "A"),
            .init(intent: 1, nature: 1, text: "B", title: "B"),
        ])
        #expect(
            lines.filter { $0.hasPrefix("<circle ") } == [
                "<circle cx=\"439\" cy=\"41\" r=\"11\" fill=\"#1f4e79\"/>",
                "<circle cx=\"417\" cy=\"41\" r=\"11\" fill=\"#1f4e79\"/>",
            ])
    }

    @Test func longNamesTakeTwoLines() {
        #expect(QuadrantPlotSVG.nameLines("Functioneel samenwerken") == ["Functioneel", "samenwerken"])
        #expect(QuadrantPlotSVG.nameLines("Functioneel") == ["Functioneel"])
        #expect(QuadrantPlotSVG.nameLines("Een heel lange naamzonderspatie") == ["Een heel lange", "naamzonderspatie"])
        #expect(QuadrantPlotSVG.nameLines("Naamzonderspatiedielangis") == ["Naamzonderspatiedielangis"])
    }
}
