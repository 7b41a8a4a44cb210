import Testing

@testable import KnowledgeBase

/// The problem model renders each kind once; these check the shared pieces of the messages.
@Suite("Problem")
struct ProblemTests {
    @Test("a hint names the closest candidate, or the choices, or nothing")
    func hints() {
        #expect(Hint.closest(to: "hs", among: ["is", "has"])?.description == "; did you mean 'is'?")
        #expect(Hint.closest(to: "zzzz", among: ["is"]) == nil)
        #expect(Optional<Hint>.none.text == "")
        #expect(Hint.closest(to: "zzzz", orOneOf: ["a", "b"]).description == "; expected 'a' or 'b'")
        #expect(Hint.expected(["a", "b", "c"]).description == "; expected 'a', 'b' or 'c'")
        #expect(Hint.expected(["a"]).description == "; expected 'a'")
    }

    @Test("an owner is the declaration with its id, the keyword alone, or an option of a question")
    func owners() {
        #expect(Owner.declaration(.motive, id: "x").description == "motive 'x'")
        #expect(Owner.declaration(.knowledge, id: nil).description == "knowledge")
        #expect(Owner.option("a", of: .declaration(.question, id: "q")).description == "option 'a' of question 'q'")
    }

    @Test("the 'expected' idiom: what was expected, what was found, and a hint")
    func expected() {
        #expect(
            SyntaxProblem.expected(.pole(after: "intent"), found: nil).description == "expected a pole after 'intent'")
        #expect(
            SyntaxProblem.expected(.questionKind, found: "one-off", hint: .didYouMean("one-of")).description
                == "expected 'one-of', 'many-of', 'yes-no' or 'scale' after 'kind', found 'one-off'; did you mean 'one-of'?"
        )
    }

    @Test("a problem's message is its kind's description, whatever the phase")
    func messages() {
        let span = Span(file: 0, line: 1, column: 1, length: 1)
        #expect(
            Problem(kind: .lexical(.oddIndentation(spaces: 3)), span: span).message
                == "indentation of 3 spaces is not a multiple of two")
        #expect(
            Problem(
                kind: .resolution(.unknown(.option(of: .declaration(.question, id: "q")), "x", hint: nil)), span: span
            ).message
                == "unknown option 'x' of question 'q'")
        #expect(
            Problem(kind: .analysis(.neverConcluded(.form, "f")), span: span).message
                == "no rule concludes form 'f' with positive certainty")
    }
}
