import Inference
import Testing

@testable import KnowledgeBase

@Suite("Condition parser")
struct ConditionParserTests {
    private func parse(_ text: String) -> Result<ConditionSyntax, Problem> {
        var problems = Problems()
        let lines = Lexer.lex(
            SourceText(SourceFile(path: "a", bytes: Array("when \(text)".utf8))), file: 0, problems: &problems)
        do throws(Problem) {
            return .success(try ConditionParser.parse(Array(lines[0].tokens.dropFirst()), after: lines[0].tokens[0]))
        } catch {
            return .failure(error)
        }
    }

    /// The condition in prefix notation, for compact expectations.
    private func shape(_ condition: ConditionSyntax) -> String {
        switch condition {
        case .test(let test): return test.text
        case .all(let parts): return "all(" + parts.map(shape).joined(separator: ", ") + ")"
        case .any(let parts): return "any(" + parts.map(shape).joined(separator: ", ") + ")"
        case .not(let inner): return "not(" + shape(inner) + ")"
        }
    }

    @Test("'and' binds tighter than 'or'; 'not' and parentheses nest", arguments: [
        ("a = b", "a = b"),
        ("a = b and c has d or e is known", "any(all(a = b, c has d), e is known)"),
        ("a = b or c != d and not e is unknown", "any(a = b, all(c != d, not(e is unknown)))"),
        ("not (a = b or c < 3) and d >= 2.5", "all(not(any(a = b, c < 3)), d >= 2.5)"),
        ("((a = yes))", "a = yes"),
        ("not not a <= -1", "not(not(a <= -1))"),
    ])
    func precedence(_ text: String, _ expected: String) throws {
        let condition = try parse(text).get()
        #expect(shape(condition) == expected)
    }

    @Test("reports the first syntax error with its place", arguments: [
        ("", "expected a condition after 'when'", 5),
        ("a", "expected '=', '!=', 'has', '<', '<=', '>', '>=' or 'is' after 'a'", 7),
        ("a =", "expected a value after '='", 9),
        ("a = and", "expected a value after '=', found 'and'", 10),
        ("a < b", "expected a number after '<', found 'b'", 10),
        ("a is knwon", "expected 'known' or 'unknown' after 'is', found 'knwon'; did you mean 'known'?", 11),
        ("a = b c = d", "unexpected 'c' after a complete test; join tests with 'and' or 'or'", 12),
        ("a = b)", "unmatched ')'", 11),
        ("(a = b", "expected ')' to close the '(' at column 6", 12),
        ("a = b and", "expected a test such as 'x = a' at the end of the condition", 15),
        ("and a = b", "expected a test such as 'x = a', found 'and'", 6),
        ("\"a\" = b", "expected a test such as 'x = a', found '\"a\"'", 6),
        ("a => 3", "expected a value after '=', found '>'", 9),
    ])
    func errors(_ text: String, _ message: String, _ column: Int) {
        guard case .failure(let problem) = parse(text) else {
            Issue.record("'\(text)' parsed")
            return
        }
        #expect(problem.message == message)
        #expect(problem.span.column == column)
    }

    @Test("nesting is limited to 64 levels, for parentheses and 'not' alike")
    func depthLimit() throws {
        let deepest = String(repeating: "(", count: 64) + "a = b" + String(repeating: ")", count: 64)
        #expect(throws: Never.self) { try parse(deepest).get() }
        guard case .failure(let problem) = parse("(" + deepest + ")") else {
            Issue.record("65 levels parsed")
            return
        }
        #expect(problem.message == "condition nests parentheses and 'not' more than 64 levels deep")
        guard case .failure(let notProblem) = parse(String(repeating: "not ", count: 10_000) + "a = b") else {
            Issue.record("10,000 nots parsed")
            return
        }
        #expect(notProblem.span.column == 6 + 64 * 4)
    }

    @Test("a long flat chain of tests does not recurse")
    func longChain() throws {
        let text = (0..<20_000).map { "a\($0) = b" }.joined(separator: " or ")
        guard case .any(let parts) = try parse(text).get() else {
            Issue.record("not a disjunction")
            return
        }
        #expect(parts.count == 20_000)
    }
}
