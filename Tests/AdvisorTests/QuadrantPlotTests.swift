@testable import Advisor
import KnowledgeBase
import Testing

@Suite("The 2x2 plot")
struct QuadrantPlotTests {
    let knowledge = Fixture.small

    @Test func drawsAxesQuadrantsAndTheMarkInDutch() {
        let lines = QuadrantPlot(knowledge: knowledge, language: .nl).lines(intent: -0.5, nature: 0.6)
        #expect(
            lines.joined(separator: "\n") == """
                                    uitwisselen                     delen
                           +----------------------------+----------------------------+
                           | Verkennend samenwerken     | Ondernemend samenwerken    |
                vernieuwen |                            |                            |
                           |                            |                            |
                           |                            |                            |
                           +----------------------------+----------------------------+
                           | Transactioneel samenwerken | Functioneel samenwerken    |
                verbeteren |                            |                            |
                           |                            |                X           |
                           |                            |                            |
                           +----------------------------+----------------------------+
                """)
    }

    @Test func drawsInEnglishWithTheMarkInTheCorners() {
        let plot = QuadrantPlot(knowledge: knowledge, language: .en)
        #expect(
            plot.lines(intent: 1, nature: -1).joined(separator: "\n") == """
                                    exchange                          share
                        +-------------------------------+-------------------------------+
                        | Exploratory collaboration     | Entrepreneurial collaboration |
                  renew |X                              |                               |
                        |                               |                               |
                        |                               |                               |
                        +-------------------------------+-------------------------------+
                        | Transactional collaboration   | Functional collaboration      |
                improve |                               |                               |
                        |                               |                               |
                        |                               |                               |
                        +-------------------------------+-------------------------------+
                """)
        let bottomRight = plot.lines(intent: -1, nature: 1)
        #expect(bottomRight[10] == "        |                               |                              X|")
    }

    @Test func theCentreFallsOnTheDelenVerbeterenSideOfTheMiddle() {
        let lines = QuadrantPlot(knowledge: knowledge, language: .nl).lines(intent: 0, nature: 0, mark: "*")
        #expect(lines[8] == "verbeteren |                            |*                           |")
    }
}
