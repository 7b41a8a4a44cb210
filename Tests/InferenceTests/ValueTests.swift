import Testing

import Inference

@Suite("Value")
struct ValueTests {
    @Test func ordersBooleansThenNumbersThenSymbols() {
        let values: [Value] = [.symbol("b"), .number(10), .boolean(true), .symbol("a"), .number(-2), .boolean(false)]
        #expect(
            values.sorted() == [.boolean(false), .boolean(true), .number(-2), .number(10), .symbol("a"), .symbol("b")])
    }

    @Test(arguments: [
        (Value.symbol("verbeteren"), "verbeteren"), (.number(3), "3"), (.number(2.5), "2.5"),
        (.boolean(true), "yes"), (.boolean(false), "no"), (.number(-4), "-4"),
    ])
    func describesAsWrittenInAKnowledgeFile(value: Value, text: String) {
        #expect(value.description == text)
    }
}
