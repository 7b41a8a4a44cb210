/// Loads a knowledge base from `.gvk` files: parses, validates and compiles it.
///
/// Loading either yields a sound ``Knowledge`` or throws every problem found, as
/// ``Diagnostic``s; a load never stops at the first problem, and no input, however broken,
/// makes it crash or hang.
public enum KnowledgeLoader {
    /// Loads a knowledge base from files already in memory.
    ///
    /// Files are read in order of their paths (byte order), and declarations in file order; the
    /// rule base holds the written rules in that order, then the generated rules (see
    /// `Knowledge/README.md`). A file that is not valid UTF-8 gets one diagnostic at its first bad
    /// byte and no other diagnostics, though what can be read of it still counts.
    ///
    /// - Parameter files: The knowledge files; paths are shown in diagnostics as given.
    /// - Returns: The validated knowledge base with its compiled rule base.
    /// - Throws: ``KnowledgeLoadError`` with every problem, sorted by path, line and column.
    /// - Complexity: O(n) in the total size of the files for lexing and parsing; the checks are
    ///   linear in the size of the declarations except for the forms × archetypes fit table.
    public static func load(files: [SourceFile]) throws(KnowledgeLoadError) -> Knowledge {
        try load(files: files, analysing: true)
    }

    /// Loads a knowledge base that is known to load without any diagnostic, leaving out the
    /// analysis phase (the checks over the rule base as a whole, which only report problems).
    ///
    /// The shipped knowledge base is such a base: the build fails when ``load(files:)`` reports
    /// anything for it (see `KnowledgeEmbedder`), so the program can skip the analysis at every
    /// start. For any other files use ``load(files:)``: a base this accepts may still have
    /// problems only the analysis finds (a rule that can never fire, a question no rule reads).
    /// Problems of the other phases are still reported.
    ///
    /// - Parameter files: Files that ``load(files:)`` accepts without diagnostics.
    /// - Returns: The same knowledge base as ``load(files:)`` returns for `files`.
    /// - Throws: ``KnowledgeLoadError`` with every problem the lexer, parser, resolver and
    ///   compiler find, sorted by path, line and column.
    /// - Complexity: O(n) in the total size of the files.
    public static func load(validated files: [SourceFile]) throws(KnowledgeLoadError) -> Knowledge {
        try load(files: files, analysing: false)
    }

    /// Loads `files`, with or without the analysis phase.
    private static func load(files: [SourceFile], analysing: Bool) throws(KnowledgeLoadError) -> Knowledge {
        let ordered = files.enumerated()
            .sorted { lhs, rhs in
                if lhs.element.path == rhs.element.path { return lhs.offset < rhs.offset }
                return lhs.element.path.utf8.lexicographicallyPrecedes(rhs.element.path.utf8)
            }
            .map(\.element)
        let sources = ordered.map(SourceText.init)
        var problems = Problems()
        var syntax = KnowledgeSyntax()
        var invalidFiles: Set<Int> = []
        var encodingProblems: [Problem] = []
        for (index, source) in sources.enumerated() {
            let lines = Lexer.lex(source, file: index, problems: &problems)
            Parser.parse(lines, into: &syntax, problems: &problems)
            if let bad = source.firstInvalidByte {
                invalidFiles.insert(index)
                encodingProblems.append(
                    Problem(
                        kind: .lexical(.notUTF8), span: Span(file: index, line: bad.line, column: bad.column, length: 1)
                    ))
            }
        }
        let resolved = Resolver.resolve(syntax, paths: sources.map(\.path), problems: &problems)
        let rules = RuleGenerator.rules(for: resolved)
        if analysing { Analysis.analyse(rules, of: resolved, problems: &problems) }
        let knowledge = Knowledge.assemble(resolved, rules: rules, problems: &problems)
        let reported = problems.list.filter { !invalidFiles.contains($0.span.file) } + encodingProblems
        if let knowledge, reported.isEmpty { return knowledge }
        var renderer = Renderer(sources: sources)
        throw KnowledgeLoadError(diagnostics: reported.map { renderer.render($0) })
    }

    /// Turns problems into diagnostics, decoding each source line once however many problems
    /// point into it.
    private struct Renderer {
        let sources: [SourceText]
        var lines: [Span: (text: String, scalars: [Unicode.Scalar])] = [:]

        mutating func render(_ problem: Problem) -> Diagnostic {
            guard sources.indices.contains(problem.span.file) else {
                return Diagnostic(
                    location: SourceLocation(path: "", line: 0, column: 0), message: problem.message, sourceLine: "",
                    length: 1)
            }
            let source = sources[problem.span.file]
            let key = Span(file: problem.span.file, line: problem.span.line, column: 0, length: 0)
            let line: (text: String, scalars: [Unicode.Scalar])
            if let known = lines[key] {
                line = known
            } else {
                let text = source.displayLine(problem.span.line)
                line = (text, Array(text.unicodeScalars))
                lines[key] = line
            }
            return Diagnostic(
                location: SourceLocation(path: source.path, line: problem.span.line, column: problem.span.column),
                message: problem.message, fullLine: line.text, scalars: line.scalars, length: problem.span.length)
        }
    }
}
