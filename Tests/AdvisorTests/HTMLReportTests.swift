@testable import Advisor
import Foundation
import KnowledgeBase
import Testing

@Suite("The HTML report")
struct HTMLReportTests {
    let knowledge = Fixture.small

    private func report(_ answers: [String: Answer], partner: String? = nil, language: Language, trace: Bool = false) -> String {
        Consultation.report(
            knowledge: knowledge, answers: AnswerSet(answers: answers, partner: partner),
            settings: ConsultationSettings(language: language, format: .html, showsTrace: trace))
    }

    @Test func withoutAnswersIsACompletePage() {
        #expect(report([:], language: .en) == """
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
            </style>
            </head>
            <body>
            <h1>Grondvorm advice</h1>
            <p class="headline">There is no clear archetype (yet): the answers do not point one way.</p>
            <h2>All archetypes</h2>
            <ul>
            <li><strong>Transactional collaboration:</strong> 0.00 (no indication)</li>
            <li><strong>Functional collaboration:</strong> 0.00 (no indication)</li>
            <li><strong>Exploratory collaboration:</strong> 0.00 (no indication)</li>
            <li><strong>Entrepreneurial collaboration:</strong> 0.00 (no indication)</li>
            </ul>
            <h2>Position</h2>
            <pre class="plot">                    exchange                          share
                    +-------------------------------+-------------------------------+
                    | Exploratory collaboration     | Entrepreneurial collaboration |
                    |                               |                               |
              renew |                               |                               |
                    |                               |                               |
                    |                               |                               |
                    +-------------------------------+-------------------------------+
                    | Transactional collaboration   | Functional collaboration      |
                    |                               |X                              |
            improve |                               |                               |
                    |                               |                               |
                    |                               |                               |
                    +-------------------------------+-------------------------------+</pre>
            <p>X = your position: intent 0.00 (middle), nature 0.00 (middle)</p>
            <h2>Fitting forms</h2>
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
            let opened = page.components(separatedBy: "<\(tag)>").count + page.components(separatedBy: "<\(tag) ").count - 2
            let closed = page.components(separatedBy: "</\(tag)>").count - 1
            #expect(opened == closed, "\(tag)")
        }
    }

    @Test func showsReasonsForAndAgainstAndTheTrace() {
        let page = report(Fixture.functional, language: .en, trace: true)
        #expect(page.contains("""
            <li><strong>Cooperative (excluded liability)</strong> (fit: 0.79)
            <ul>
            <li><span class="for">+ Members jointly own their service provider.</span></li>
            <li><span class="against">- Public partners prefer a public-law form (art. 160 Gemeentewet).</span></li>
            </ul>
            </li>
            """))
        #expect(page.contains("<h3>Your answers</h3>\n<ul>\n<li>Why do you want to collaborate?<br>Cutting costs, Continuity</li>"))
    }

    /// Control characters never reach the page, not even in the title (issue 11, defect 3).
    @Test func controlCharactersAreVisibleEscapes() {
        let page = report(Fixture.hybrid, partner: "Oost\u{1B}]0;x\u{07}<i>\u{00}", language: .en)
        #expect(page.contains("<title>Grondvorm advice for Oost\\u{1B}]0;x\\u{07}&lt;i&gt;\\u{00}</title>"), "\(page)")
        #expect(page.contains("<h1>Grondvorm advice for Oost\\u{1B}]0;x\\u{07}&lt;i&gt;\\u{00}</h1>"))
        #expect(!page.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }
}
