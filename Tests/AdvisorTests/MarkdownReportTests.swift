@testable import Advisor
import KnowledgeBase
import Testing

@Suite("The Markdown report")
struct MarkdownReportTests {
    let knowledge = Fixture.small

    private func report(
        _ answers: [String: Answer], partner: String? = nil, language: Language, trace: Bool = false,
        date: String? = nil
    ) -> String {
        Consultation.report(
            knowledge: knowledge, answers: AnswerSet(answers: answers, partner: partner),
            settings: ConsultationSettings(language: language, format: .markdown, showsTrace: trace, reportDate: date))
    }

    @Test func withoutAnswers() {
        #expect(
            report([:], language: .nl) == """
                # Grondvorm-advies

                Kennisversie test-1

                **Er is (nog) geen duidelijke grondvorm: de antwoorden wijzen niet in één richting.**

                ## Alle grondvormen

                - Transactioneel samenwerken: 0.00 (geen aanwijzing)
                - Functioneel samenwerken: 0.00 (geen aanwijzing)
                - Verkennend samenwerken: 0.00 (geen aanwijzing)
                - Ondernemend samenwerken: 0.00 (geen aanwijzing)

                *Schaal: -1 spreekt ertegen, 0 geen aanwijzing, 1 zeker; 'past' bij de vormen leest u net zo.*

                ## Positie

                ```text
                                    uitwisselen                     delen
                           +----------------------------+----------------------------+
                           | Verkennend samenwerken     | Ondernemend samenwerken    |
                vernieuwen |                            |                            |
                           |                            |                            |
                           |                            |                            |
                           +----------------------------+----------------------------+
                           | Transactioneel samenwerken | Functioneel samenwerken    |
                verbeteren |                            |X                           |
                           |                            |                            |
                           |                            |                            |
                           +----------------------------+----------------------------+
                ```

                X = de positie: ambitie 0.00 (midden), aard 0.00 (midden)

                ## Passende vormen

                Nog geen passende vorm: eerst moet de grondvorm duidelijk zijn.

                ## Wat de grondvorm zou veranderen

                Geen enkel ander antwoord op één vraag verandert de grondvorm.

                ---

                *Dit is geen juridisch advies. Laat de gekozen vorm toetsen door een jurist of notaris.*

                Kennisversie test-1, 0 vragen beantwoord

                """)
    }

    @Test func escapesKnowledgeAndPartnerTexts() {
        #expect(
            MarkdownReport.escaped("a *b* _c_ `d` [e](f) <g> # | \\")
                == "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> \\# \\| \\\\")
        #expect(
            report(Fixture.hybrid, partner: "A <b> & 'c'", language: .en).hasPrefix(
                "# Grondvorm advice for A \\<b\\> \\& 'c'\n"))
    }

    @Test func listsFormsWithReasonsAndTheTraceInSections() {
        let text = report(Fixture.functional, language: .en, trace: true)
        #expect(
            text.contains(
                """
                ## Fitting forms

                1. **Operational management body** (fit: 0.85)
                   - (+) Meant for shared execution by public bodies.
                2. **Cooperative (excluded liability)** (fit: 0.79)
                   - (+) Members jointly own their service provider.
                   - (-) Public partners prefer a public-law form (art. 160 Gemeentewet).
                """))
        #expect(
            text.contains(
                "## Reasoning\n\n### Your answers\n\n- Why do you want to collaborate?\n  Cutting costs, Continuity\n"))
    }

    /// A partner name with an escape sequence, BEL or NUL shows them as visible escapes, and
    /// Markdown syntax and entities stay text (issue 11, defect 3).
    @Test func controlCharactersAndEntitiesAreVisible() {
        #expect(MarkdownReport.escaped("~~x~~ &amp;") == "\\~\\~x\\~\\~ \\&amp;")
        let text = report(Fixture.hybrid, partner: "Oost\u{1B}[2J\u{07}\u{00} *vet*", language: .en)
        #expect(text.hasPrefix("# Grondvorm advice for Oost\\\\u{1B}\\[2J\\\\u{07}\\\\u{00} \\*vet\\*\n"), "\(text)")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    /// The same content as the HTML page: the date and version under the title, the plot as a
    /// text block, and every answer given as a table in the questionnaire's order.
    @Test func dateAnswersAndPlot() {
        let document = report(Fixture.functional, language: .en, date: "2026-01-01")
        #expect(document.hasPrefix("# Grondvorm advice\n\nAdvice of 2026-01-01, knowledge version test-1\n\n**"))
        #expect(document.contains("## Position\n\n```text\n"))
        #expect(
            document.contains(
                """
                ## Answers given

                | Question | Answer |
                | --- | --- |
                | Why do you want to collaborate? | Cutting costs, Continuity |
                | Is it mainly about doing existing work better, or about something new? | Doing existing work better |
                | Do you exchange something, or will you set up parts of your organisations together? | Sharing |
                | Is it about a complete business function, such as ICT or purchasing? | yes |
                | How dependent on each other will you become (1 = hardly, 5 = completely)? | 4 |
                | Who takes part? | Public bodies only |
                | Must the collaboration itself employ staff? | yes |

                ---
                """))
        #expect(document.contains("*This is not legal advice."))
    }
}
