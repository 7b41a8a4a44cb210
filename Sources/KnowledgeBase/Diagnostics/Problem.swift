import Utilities

/// A place in a knowledge file: file index, 1-based line and column, and length in characters.
struct Span: Hashable, Sendable {
    /// The index of the file among the files loaded.
    var file: Int
    /// The 1-based line.
    var line: Int
    /// The 1-based column, counted in Unicode scalars.
    var column: Int
    /// The length of the token in Unicode scalars.
    var length: Int

    /// The position right after this span, one character long (for "expected … here").
    var end: Span { Span(file: file, line: line, column: column + length, length: 1) }
}

/// A problem found before it is rendered: what is wrong, with its data, and the span it points at.
///
/// The model is separate from its rendering: each phase has its own enum of problems
/// (``LexicalProblem``, ``SyntaxProblem``, ``ResolutionProblem``, ``AnalysisProblem``), and each
/// enum has one `description` switch that writes the English message. The loader renders a
/// problem into a ``Diagnostic`` with the source line and caret.
struct Problem: Error, Hashable, Sendable {
    /// What is wrong, by the phase that found it.
    enum Kind: Hashable, Sendable, CustomStringConvertible {
        /// Found while splitting a file into tokens (or checking its encoding).
        case lexical(LexicalProblem)
        /// Found while parsing lines into declarations.
        case syntax(SyntaxProblem)
        /// Found while resolving ids, values and conditions against the declarations.
        case resolution(ResolutionProblem)
        /// Found by the checks over the rule base as a whole.
        case analysis(AnalysisProblem)

        /// The message, as ``Diagnostic/message``.
        var description: String {
            switch self {
            case .lexical(let problem): return problem.description
            case .syntax(let problem): return problem.description
            case .resolution(let problem): return problem.description
            case .analysis(let problem): return problem.description
            }
        }
    }

    /// What is wrong.
    let kind: Kind
    /// The offending token.
    let span: Span

    /// The message, a sentence without a final period that quotes tokens in single quotes.
    var message: String { kind.description }
}

/// The problems found so far, in the order found.
struct Problems: Sendable {
    /// Every problem reported.
    private(set) var list: [Problem] = []

    /// Records a lexical problem.
    mutating func add(_ kind: LexicalProblem, at span: Span) {
        list.append(Problem(kind: .lexical(kind), span: span))
    }

    /// Records a syntax problem.
    mutating func add(_ kind: SyntaxProblem, at span: Span) {
        list.append(Problem(kind: .syntax(kind), span: span))
    }

    /// Records a resolution problem.
    mutating func add(_ kind: ResolutionProblem, at span: Span) {
        list.append(Problem(kind: .resolution(kind), span: span))
    }

    /// Records a problem of the analysis.
    mutating func add(_ kind: AnalysisProblem, at span: Span) {
        list.append(Problem(kind: .analysis(kind), span: span))
    }

    /// Records a problem that was thrown or made elsewhere.
    mutating func add(_ problem: Problem) {
        list.append(problem)
    }

    /// Whether nothing was reported.
    var isEmpty: Bool { list.isEmpty }
}

/// The declaration or option a message is about: `motive 'x'`, `motive` (when its id is missing),
/// `knowledge`, `option 'a' of question 'q'`.
indirect enum Owner: Hashable, Sendable, CustomStringConvertible {
    /// A declaration, with its id when it has a valid one.
    case declaration(DeclarationKeyword, id: String?)
    /// An option block of a question.
    case option(String, of: Owner)

    /// The owner of a declaration with `header`.
    init(_ keyword: DeclarationKeyword, _ header: Header) {
        self = .declaration(keyword, id: header.id?.text)
    }

    /// As messages name it.
    var description: String {
        switch self {
        case .declaration(let keyword, let id?): return "\(keyword.rawValue) '\(id)'"
        case .declaration(let keyword, nil): return keyword.rawValue
        case .option(let id, let question): return "option '\(id)' of \(question)"
        }
    }
}

/// The tail of a message that helps with an unknown word: a close candidate, or the choices.
enum Hint: Hashable, Sendable, CustomStringConvertible {
    /// `; did you mean 'x'?`
    case didYouMean(String)
    /// `; expected 'a' or 'b'`, `; expected 'a', 'b' or 'c'`.
    case expected([String])

    /// `.didYouMean` for the closest candidate, if one is close (see `Suggestion.closest`).
    static func closest(to word: String, among candidates: [String]) -> Hint? {
        Suggestion.closest(to: word, among: candidates).map(Hint.didYouMean)
    }

    /// The close candidate, if any; otherwise the choices.
    static func closest(to word: String, orOneOf choices: [String]) -> Hint {
        closest(to: word, among: choices) ?? .expected(choices)
    }

    /// The tail, starting with `; `.
    var description: String {
        switch self {
        case .didYouMean(let candidate):
            return "; did you mean '\(candidate)'?"
        case .expected(let choices):
            let quoted = choices.map { "'\($0)'" }
            guard let last = quoted.last else { return "" }
            guard quoted.count > 1 else { return "; expected \(last)" }
            return "; expected " + quoted.dropLast().joined(separator: ", ") + " or " + last
        }
    }
}

extension Optional where Wrapped == Hint {
    /// The hint's tail, or nothing.
    var text: String { map(\.description) ?? "" }
}
