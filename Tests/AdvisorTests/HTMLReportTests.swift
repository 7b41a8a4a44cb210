@testable import Advisor
import Foundation
import KnowledgeBase
import Testing

@Suite("The HTML report")
struct HTMLReportTests {
    let knowledge = Fixture.small

    private func report(
        _ answers: [String: Answer], partner: String? = nil, language: Language, trace: Bool = false,
        date: String? = nil
    ) -> String {
        Consultation.report(
            knowledge: knowledge, answers: AnswerSet(answers: answers, partner: partner),
            settings: ConsultationSettings(language: language, format: .html, showsTrace: trace, reportDate: date))
    }

    @Test func withoutAnswersIsACompletePage() {
        #expect(
            report([:], language: .en) == """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Grondvorm advice</title>
                <style>
                body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}
                h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
                .headline{font-size:1.2rem;font-weight:bold}pre{background:#f6f6f6;padding:.75rem;overflow-x:auto}
                .for{color:#1a7f37}.against{color:#b42318}.signal{background:#fff8e1;padding:.25rem .5rem}
                footer{margin-top:2rem;color:#555;font-size:.9rem}
                .issued{color:#555}svg.plot{max-width:100%;height:auto}
                table.answers{border-collapse:collapse;width:100%}
                table.answers th,table.answers td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
                @page{size:A4;margin:18mm 16mm 20mm}
                @media print{body{max-width:none;margin:0;padding:0;font-size:10.5pt;line-height:1.4;color:#000}
                *{background:transparent!important}h2.new-page{break-before:page}h2,h3{break-after:avoid}
                li,tr,svg,.legend{break-inside:avoid}svg rect.quadrant{fill:#fff}.signal{border-left:3px solid #999}
                footer{color:#000}}
                </style>
                </head>
                <body>
                <h1>Grondvorm advice</h1>
                <p class="issued">Knowledge version test-1</p>
                <p class="headline">There is no clear archetype (yet): the answers do not point one way.</p>
                <h2>All archetypes</h2>
                <ul>
                <li><strong>Transactional collaboration:</strong> 0.00 (no indication)</li>
                <li><strong>Functional collaboration:</strong> 0.00 (no indication)</li>
                <li><strong>Exploratory collaboration:</strong> 0.00 (no indication)</li>
                <li><strong>Entrepreneurial collaboration:</strong> 0.00 (no indication)</li>
                </ul>
                <p class="scale">Scale: -1 speaks against it, 0 no indication, 1 certain; &#39;fit&#39; at the forms reads the same way.</p>
                <h2>Position</h2>
                <svg class="plot" viewBox="0 0 460 400" width="460" height="400" role="img" aria-label="The 2x2 of intent (improve or renew) and nature (exchange or share)" font-family="system-ui,sans-serif" font-size="12">
                <title>The 2x2 of intent (improve or renew) and nature (exchange or share)</title>
                <rect class="quadrant" x="90" y="30" width="180" height="180" fill="#eef4fb" stroke="#888"/>
                <text class="quadrant-name" x="96" y="46" fill="#555">Exploratory<tspan x="96" dy="14">collaboration</tspan></text>
                <rect class="quadrant" x="270" y="30" width="180" height="180" fill="#f3eefb" stroke="#888"/>
                <text class="quadrant-name" x="276" y="46" fill="#555">Entrepreneurial<tspan x="276" dy="14">collaboration</tspan></text>
                <rect class="quadrant" x="90" y="210" width="180" height="180" fill="#eefbf1" stroke="#888"/>
                <text class="quadrant-name" x="96" y="226" fill="#555">Transactional<tspan x="96" dy="14">collaboration</tspan></text>
                <rect class="quadrant" x="270" y="210" width="180" height="180" fill="#fbf6ee" stroke="#888"/>
                <text class="quadrant-name" x="276" y="226" fill="#555">Functional<tspan x="276" dy="14">collaboration</tspan></text>
                <text x="180" y="20" text-anchor="middle">exchange</text>
                <text x="360" y="20" text-anchor="middle">share</text>
                <text x="82" y="120" text-anchor="end">renew</text>
                <text x="82" y="300" text-anchor="end">improve</text>
                <g class="mark"><title>X = your position: intent 0.00 (middle), nature 0.00 (middle)</title>
                <circle cx="270" cy="210" r="11" fill="#1f4e79"/>
                <text x="270" y="214" text-anchor="middle" fill="#fff" font-weight="bold">X</text></g>
                </svg>
                <p class="legend">X = your position: intent 0.00 (middle), nature 0.00 (middle)</p>
                <h2 class="new-page">Fitting forms</h2>
                <p>No fitting form yet: the archetype has to be clear first.</p>
                <h2>What would change the archetype</h2>
                <p>No single different answer changes the archetype.</p>
                <footer>
                <p><em>This is not legal advice. Have the chosen form checked by a lawyer or notary.</em></p>
                <p>Knowledge version test-1, 0 questions answered</p>
                </footer>
                </body>
                </html>

                """)
    }

    @Test func escapesEveryText() {
        #expect(HTMLReport.escaped("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        let page = report(Fixture.hybrid, partner: "A <b> & 'c'", language: .nl)
        #expect(page.contains("<title>Grondvorm-advies voor A &lt;b&gt; &amp; &#39;c&#39;</title>"))
        #expect(!page.contains("<b>"))
    }

    @Test func tagsAreBalanced() {
        let page = report(Fixture.hybrid, partner: "Oost", language: .nl, trace: true)
        for tag in ["ul", "ol", "li", "h2", "h3", "p", "pre", "footer", "strong"] {
            let opened =
                page.components(separatedBy: "<\(tag)>").count + page.components(separatedBy: "<\(tag) ").count - 2
            let closed = page.components(separatedBy: "</\(tag)>").count - 1
            #expect(opened == closed, "\(tag)")
        }
    }

    @Test func showsReasonsForAndAgainstAndTheTrace() {
        let page = report(Fixture.functional, language: .en, trace: true)
        #expect(
            page.contains(
                """
                <li><strong>Cooperative (excluded liability)</strong> (fit: 0.79)
                <ul>
                <li><span class="for">+ Members jointly own their service provider.</span></li>
                <li><span class="against">- Public partners prefer a public-law form (art. 160 Gemeentewet).</span></li>
                </ul>
                </li>
                """))
        #expect(
            page.contains(
                "<h3>Your answers</h3>\n<ul>\n<li>Why do you want to collaborate?<br>Cutting costs, Continuity</li>"))
    }

    /// Control characters never reach the page, not even in the title (issue 11, defect 3).
    @Test func controlCharactersAreVisibleEscapes() {
        let page = report(Fixture.hybrid, partner: "Oost\u{1B}]0;x\u{07}<i>\u{00}", language: .en)
        #expect(page.contains("<title>Grondvorm advice for Oost\\u{1B}]0;x\\u{07}&lt;i&gt;\\u{00}</title>"), "\(page)")
        #expect(page.contains("<h1>Grondvorm advice for Oost\\u{1B}]0;x\\u{07}&lt;i&gt;\\u{00}</h1>"))
        #expect(!page.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    /// The position is an inline SVG 2x2: the four archetypes' names in the run's language, the
    /// four poles, an accessible name, one mark, and the legend in words below it.
    @Test func positionIsAnSVGPlotWithTheFourQuadrants() {
        let page = report(Fixture.functional, language: .nl)
        #expect(page.components(separatedBy: "<svg ").count - 1 == 1)
        #expect(page.components(separatedBy: "<circle ").count - 1 == 1)
        for name in ["Verkennend<tspan", "Ondernemend<tspan", "Transactioneel<tspan", "Functioneel<tspan"] {
            #expect(page.contains("fill=\"#555\">" + name), "\(name)")
        }
        for pole in ["uitwisselen", "delen", "vernieuwen", "verbeteren"] {
            #expect(page.contains(">" + pole + "</text>"), "\(pole)")
        }
        let label = "De 2x2 van ambitie (verbeteren of vernieuwen) en aard (uitwisselen of delen)"
        #expect(page.contains("role=\"img\" aria-label=\"" + label + "\""))
        #expect(page.contains("<title>" + label + "</title>"))
        #expect(page.contains("<p class=\"legend\">X = de positie: ambitie -"))
        #expect(!page.contains("<pre class=\"plot\">"))
    }

    /// The mark sits where the recommendation's intent and nature put it: functional
    /// collaboration (improve, share) is bottom right, exploratory (renew, exchange) top left.
    @Test(arguments: [
        (Fixture.functional, "bottom right"),
        (
            [
                "motieven": Answer.options(["kennis-uitwisselen"]), "ambitie": .option("vernieuwen"),
                "aard": .option("uitwisselen"), "partners": .option("privaat"), "samen-aanbieden": .boolean(false),
                "afhankelijkheid": .number(1), "eigen-personeel": .boolean(false),
            ],
            "top left"
        ),
    ])
    func markSitsInTheQuadrantOfThePosition(answers: [String: Answer], quadrant: String) throws {
        let page = report(answers, language: .en)
        let circle = try #require(page.split(separator: "\n").first { $0.hasPrefix("<circle ") })
        let number = { (attribute: String) -> Double? in
            let parts = circle.components(separatedBy: attribute + "=\"")
            return parts.count > 1 ? Double(parts[1].prefix { $0 != "\"" }) : nil
        }
        let x = try #require(number("cx"))
        let y = try #require(number("cy"))
        // The square runs from (90, 30) to (450, 390); its middle is (270, 210).
        let side = (x > 270 ? "right" : "left")
        let row = (y > 210 ? "bottom" : "top")
        #expect(row + " " + side == quadrant, "\(circle)")
    }

    /// Print: A4 pages, a new page for the details, the answers and the reasoning, and no
    /// background colours.
    @Test func printStylesAndPageBreaks() {
        let page = report(Fixture.functional, language: .en, trace: true)
        #expect(page.contains("@page{size:A4;margin:18mm 16mm 20mm}"))
        #expect(page.contains("@media print{"))
        #expect(page.contains("*{background:transparent!important}h2.new-page{break-before:page}"))
        #expect(page.contains("svg rect.quadrant{fill:#fff}"))
        let breaks = page.split(separator: "\n").filter { $0.hasPrefix("<h2 class=\"new-page\">") }
        #expect(
            breaks == [
                "<h2 class=\"new-page\">What this means</h2>", "<h2 class=\"new-page\">Answers given</h2>",
                "<h2 class=\"new-page\">Reasoning</h2>",
            ])
    }

    /// Every answer that took effect, in the questionnaire's order, with its labels in the run's
    /// language.
    @Test func answersTable() {
        let page = report(Fixture.functional, language: .en)
        #expect(
            page.contains(
                """
                <h2 class="new-page">Answers given</h2>
                <table class="answers">
                <thead><tr><th>Question</th><th>Answer</th></tr></thead>
                <tbody>
                <tr><td>Why do you want to collaborate?</td><td>Cutting costs, Continuity</td></tr>
                <tr><td>Is it mainly about doing existing work better, or about something new?</td><td>Doing existing work better</td></tr>
                <tr><td>Do you exchange something, or will you set up parts of your organisations together?</td><td>Sharing</td></tr>
                <tr><td>Is it about a complete business function, such as ICT or purchasing?</td><td>yes</td></tr>
                <tr><td>How dependent on each other will you become (1 = hardly, 5 = completely)?</td><td>4</td></tr>
                <tr><td>Who takes part?</td><td>Public bodies only</td></tr>
                <tr><td>Must the collaboration itself employ staff?</td><td>yes</td></tr>
                </tbody>
                </table>
                """))
        #expect(!report([:], language: .en).contains("<table"))
    }

    /// The date comes from the settings (the Advisor reads no clock); the not-legal-advice line stays.
    @Test func dateAndVersionLineFromTheSettings() {
        let dated = report(Fixture.functional, language: .nl, date: "2026-01-01")
        #expect(
            dated.contains(
                "<h1>Grondvorm-advies</h1>\n<p class=\"issued\">Advies van 2026-01-01, kennisversie test-1</p>\n"))
        #expect(dated.contains("<p><em>Dit is geen juridisch advies."))
        #expect(report(Fixture.functional, language: .nl).contains("<p class=\"issued\">Kennisversie test-1</p>"))
        #expect(dated == report(Fixture.functional, language: .nl, date: "2026-01-01"))
    }

    /// One self-contained file: no scripts, no links, no external resources, no namespaces.
    @Test func selfContained() {
        let page = report(Fixture.hybrid, partner: "<script>alert(1)</script>", language: .en, trace: true)
        #expect(!page.contains("<script"))
        #expect(!page.contains("http"))
        #expect(
            !page.contains("src=") && !page.contains("href=") && !page.contains("url(") && !page.contains("@import"))
        #expect(page.contains("<h1>Grondvorm advice for &lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
    }
}
