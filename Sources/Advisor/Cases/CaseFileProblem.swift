import KnowledgeBase

/// One thing wrong with a case file of the knowledge case suite.
///
/// Case files are written by knowledge authors, like the `.gvk` files, so their problems are
/// English sentences in the compiler's style: `path: error: …`.
public enum CaseFileProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file is not valid JSON.
    case malformedJSON(path: String, line: Int, column: Int, message: String)
    /// The top level is not an object.
    case notAnObject(path: String)
    /// A required key is missing.
    case missingKey(path: String, key: String)
    /// A key the format does not know.
    case unknownKey(path: String, key: String, suggestion: String?)
    /// A value of the wrong JSON type; `expected` says what it should be ("a string").
    case wrongType(path: String, key: String, expected: String)
    /// The id is not the file's name without `.json`.
    case idDoesNotMatchFileName(path: String, id: String)
    /// Two files have the same case id.
    case duplicateID(path: String, id: String, firstPath: String)
    /// An archetype id the knowledge base does not have.
    case unknownArchetype(path: String, key: String, id: String, suggestion: String?)
    /// A form id the knowledge base does not have.
    case unknownForm(path: String, id: String, suggestion: String?)
    /// A signal id the knowledge base does not have.
    case unknownSignal(path: String, id: String, suggestion: String?)
    /// One of the required variants (`surface`, `unknown`) is missing.
    case missingVariant(path: String, name: String)
    /// An answer that does not fit its question, in the answers' own words.
    case answer(AnswerProblem)

    /// The problem as one line: `path: error: sentence`.
    public var description: String {
        switch self {
        case .malformedJSON(let path, let line, let column, let message):
            return "\(path):\(line):\(column): error: malformed JSON: \(message)"
        case .notAnObject(let path):
            return "\(path): error: expected a JSON object describing one case"
        case .missingKey(let path, let key):
            return "\(path): error: missing '\(key)'"
        case .unknownKey(let path, let key, let suggestion):
            return "\(path): error: unknown key '\(key)'" + Self.didYouMean(suggestion)
        case .wrongType(let path, let key, let expected):
            return "\(path): error: '\(key)' must be \(expected)"
        case .idDoesNotMatchFileName(let path, let id):
            return "\(path): error: the id '\(id)' must be the file's name without '.json'"
        case .duplicateID(let path, let id, let firstPath):
            return "\(path): error: case '\(id)' is also defined in \(firstPath)"
        case .unknownArchetype(let path, let key, let id, let suggestion):
            return "\(path): error: unknown archetype '\(id)' in '\(key)'" + Self.didYouMean(suggestion)
        case .unknownForm(let path, let id, let suggestion):
            return "\(path): error: unknown form '\(id)' in 'forbidden_forms'" + Self.didYouMean(suggestion)
        case .unknownSignal(let path, let id, let suggestion):
            return "\(path): error: unknown signal '\(id)' in 'signals'" + Self.didYouMean(suggestion)
        case .missingVariant(let path, let name):
            return "\(path): error: 'variants' has no '\(name)' answers; every case needs 'surface' and 'unknown'"
        case .answer(let problem):
            return problem.sentence(in: .en)
        }
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
