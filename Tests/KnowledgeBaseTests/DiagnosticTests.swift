import Testing

@testable import KnowledgeBase

@Suite("Diagnostic")
struct DiagnosticTests {
    @Test("renders location, message, source line and a caret under the token")
    func rendersCaretUnderToken() {
        let diagnostic = Diagnostic(
            location: SourceLocation(path: "Knowledge/rules.gvk", line: 12, column: 8),
            message: "unknown question 'motieve'; did you mean 'motieven'?",
            sourceLine: "  when motieve has kosten-besparen", length: 7)
        #expect(
            diagnostic.description == """
                Knowledge/rules.gvk:12:8: error: unknown question 'motieve'; did you mean 'motieven'?
                  when motieve has kosten-besparen
                       ^~~~~~~
                """)
    }

    @Test("keeps the tabs of the source line in the caret line")
    func keepsTabs() {
        let diagnostic = Diagnostic(
            location: SourceLocation(path: "a.gvk", line: 1, column: 4), message: "m", sourceLine: "\t\tx yz",
            length: 2)
        #expect(diagnostic.description == "a.gvk:1:4: error: m\n\t\tx yz\n\t\t ^~")
    }

    @Test("a length below one still draws a caret; a column past the line end pads with spaces")
    func caretPastEnd() {
        let diagnostic = Diagnostic(
            location: SourceLocation(path: "a.gvk", line: 3, column: 6), message: "m", sourceLine: "rule", length: 0)
        #expect(diagnostic.length == 1)
        #expect(diagnostic.description == "a.gvk:3:6: error: m\nrule\n     ^")
    }

    @Test("columns count Unicode scalars, so the caret lines up after accented letters")
    func columnsCountScalars() throws {
        let output = try TestSupport.diagnostics(appending: "\nsignal é-x\n  title\n    nl \"é\" en\n", to: "forms.gvk")
        #expect(
            output == """
                valid/forms.gvk:106:1: error: missing field 'text' in signal
                signal é-x
                ^~~~~~
                valid/forms.gvk:106:8: error: 'é-x' is not a valid id; ids use lower-case letters, digits and '-' and start with a letter
                signal é-x
                       ^~~
                valid/forms.gvk:107:3: error: missing English text for 'title' of signal
                  title
                  ^~~~~
                valid/forms.gvk:108:12: error: unexpected 'en'; expected the end of the line
                    nl "é" en
                           ^~
                """)
    }

    @Test("a diagnostic without a line renders as one line")
    func withoutLine() {
        let diagnostic = Diagnostic(
            location: SourceLocation(path: "", line: 0, column: 0), message: "no knowledge", sourceLine: "", length: 1)
        #expect(diagnostic.description == "error: no knowledge")
    }

    @Test("a load error sorts by path, line and column and joins with newlines")
    func loadErrorSorts() {
        func diagnostic(_ path: String, _ line: Int, _ column: Int) -> Diagnostic {
            Diagnostic(
                location: SourceLocation(path: path, line: line, column: column), message: "\(path)\(line)\(column)",
                sourceLine: "x", length: 1)
        }
        let error = KnowledgeLoadError(diagnostics: [
            diagnostic("b.gvk", 1, 1), diagnostic("a.gvk", 2, 1), diagnostic("a.gvk", 1, 5), diagnostic("a.gvk", 1, 2),
        ])
        #expect(error.diagnostics.map(\.message) == ["a.gvk12", "a.gvk15", "a.gvk21", "b.gvk11"])
        #expect(error.description.split(separator: "\n", omittingEmptySubsequences: false).count == 12)
    }

    @Test("no files at all: one diagnostic without a location")
    func noFiles() {
        #expect(
            TestSupport.diagnostics([]) == """
                error: no 'knowledge' block; one file must declare 'knowledge' with a 'version' and a 'title'
                error: no archetype for the quadrants verbeteren/uitwisselen, verbeteren/delen, vernieuwen/uitwisselen \
                and vernieuwen/delen; declare exactly four archetypes, one per quadrant (intent/nature)
                """)
    }
}
