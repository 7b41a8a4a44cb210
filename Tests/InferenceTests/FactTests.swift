import Testing

import Inference

@Suite("Fact")
struct FactTests {
    @Test func describesItselfAndItsKey() {
        let fact = Fact(
            attribute: "intent", value: .symbol("vernieuwen"), certainty: Certainty(0.72),
            sources: [.given(Certainty(0.3)), .rule("r1", contribution: Certainty(0.6))])
        #expect(fact.description == "intent = vernieuwen (0.72)")
        #expect(fact.key == FactKey(attribute: "intent", value: .symbol("vernieuwen")))
        #expect(fact.key.description == "intent = vernieuwen")
    }

    @Test func eachSourceKnowsItsCertainty() {
        let sources: [Fact.Source] = [
            .given(Certainty(0.3)), .defaulted(Certainty(-0.2)), .rule("r", contribution: Certainty(0.6)),
        ]
        #expect(sources.map(\.certainty) == [Certainty(0.3), Certainty(-0.2), Certainty(0.6)])
    }
}
