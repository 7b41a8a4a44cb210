public import KnowledgeBase
import Utilities

/// One thing wrong with given answers, as found; ``sentence(in:)`` renders it for the user.
public enum AnswerProblem: Hashable, Sendable {
    /// The answers file is not valid JSON.
    case malformedJSON(source: String, line: Int, column: Int, message: String)
    /// The top level is not an object.
    case notAnObject(source: String)
    /// A top-level key other than `answers` and `partner`.
    case unknownKey(source: String, key: String, suggestion: String?)
    /// `answers` is not an object.
    case answersNotAnObject(source: String)
    /// `partner` is not a string.
    case partnerNotAString(source: String)
    /// `partner` is longer than ``AnswerSet/maximumPartnerLength`` characters.
    case partnerTooLong(source: String, length: Int)
    /// No question has this id.
    case unknownQuestion(source: String, id: String, suggestion: String?)
    /// The question has no option with this id.
    case unknownOption(source: String, question: String, option: String, suggestion: String?)
    /// The value has the wrong type for the question's kind.
    case wrongType(source: String, question: String, kind: Question.Kind, given: String)
    /// A scale answer outside the scale.
    case outOfRange(source: String, question: String, value: String, min: Int, max: Int)
    /// A many-of answer without any option.
    case noOption(source: String, question: String)
    /// A one-of answer with several options.
    case severalOptions(source: String, question: String)
    /// A `--answer` (or `--set`, the `source`) that is not `id=value`.
    case malformedAssignment(source: String, text: String)
    /// An answer holding a control character (escape, BEL, NUL, …; see `ControlCharacters`).
    case controlCharacter(source: String, question: String, scalar: Unicode.Scalar)
    /// The partner name holds a control character.
    case partnerControlCharacter(source: String, scalar: Unicode.Scalar)
    /// A many-of answer with an exclusive option (such as "none of these") and other options.
    case exclusiveOption(source: String, question: String, option: String, others: [String])

    /// The problem as one sentence in `language`.
    ///
    /// Whatever the sentence quotes from the input is shown with its control characters
    /// escaped (`\u{1B}`), so a message never carries them raw to a terminal.
    public func sentence(in language: Language) -> String {
        ControlCharacters.escaped(rawSentence(in: language))
    }

    private func rawSentence(in language: Language) -> String {
        switch self {
        case .malformedJSON(let source, let line, let column, let message):
            switch language {
            case .nl: return "\(source):\(line):\(column): ongeldige JSON: \(message)"
            case .en: return "\(source):\(line):\(column): malformed JSON: \(message)"
            }
        case .notAnObject(let source):
            switch language {
            case .nl: return "\(source): verwacht een JSON-object met \"answers\""
            case .en: return "\(source): expected a JSON object with \"answers\""
            }
        case .unknownKey(let source, let key, let suggestion):
            switch language {
            case .nl:
                return
                    "\(source): onbekende sleutel '\(Excerpt.of(key))'\(Self.didYouMean(suggestion, language)); verwacht 'answers' en eventueel 'partner'"
            case .en:
                return
                    "\(source): unknown key '\(Excerpt.of(key))'\(Self.didYouMean(suggestion, language)); expected 'answers' and optionally 'partner'"
            }
        case .answersNotAnObject(let source):
            switch language {
            case .nl: return "\(source): \"answers\" moet een object zijn van vraag-id naar antwoord"
            case .en: return "\(source): \"answers\" must be an object from question id to answer"
            }
        case .partnerNotAString(let source):
            switch language {
            case .nl: return "\(source): \"partner\" moet een tekst zijn"
            case .en: return "\(source): \"partner\" must be a string"
            }
        case .partnerTooLong(let source, let length):
            switch language {
            case .nl:
                return
                    "\(source): \"partner\" heeft \(length) tekens; hoogstens \(AnswerSet.maximumPartnerLength) zijn toegestaan"
            case .en:
                return
                    "\(source): \"partner\" has \(length) characters; at most \(AnswerSet.maximumPartnerLength) are allowed"
            }
        case .unknownQuestion(let source, let id, let suggestion):
            switch language {
            case .nl: return "\(source): onbekende vraag '\(Excerpt.of(id))'\(Self.didYouMean(suggestion, language))"
            case .en: return "\(source): unknown question '\(Excerpt.of(id))'\(Self.didYouMean(suggestion, language))"
            }
        case .unknownOption(let source, let question, let option, let suggestion):
            switch language {
            case .nl:
                return
                    "\(source): vraag '\(question)' heeft geen optie '\(Excerpt.of(option))'\(Self.didYouMean(suggestion, language))"
            case .en:
                return
                    "\(source): question '\(question)' has no option '\(Excerpt.of(option))'\(Self.didYouMean(suggestion, language))"
            }
        case .wrongType(let source, let question, let kind, let given):
            return "\(source): " + Self.expectation(question: question, kind: kind, given: given, language: language)
        case .outOfRange(let source, let question, let value, let min, let max):
            switch language {
            case .nl:
                return
                    "\(source): vraag '\(question)' (scale) neemt een heel getal van \(min) tot en met \(max), niet \(Excerpt.of(value))"
            case .en:
                return
                    "\(source): question '\(question)' (scale) takes a whole number from \(min) to \(max), not \(Excerpt.of(value))"
            }
        case .noOption(let source, let question):
            switch language {
            case .nl: return "\(source): vraag '\(question)' (many-of) heeft minstens één optie nodig"
            case .en: return "\(source): question '\(question)' (many-of) needs at least one option"
            }
        case .severalOptions(let source, let question):
            switch language {
            case .nl: return "\(source): vraag '\(question)' (one-of) neemt precies één optie"
            case .en: return "\(source): question '\(question)' (one-of) takes exactly one option"
            }
        case .malformedAssignment(let source, let text):
            switch language {
            case .nl:
                return "\(source) '\(Excerpt.of(text))': verwacht ID=WAARDE, bijvoorbeeld \(source) samen-aanbieden=yes"
            case .en:
                return "\(source) '\(Excerpt.of(text))': expected ID=VALUE, for example \(source) samen-aanbieden=yes"
            }
        case .controlCharacter(let source, let question, let scalar):
            let code = ControlCharacters.codePoint(scalar)
            switch language {
            case .nl:
                return
                    "\(source): het antwoord op vraag '\(question)' bevat een stuurteken (\(code)); gebruik alleen gewone tekens"
            case .en:
                return
                    "\(source): the answer to question '\(question)' contains a control character (\(code)); use printable characters only"
            }
        case .partnerControlCharacter(let source, let scalar):
            let code = ControlCharacters.codePoint(scalar)
            switch language {
            case .nl: return "\(source): \"partner\" bevat een stuurteken (\(code)); gebruik alleen gewone tekens"
            case .en:
                return "\(source): \"partner\" contains a control character (\(code)); use printable characters only"
            }
        case .exclusiveOption(let source, let question, let option, let others):
            let quoted = others.map { "'\($0)'" }
            switch language {
            case .nl:
                return
                    "\(source): vraag '\(question)' (many-of): optie '\(option)' sluit de andere uit en kan niet samen met \(ListPhrase.joining(quoted, with: "en")) gekozen worden"
            case .en:
                return
                    "\(source): question '\(question)' (many-of): option '\(option)' excludes the others and cannot be chosen together with \(ListPhrase.joining(quoted, with: "and"))"
            }
        }
    }

    /// What a question of `kind` takes, for a wrong-type message.
    private static func expectation(question: String, kind: Question.Kind, given: String, language: Language) -> String
    {
        switch (kind, language) {
        case (.oneOf, .nl):
            return "vraag '\(question)' (one-of) neemt één optie-id als tekst, niet \(Excerpt.of(given))"
        case (.oneOf, .en):
            return "question '\(question)' (one-of) takes one option id as a string, not \(Excerpt.of(given))"
        case (.manyOf, .nl):
            return "vraag '\(question)' (many-of) neemt een lijst van optie-id's, niet \(Excerpt.of(given))"
        case (.manyOf, .en):
            return "question '\(question)' (many-of) takes a list of option ids, not \(Excerpt.of(given))"
        case (.yesNo, .nl): return "vraag '\(question)' (yes-no) neemt true of false, niet \(Excerpt.of(given))"
        case (.yesNo, .en): return "question '\(question)' (yes-no) takes true or false, not \(Excerpt.of(given))"
        case (.scale(let min, let max), .nl):
            return
                "vraag '\(question)' (scale) neemt een heel getal van \(min) tot en met \(max), niet \(Excerpt.of(given))"
        case (.scale(let min, let max), .en):
            return "question '\(question)' (scale) takes a whole number from \(min) to \(max), not \(Excerpt.of(given))"
        }
    }

    private static func didYouMean(_ suggestion: String?, _ language: Language) -> String {
        guard let suggestion else { return "" }
        switch language {
        case .nl: return "; bedoelt u '\(suggestion)'?"
        case .en: return "; did you mean '\(suggestion)'?"
        }
    }
}
