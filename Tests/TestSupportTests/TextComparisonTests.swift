import TestSupport
import Testing

@Suite("Test support: text comparison")
struct TextComparisonTests {
    @Test func equalTextsHaveNoDiff() {
        #expect(TextComparison.lineDiff(from: "a\nb\n", to: "a\nb\n") == "")
    }

    @Test func changedLineWithContext() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n"
        let new = "1\n2\n3\n4\nfive\n6\n7\n8\n"
        #expect(
            TextComparison.lineDiff(from: old, to: new) == """
                @@ line 3 @@
                  3
                  4
                - 5
                + five
                  6
                  7
                """)
    }

    @Test func separateHunksAddedAndRemovedLines() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\ni\n"
        let new = "a\nB\nb\nc\nd\ne\nf\ng\ni\n"
        #expect(
            TextComparison.lineDiff(from: old, to: new, context: 1) == """
                @@ line 1 @@
                  a
                + B
                  b
                @@ line 7 @@
                  g
                - h
                  i
                """)
    }

    @Test func missingFinalNewlineIsShown() {
        #expect(
            TextComparison.lineDiff(from: "a\n", to: "a") == """
                @@ line 1 @@
                  a
                + \\ no newline at end
                """)
    }
}
