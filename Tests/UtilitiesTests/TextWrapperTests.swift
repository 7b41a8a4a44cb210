import Utilities
import Testing

@Suite("Wrapping text")
struct TextWrapperTests {
    @Test func wrapsAtSpacesWithIndents() {
        #expect(
            TextWrapper.wrap("een twee drie vier", first: "- ", rest: "  ", width: 10) == [
                "- een twee", "  drie", "  vier",
            ])
        #expect(
            TextWrapper.wrap("een twee drie vier", first: "- ", rest: "  ", width: 13) == ["- een twee", "  drie vier"])
    }

    @Test func keepsLongWordsWhole() {
        #expect(
            TextWrapper.wrap("a bedrijfsvoeringsorganisatie b", first: "", rest: "", width: 8)
                == ["a", "bedrijfsvoeringsorganisatie", "b"])
    }

    @Test func emptyTextGivesTheIndentOnly() {
        #expect(TextWrapper.wrap("", first: "  ", rest: "    ") == ["  "])
    }
}
