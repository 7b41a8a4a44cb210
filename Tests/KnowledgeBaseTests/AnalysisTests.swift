import Testing

@testable import KnowledgeBase

/// The checks over the rule base as a whole, through whole loads of the valid base.
@Suite("Analysis")
struct AnalysisTests {
    @Test(
        "'excluded-form' follows from answers alone, so a form concluded from it alone does not follow from the archetype"
    )
    func excludedFormDoesNotFollowFromArchetype() throws {
        let rule = """

            rule zonder-bvo-een-stichting
              when excluded-form has bedrijfsvoeringsorganisatie
              then form = stichting with 0.2
              because
                nl "Valt de bedrijfsvoeringsorganisatie af, dan blijft een stichting."
                en "Without the operational management body, a foundation remains."

            """
        #expect(
            try TestSupport.diagnostics(appending: rule, to: "rules.gvk") == """
                valid/rules.gvk:77:8: error: rule 'zonder-bvo-een-stichting' concludes form 'stichting' without \
                depending on the archetype; a legal form may only follow from the archetype, never from motives or \
                answers alone, so test 'archetype' in its 'when'
                  then form = stichting with 0.2
                       ^~~~
                """)
    }
}
