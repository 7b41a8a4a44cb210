import Testing

@testable import KnowledgeBase

@Suite("Lexer")
struct LexerTests {
    private func lex(_ text: String) -> (lines: [LexedLine], problems: [Problem]) {
        var problems = Problems()
        let lines = Lexer.lex(
            SourceText(SourceFile(path: "a.gvk", bytes: Array(text.utf8))), file: 0, problems: &problems)
        return (lines, problems.list)
    }

    @Test("reads words, strings, numbers and symbols, and skips comments and blank lines")
    func tokens() {
        let (lines, problems) = lex("# comment\n\nrule x-1 # trailing\n  when a >= -0.25 and (b != \"q \\\" \\\\\")\n")
        #expect(problems.isEmpty)
        #expect(lines.map(\.number) == [3, 4])
        #expect(lines.map(\.level) == [0, 1])
        #expect(lines[0].tokens.map(\.kind) == [.word("rule"), .word("x-1")])
        #expect(
            lines[1].tokens.map(\.kind) == [
                .word("when"), .word("a"), .symbol(">="), .number(-0.25), .word("and"), .symbol("("), .word("b"),
                .symbol("!="), .string("q \" \\"), .symbol(")"),
            ])
        #expect(lines[1].tokens[3].span == Span(file: 0, line: 4, column: 13, length: 5))
    }

    @Test("accepts CRLF line ends and a byte order mark")
    func lineEnds() {
        let (lines, problems) = lex("\u{FEFF}rule a\r\n  when b = c\r\n")
        #expect(problems.isEmpty)
        #expect(lines.map { $0.tokens.map(\.raw) } == [["rule", "a"], ["when", "b", "=", "c"]])
    }

    @Test(
        "reports one problem per line and keeps going",
        arguments: [
            ("rule \"open", "unterminated string; close it with '\"' on the same line", 6, 5),
            ("\trule", "tab character in indentation; indent with two spaces per level", 1, 1),
            ("rule\ta", "tab character; use spaces", 5, 1),
            ("rule $ £", "unexpected character '$'", 6, 1),
            ("rule \u{7}", "unexpected control character U+0007", 6, 1),
            ("rule \"a\\tb\"", "unknown escape in string; write '\\\"' for a quote and '\\\\' for a backslash", 8, 2),
            ("rule \"a\tb\"", "tab character in string; use spaces", 8, 1),
            (" rule", "indentation of 1 spaces is not a multiple of two", 1, 1),
            ("  rule", "unexpected indentation; the first line of a file starts at column 1", 1, 2),
        ])
    func problems(_ text: String, _ message: String, _ column: Int, _ length: Int) {
        let (lines, problems) = lex(text)
        #expect(problems.map(\.message) == [message])
        #expect(problems.map(\.span) == [Span(file: 0, line: 1, column: column, length: length)])
        #expect(lines.count == 1)
    }

    @Test("a line indented too deep counts as one level deeper than the line above")
    func tooDeep() {
        let (lines, problems) = lex("rule a\n  when b\n        c\n")
        #expect(lines.map(\.level) == [0, 1, 2])
        #expect(lines.map(\.isMisindented) == [false, false, true])
        #expect(
            problems == [
                Problem(
                    kind: .lexical(.indentedTooDeep(maximumSpaces: 4)),
                    span: Span(file: 0, line: 3, column: 1, length: 8))
            ])
        #expect(problems.map(\.message) == ["line is indented too deep; expected at most 4 spaces"])
    }

    @Test(
        "finds the first byte that is not UTF-8",
        arguments: [
            ([0x61, 0xC3, 0x28], 1), ([0xE2, 0x82], 0), ([0xED, 0xA0, 0x80], 0), ([0xF4, 0x90, 0x80, 0x80], 0),
            ([0xC0, 0xAF], 0), ([0x61, 0x80], 1), ([0x61, 0xF0, 0x9F, 0x98, 0x80, 0xFF], 5),
        ] as [([UInt8], Int)])
    func invalidUTF8(_ bytes: [UInt8], _ offset: Int) {
        #expect(UTF8Validation.firstInvalidByte(in: bytes) == offset)
    }

    @Test("valid UTF-8 passes")
    func validUTF8() {
        #expect(UTF8Validation.firstInvalidByte(in: Array("aé€😀\n".utf8)) == nil)
    }

    @Test("the display line replaces control characters but keeps tabs")
    func displayLine() {
        let source = SourceText(SourceFile(path: "a", bytes: Array("a\tb\u{1B}[31mc\n".utf8)))
        #expect(source.displayLine(1) == "a\tb\u{FFFD}[31mc")
        #expect(source.displayLine(2) == "")
    }
}
