@testable import Advisor
import Inference
import KnowledgeBase
import Testing

/// Conditions in words, as `waarom niet X` shows them.
@Suite("Conditions in words")
struct PhrasesWhyNotTests {
    let knowledge = Fixture.small

    @Test func everyKindOfCondition() {
        let nl = Phrases(language: .nl)
        let en = Phrases(language: .en)
        #expect(
            nl.condition(.equals("ambitie", .symbol("verbeteren")), knowledge: knowledge)
                == "'Gaat het vooral om bestaand werk beter doen, of om iets nieuws?' is 'Bestaand werk beter doen'")
        #expect(
            en.condition(.notEquals("hele-functie", .boolean(true)), knowledge: knowledge)
                == "'Is it about a complete business function, such as ICT or purchasing?' is not yes")
        #expect(nl.condition(.equals("intent", .symbol("vernieuwen")), knowledge: knowledge) == "ambitie: vernieuwen")
        #expect(en.condition(.notEquals("nature", .symbol("delen")), knowledge: knowledge) == "not nature: share")
        #expect(
            nl.condition(.all([.known("intent"), .not(.unknown("nature"))]), knowledge: knowledge)
                == "de ambitie (verbeteren of vernieuwen) is beantwoord en niet (de aard (uitwisselen of delen) is niet beantwoord)"
        )
        #expect(
            en.condition(
                .any([.compare("afhankelijkheid", .greaterOrEqual, 4), .equals("x", .number(2))]), knowledge: knowledge
            )
            .hasSuffix(">= 4 or x is 2)"))
        // A number too large for an Int is shown as it is, not trapped on.
        #expect(nl.condition(.compare("afhankelijkheid", .less, 1e300), knowledge: knowledge).hasSuffix("< 1e+300"))
    }
}
