import Testing

@testable import KnowledgeBase

@Suite("Template scanner")
struct TemplateScannerTests {
    @Test("parts with their offsets and lengths, in Unicode scalars")
    func parts() {
        #expect(
            TemplateScanner.scan("é {one}: {other:is|zijn}") == [
                .init(kind: .text("é "), offset: 0, length: 2),
                .init(kind: .placeholder(name: "one", forms: nil), offset: 2, length: 5),
                .init(kind: .text(": "), offset: 7, length: 2),
                .init(
                    kind: .placeholder(name: "other", forms: .init(singular: "is", plural: "zijn")), offset: 9,
                    length: 15),
            ])
    }

    /// Multi-byte characters inside and around placeholders count as one scalar each (the
    /// scanner reads UTF-8 bytes and counts scalars as it goes).
    @Test("offsets count scalars, whatever their UTF-8 length")
    func multiByte() {
        #expect(
            TemplateScanner.scan("één {één:ü|€}😀} {x") == [
                .init(kind: .text("één "), offset: 0, length: 4),
                .init(kind: .placeholder(name: "één", forms: .init(singular: "ü", plural: "€")), offset: 4, length: 9),
                .init(kind: .text("😀"), offset: 13, length: 1), .init(kind: .unopened, offset: 14, length: 1),
                .init(kind: .text(" "), offset: 15, length: 1), .init(kind: .unterminated, offset: 16, length: 1),
            ])
    }

    @Test("an unterminated brace ends the scan; a stray closing brace is one part")
    func problems() {
        #expect(
            TemplateScanner.scan("a } b {one") == [
                .init(kind: .text("a "), offset: 0, length: 2), .init(kind: .unopened, offset: 2, length: 1),
                .init(kind: .text(" b "), offset: 3, length: 3), .init(kind: .unterminated, offset: 6, length: 1),
            ])
        #expect(TemplateScanner.scan("{a{b}") == [.init(kind: .unterminated, offset: 0, length: 1)])
    }

    @Test(
        "braces with an empty name or forms that are not two words are malformed",
        arguments: ["{}", "{:a|b}", "{one:a}", "{one:a|}", "{one:a|b|c}"])
    func malformed(written: String) {
        #expect(
            TemplateScanner.scan(written) == [
                .init(kind: .malformed(written), offset: 0, length: written.unicodeScalars.count)
            ])
    }
}
