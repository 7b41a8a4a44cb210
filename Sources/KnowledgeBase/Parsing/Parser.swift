import Utilities

/// Turns the lexed lines of one file into declarations.
///
/// Indentation gives the structure: a declaration starts at level 0 and owns the lines below it
/// that are indented deeper. The parser recovers from every error by skipping the offending line
/// and the lines indented under it, so one run reports every problem. It never recurses deeper
/// than the grammar (a declaration, a field, a language line, a continuation), whatever the
/// input's indentation.
struct Parser {
    let lines: [LexedLine]
    /// For each line, the index after the last line indented under it.
    let subtreeEnd: [Int]
    /// For each line index, how many misindented lines come before it (one more entry at the end).
    private let misindentedBefore: [Int]
    var problems = Problems()

    /// Parses `lines` into `syntax`, reporting problems into `problems`.
    ///
    /// - Complexity: O(n) in the number of tokens.
    static func parse(_ lines: [LexedLine], into syntax: inout KnowledgeSyntax, problems: inout Problems) {
        var parser = Parser(lines: lines)
        var index = 0
        while index < lines.count {
            parser.parseDeclaration(at: index, into: &syntax)
            index = parser.subtreeEnd[index]
        }
        // A misindented line has its own diagnostic; where it landed in the structure is a
        // guess, so what the parser says about it would only repeat that problem.
        let misindented = Set(lines.filter(\.isMisindented).map(\.number))
        for problem in parser.problems.list where !misindented.contains(problem.span.line) {
            problems.add(problem)
        }
    }

    private init(lines: [LexedLine]) {
        self.lines = lines
        var ends = [Int](repeating: lines.count, count: lines.count)
        var open: [Int] = []
        for (index, line) in lines.enumerated() {
            while let top = open.last, lines[top].level >= line.level {
                ends[top] = index
                open.removeLast()
            }
            open.append(index)
        }
        subtreeEnd = ends
        var counts = [0]
        for line in lines { counts.append((counts.last ?? 0) + (line.isMisindented ? 1 : 0)) }
        misindentedBefore = counts
    }

    /// Whether line `index` or a line under it is misindented (so a "missing" report may be wrong).
    func hasMisindentation(under index: Int) -> Bool {
        misindentedBefore[subtreeEnd[index]] - misindentedBefore[index] > 0
    }

    // MARK: - Structure

    /// The lines directly under line `index`.
    func children(of index: Int) -> [Int] {
        var result: [Int] = []
        var child = index + 1
        while child < subtreeEnd[index] {
            result.append(child)
            child = subtreeEnd[child]
        }
        return result
    }

    /// The tokens of line `index`.
    func tokens(_ index: Int) -> [Token] { lines[index].tokens }

    /// Reports lines indented under `index` where none may be.
    mutating func rejectChildren(of index: Int) {
        guard index + 1 < subtreeEnd[index] else { return }
        problems.add(.unexpectedIndentedLine(under: tokens(index)[0].raw), at: tokens(index + 1)[0].span)
    }

    /// Reports tokens on line `index` from position `position` on.
    mutating func rejectExtra(_ index: Int, from position: Int) {
        let line = tokens(index)
        guard position < line.count else { return }
        problems.add(.extraToken(line[position].raw), at: line[position].span)
    }

    /// Reports that `expectation` was not met at token `position` of line `index`: at the token
    /// found there (quoted, with a "did you mean" among `candidates`), or right after the line's
    /// last token when the line ends before `position`.
    mutating func expected(
        _ expectation: Expectation, onLine index: Int, at position: Int, suggesting candidates: [String] = []
    ) {
        let line = tokens(index)
        guard position < line.count else {
            problems.add(.expected(expectation, found: nil), at: line[line.count - 1].span.end)
            return
        }
        let found = line[position].raw
        problems.add(
            .expected(expectation, found: found, hint: Hint.closest(to: found, among: candidates)),
            at: line[position].span)
    }

    // MARK: - Declarations

    private mutating func parseDeclaration(at index: Int, into syntax: inout KnowledgeSyntax) {
        let first = tokens(index)[0]
        guard let word = first.word else {
            expected(.declaration, onLine: index, at: 0)
            return
        }
        guard let keyword = DeclarationKeyword(rawValue: word) else {
            let keywords = DeclarationKeyword.allCases.map(\.rawValue)
            let problem: SyntaxProblem =
                word == "constraint"
                ? .constraintRemoved : .unknownDeclaration(word, hint: Hint.closest(to: word, among: keywords))
            problems.add(problem, at: first.span)
            return
        }
        switch keyword {
        case .knowledge: syntax.knowledge.append(parseKnowledge(at: index))
        case .motive: syntax.motives.append(parseMotive(at: index))
        case .question: syntax.questions.append(parseQuestion(at: index))
        case .archetype: syntax.archetypes.append(parseArchetype(at: index))
        case .agreement: syntax.agreements.append(parseAgreement(at: index))
        case .form: syntax.forms.append(parseForm(at: index))
        case .property: syntax.properties.append(parseProperty(at: index))
        case .signal: syntax.signals.append(parseSignal(at: index))
        case .rule: syntax.rules.append(parseRule(at: index))
        case .requirement: syntax.requirements.append(parseRequirement(at: index))
        case .preference: syntax.preferences.append(parsePreference(at: index))
        case .divergence: syntax.divergences.append(parseDivergence(at: index))
        }
    }

    /// Whether `text` is a valid id: a lower-case letter, then lower-case letters, digits and `-`.
    static func isValidID(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), ("a"..."z").contains(first) else { return false }
        while let scalar = scalars.next() {
            guard ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" else { return false }
        }
        return true
    }

    /// Checks that `token` is a valid id; reports and returns `nil` otherwise.
    mutating func id(_ token: Token, after keyword: String) -> Name? {
        guard let word = token.word else {
            problems.add(.expected(.id(after: keyword), found: token.raw), at: token.span)
            return nil
        }
        guard Self.isValidID(word) else {
            problems.add(.invalidID(word), at: token.span)
            return nil
        }
        return Name(text: word, span: token.span)
    }

    /// Parses `KEYWORD ID` on line `index`.
    mutating func header(at index: Int) -> Header {
        let line = tokens(index)
        let keyword = line[0]
        guard line.count >= 2 else {
            expected(.id(after: keyword.raw), onLine: index, at: 1)
            return Header(keyword: keyword.span, id: nil)
        }
        let name = id(line[1], after: keyword.raw)
        rejectExtra(index, from: 2)
        return Header(keyword: keyword.span, id: name)
    }

    // MARK: - Fields

    /// Reads the fields under a declaration, reporting unknown and repeated ones.
    ///
    /// - Parameters:
    ///   - index: The declaration's line.
    ///   - owner: The declaration as messages name it.
    ///   - other: Called first for a line that starts with a word that is no field keyword; it
    ///     returns whether it took the line (a form's property line), else the word is an unknown
    ///     field.
    ///   - handle: Called for each accepted field with its keyword and line.
    /// - Returns: The fields seen, for the check of required ones; an unknown field that is
    ///   probably a typo of a known one counts as that one, so it is reported once.
    mutating func fields<Field: FieldKeyword>(
        of index: Int, owner: Owner, other: ((inout Parser, Int) -> Bool)? = nil,
        handle: (inout Parser, Field, Int) -> Void
    ) -> Set<Field> {
        /// The first line of each field.
        var seen: [Field: Int] = [:]
        for child in children(of: index) {
            let first = tokens(child)[0]
            guard let word = first.word else {
                expected(.field(of: owner), onLine: child, at: 0)
                continue
            }
            guard let field = Field(rawValue: word) else {
                if let other, other(&self, child) { continue }
                let suggestion = Suggestion.closest(to: word, among: Field.allCases.map(\.rawValue))
                problems.add(.unknownField(word, of: owner, hint: suggestion.map(Hint.didYouMean)), at: first.span)
                if let meant = suggestion.flatMap(Field.init(rawValue:)), seen[meant] == nil {
                    seen[meant] = lines[child].number
                }
                continue
            }
            if let line = seen[field], !field.isRepeatable {
                problems.add(.repeatedField(word, of: owner, firstLine: line), at: first.span)
                continue
            }
            seen[field] = seen[field] ?? lines[child].number
            handle(&self, field, child)
        }
        return Set(seen.keys)
    }

    /// Reports each required field that is not in `seen` (unless the declaration on line `index`
    /// holds misindented lines, which may be the missing fields).
    mutating func requireFields<Field: FieldKeyword>(_ seen: Set<Field>, owner: Owner, at span: Span, line index: Int) {
        guard !hasMisindentation(under: index) else { return }
        for field in Field.allCases where field.isRequired && !seen.contains(field) {
            problems.add(.missingField(field.rawValue, of: owner), at: span)
        }
    }

    /// A two-language text field on line `index`: the keyword alone, `nl`/`en` lines under it.
    ///
    /// - Returns: The text, or `nil` when a problem in it was reported (or it holds misindented
    ///   lines, which were).
    mutating func text(at index: Int, owner: Owner) -> LocalizedText? {
        let line = tokens(index)
        if line.count > 1 {
            problems.add(.textOnFieldLine(line[0].raw), at: line[1].span)
            if index + 1 == subtreeEnd[index] { return nil }
        }
        return textLines(under: index, keyword: line[0].span, field: line[0].raw, owner: owner)
    }

    /// The `nl` and `en` lines under line `index`, with their continuation lines.
    ///
    /// - Parameters:
    ///   - keyword: Where "missing text" problems point.
    ///   - field: The text as messages name it (quoted): `label`, `fit functioneel`.
    ///   - owner: Its declaration.
    /// - Returns: The text, or `nil` when a problem in it was reported.
    mutating func textLines(under index: Int, keyword: Span, field: String, owner: Owner) -> LocalizedText? {
        /// Each language's text, or `""` for one whose line has a problem (so it is not also missing).
        var dutch: String?
        var english: String?
        var isBroken = false
        for child in children(of: index) {
            let line = tokens(child)
            let first = line[0]
            guard let word = first.word else {
                expected(.language(in: field, of: owner), onLine: child, at: 0)
                continue
            }
            guard let language = Language(rawValue: word) else {
                problems.add(.unknownLanguage(word, in: field, of: owner), at: first.span)
                continue
            }
            guard (language == .nl ? dutch : english) == nil else {
                problems.add(.repeatedLanguage(word, in: field, of: owner), at: first.span)
                continue
            }
            guard line.count >= 2, case .string(var value) = line[1].kind else {
                expected(.string(after: word), onLine: child, at: 1)
                if language == .nl { dutch = "" } else { english = "" }
                isBroken = true
                continue
            }
            rejectExtra(child, from: 2)
            for continuation in children(of: child) {
                let parts = tokens(continuation)
                guard case .string(let more) = parts[0].kind else {
                    problems.add(.notAContinuation(parts[0].raw), at: parts[0].span)
                    continue
                }
                rejectExtra(continuation, from: 1)
                rejectChildren(of: continuation)
                value += " "
                value += more
            }
            if value.isEmpty {
                problems.add(.emptyText(language, in: field, of: owner), at: line[1].span)
                isBroken = true
            }
            if language == .nl { dutch = value } else { english = value }
        }
        guard !hasMisindentation(under: index) else { return nil }
        guard let dutch, let english else {
            problems.add(.missingText(dutch: dutch == nil, english: english == nil, in: field, of: owner), at: keyword)
            return nil
        }
        return isBroken ? nil : LocalizedText(nl: dutch, en: english)
    }

    /// A whole number in `range` after the keyword on line `index`, alone on its line.
    ///
    /// - Parameter expectation: What the problem says was expected, when there is no such number.
    /// - Returns: The number, or `nil` (reported).
    mutating func wholeNumber(onLine index: Int, in range: ClosedRange<Int>, else expectation: Expectation) -> Int? {
        let line = tokens(index)
        rejectChildren(of: index)
        guard line.count >= 2, case .number(let number) = line[1].kind, let whole = Int(exactly: number),
            range.contains(whole)
        else {
            expected(expectation, onLine: index, at: 1)
            return nil
        }
        rejectExtra(index, from: 2)
        return whole
    }

    /// `yes` or `no` after the keyword on line `index`.
    mutating func yesNo(at index: Int) -> Bool? {
        let line = tokens(index)
        rejectChildren(of: index)
        guard line.count >= 2, let word = line[1].word, word == "yes" || word == "no" else {
            expected(.yesOrNo(after: line[0].raw), onLine: index, at: 1)
            return nil
        }
        rejectExtra(index, from: 2)
        return word == "yes"
    }

    /// A condition after the keyword on line `index`, continued on the lines indented under it.
    mutating func condition(at index: Int) -> WrittenCondition {
        let keyword = tokens(index)[0]
        var conditionTokens = Array(tokens(index).dropFirst())
        for continuation in (index + 1)..<subtreeEnd[index] {
            conditionTokens.append(contentsOf: tokens(continuation))
        }
        let words = conditionTokens.compactMap { token in token.word.map { Name(text: $0, span: token.span) } }
        do throws(Problem) {
            let condition = try ConditionParser.parse(conditionTokens, after: keyword)
            return WrittenCondition(
                condition: condition, words: words, source: Self.join(conditionTokens), keyword: keyword.span)
        } catch {
            problems.add(error)
            return WrittenCondition(
                condition: nil, words: words, source: Self.join(conditionTokens), keyword: keyword.span)
        }
    }

    /// Tokens joined by single spaces, without spaces inside parentheses.
    private static func join(_ tokens: [Token]) -> String {
        var text = ""
        var previous: Token?
        for token in tokens {
            if let previous, !previous.isSymbol("("), !token.isSymbol(")") { text += " " }
            text += token.raw
            previous = token
        }
        return text
    }
}

extension Language {
    /// `Dutch` or `English`, as messages say.
    var adjective: String {
        switch self {
        case .nl: return "Dutch"
        case .en: return "English"
        }
    }
}
