import Testing

@testable import KnowledgeBase

@Suite("Declaration index")
struct DeclarationIndexTests {
    private func motive(_ id: String?, line: Int) -> MotiveDeclaration {
        let keyword = Span(file: 0, line: line, column: 1, length: 6)
        return MotiveDeclaration(
            header: Header(
                keyword: keyword,
                id: id.map { Name(text: $0, span: Span(file: 0, line: line, column: 8, length: $0.count)) }))
    }

    private func index(_ motives: [MotiveDeclaration]) -> (DeclarationIndex<MotiveDeclaration>, [Problem]) {
        var problems = Problems()
        let index = DeclarationIndex(
            motives, keyword: .motive, locate: { SourceLocation(path: "a.gvk", line: $0.line, column: $0.column) },
            problems: &problems)
        return (index, problems.list)
    }

    @Test("keeps the first declaration of each id and reports every later one once, pointing at the first")
    func duplicates() {
        let (index, problems) = index([
            motive("a", line: 1), motive("b", line: 2), motive("a", line: 3), motive(nil, line: 4),
            motive("a", line: 5),
        ])
        #expect(index.ids == ["a", "b"])
        #expect(index.all.count == 5)
        #expect(index.all.indices.map(index.isPrimary) == [true, true, false, false, false])
        #expect(index.primary.map(\.header.keyword.line) == [1, 2])
        #expect(index[id: "a"]?.header.keyword.line == 1)
        #expect(index.contains("b") && !index.contains("c"))
        #expect(
            problems.map(\.message) == [
                "duplicate motive 'a'; first declared at a.gvk:1:8",
                "duplicate motive 'a'; first declared at a.gvk:1:8",
            ])
        #expect(problems.map(\.span.line) == [3, 5])
    }

    @Test("mapping keeps positions, ids and which declarations are first")
    func mapping() {
        let (index, _) = index([motive("a", line: 1), motive("a", line: 2), motive("b", line: 3)])
        var seen: [Bool] = []
        let mapped = index.map { motive, isPrimary in
            seen.append(isPrimary)
            return ResolvedValue<MotiveDeclaration, Int>(syntax: motive, value: motive.header.keyword.line)
        }
        #expect(seen == [true, false, true])
        #expect(mapped.ids == ["a", "b"])
        #expect(mapped.primary.compactMap(\.value) == [1, 3])
        #expect(mapped[id: "b"]?.value == 3)
    }
}
