/// A problem found while parsing lines into declarations, or a condition into tests.
enum SyntaxProblem: Hashable, Sendable, CustomStringConvertible {
    /// `expected …[, found 'x'][; did you mean 'y'?]`: the parser's one "expected" idiom.
    case expected(Expectation, found: String?, hint: Hint? = nil)
    /// A token after the end of what a line holds.
    case extraToken(String)
    /// Indented lines under a line that takes none.
    case unexpectedIndentedLine(under: String)
    /// `constraint`, which the language had before requirements and preferences.
    case constraintRemoved
    /// A word at column 1 that is no declaration keyword.
    case unknownDeclaration(String, hint: Hint?)
    /// An id that breaks the id rules.
    case invalidID(String)
    /// A field its declaration does not take.
    case unknownField(String, of: Owner, hint: Hint?)
    /// A field given twice.
    case repeatedField(String, of: Owner, firstLine: Int)
    /// A required field that is missing.
    case missingField(String, of: Owner)
    /// A text field with its text on its own line.
    case textOnFieldLine(String)
    /// A language line other than `nl` or `en`.
    case unknownLanguage(String, in: String, of: Owner)
    /// `nl` or `en` twice in one text.
    case repeatedLanguage(String, in: String, of: Owner)
    /// A continuation line that is not a string alone.
    case notAContinuation(String)
    /// An empty text.
    case emptyText(Language, in: String, of: Owner)
    /// A text without one or both of its languages.
    case missingText(dutch: Bool, english: Bool, in: String, of: Owner)
    /// A fit level that does not exist.
    case unknownFitLevel(String, hint: Hint)
    /// A scale whose minimum is not below its maximum.
    case scaleBoundsReversed(minimum: Int, maximum: Int)
    /// A `then` line with something other than `with` after the value.
    case extraAfterConclusion(String)
    /// A certainty outside -1…1 after `with`.
    case certaintyOutOfRange(String)
    /// A certainty of 0 after `with`.
    case certaintyZero
    /// A preference's certainty outside -0.9…0.9, or 0.
    case preferenceOutOfRange(String)
    /// A requirement that lists forms instead of naming a property.
    case requirementListsForms
    /// A `)` without its `(`.
    case unmatchedParenthesis
    /// A token after a complete test, not joined by `and` or `or`.
    case tokenAfterTest(String)
    /// Parentheses and `not` nested deeper than the limit.
    case nestedTooDeep(limit: Int)
    /// A `{` in a text with placeholders that no `}` closes in the same string.
    case unterminatedPlaceholder
    /// A `}` outside a placeholder.
    case unopenedPlaceholder
    /// Braces that hold no valid placeholder, as written.
    case malformedPlaceholder(String)
    /// A distance threshold that is not more than 0 and less than the square's diagonal.
    case distanceOutOfRange(String)
    /// A divergence with `compares` and with `one` or `other`.
    case comparesWithConditions(Owner)
    /// A divergence with neither `compares` nor `one` and `other`.
    case divergenceWithoutTest(Owner)

    /// The message.
    var description: String {
        switch self {
        case .expected(let expectation, let found, let hint):
            return "expected \(expectation)" + (found.map { ", found '\($0)'" } ?? "") + hint.text
        case .extraToken(let token):
            return "unexpected '\(token)'; expected the end of the line"
        case .unexpectedIndentedLine(let keyword):
            return "unexpected indented line; '\(keyword)' takes no indented lines"
        case .constraintRemoved:
            return "unknown declaration 'constraint'; use 'requirement' to exclude forms or 'preference' to move them"
        case .unknownDeclaration(let word, let hint):
            return "unknown declaration '\(word)'" + hint.text
        case .invalidID(let word):
            return "'\(word)' is not a valid id; ids use lower-case letters, digits and '-' and start with a letter"
        case .unknownField(let word, let owner, let hint):
            return "unknown field '\(word)' in \(owner)" + hint.text
        case .repeatedField(let word, let owner, let line):
            return "field '\(word)' appears twice in \(owner); first at line \(line)"
        case .missingField(let field, let owner):
            return "missing field '\(field)' in \(owner)"
        case .textOnFieldLine(let keyword):
            return "'\(keyword)' takes its text on indented 'nl' and 'en' lines, not on its own line"
        case .unknownLanguage(let word, let field, let owner):
            return "unknown language '\(word)' in '\(field)' of \(owner); expected 'nl' or 'en'"
        case .repeatedLanguage(let word, let field, let owner):
            return "'\(word)' appears twice in '\(field)' of \(owner)"
        case .notAContinuation(let token):
            return "unexpected '\(token)'; a line that continues a text holds only a string"
        case .emptyText(let language, let field, let owner):
            return "\(language.adjective) text for '\(field)' of \(owner) is empty"
        case .missingText(let dutch, let english, let field, let owner):
            let languages = dutch && english ? "Dutch and English" : dutch ? "Dutch" : "English"
            return "missing \(languages) text for '\(field)' of \(owner)"
        case .unknownFitLevel(let word, let hint):
            return "unknown fit level '\(word)'\(hint)"
        case .scaleBoundsReversed(let minimum, let maximum):
            return "the scale's minimum \(minimum) must be below its maximum \(maximum)"
        case .extraAfterConclusion(let token):
            return "unexpected '\(token)'; write 'with CERTAINTY' after the value, or end the line"
        case .certaintyOutOfRange(let number):
            return "certainty \(number) is outside -1 to 1"
        case .certaintyZero:
            return "certainty 0 adds no evidence; give a certainty from -1 to 1 other than 0"
        case .preferenceOutOfRange(let number):
            return "certainty \(number) must lie from -0.9 to 0.9 and not be 0; a preference moves forms but never "
                + "decides alone"
        case .requirementListsForms:
            return "a requirement follows from a property, not from a list of forms: "
                + "write 'exclude forms where PROPERTY is yes|no'"
        case .unmatchedParenthesis:
            return "unmatched ')'"
        case .tokenAfterTest(let token):
            return "unexpected '\(token)' after a complete test; join tests with 'and' or 'or'"
        case .nestedTooDeep(let limit):
            return "condition nests parentheses and 'not' more than \(limit) levels deep"
        case .unterminatedPlaceholder:
            return "unterminated placeholder; close it with '}' in the same string"
        case .unopenedPlaceholder:
            return "unexpected '}'; braces in this text mark placeholders such as '{one}'"
        case .malformedPlaceholder(let written):
            return "malformed placeholder '\(written)'; write '{NAME}' or '{one:SINGULAR|PLURAL}', "
                + "such as '{one:wil|willen}'"
        case .distanceOutOfRange(let number):
            return "distance \(number) must be more than 0 and less than 2.83, the diagonal of the square of positions"
        case .comparesWithConditions(let owner):
            return "\(owner) has both 'compares' and conditions; a divergence either compares the partners' "
                + "results or tests 'one' and 'other'"
        case .divergenceWithoutTest(let owner):
            return "\(owner) says neither what it compares nor on what the partners differ; "
                + "write 'one' and 'other' conditions, or 'compares quadrants', 'compares positions > DISTANCE' "
                + "or 'compares archetypes'"
        }
    }
}

/// What the parser expected where it found something else (or the end of the line).
enum Expectation: Hashable, Sendable, CustomStringConvertible {
    /// At column 1.
    case declaration
    /// After a declaration keyword or `option`.
    case id(after: String)
    /// A line under a declaration.
    case field(of: Owner)
    /// A line under a text field.
    case language(in: String, of: Owner)
    /// After `nl` or `en`.
    case string(after: String)
    /// After a yes/no field such as a form property.
    case yesOrNo(after: String)
    /// After `version`.
    case version
    /// After `default`, when nothing follows.
    case defaultValue
    /// After `default`, when a string or symbol follows.
    case defaultAnswer
    /// After `options`.
    case optionSource
    /// After `kind`.
    case questionKind
    /// After `kind scale`.
    case scaleBound(minimum: Bool)
    /// `kind scale` with too few numbers.
    case scale
    /// After `intent` or `nature`.
    case pole(after: String)
    /// After `agreements`, when nothing follows.
    case agreementIDs
    /// An agreement id in `agreements`.
    case agreementID
    /// After `fit`.
    case fit
    /// After `fit ARCHETYPE`.
    case fitLevel(archetype: String)
    /// After `salience`.
    case salience
    /// After `weight`.
    case weight
    /// A `then` line.
    case conclusion
    /// After `=` in a `then` line, or after an operator in a test.
    case value(after: String)
    /// After `with`.
    case certainty
    /// At the end of an `adjust` line.
    case adjustment(of: String)
    /// After `exclude` or `adjust`.
    case formsKeyword(after: String)
    /// After `forms`.
    case formSelection
    /// After `where`.
    case formProperty
    /// After `where PROPERTY`.
    case propertyValue(after: String)
    /// A form id in a form list.
    case formID
    /// After a keyword that takes form ids, such as `about-forms`, when nothing follows.
    case formIDs(after: String)
    /// After `when` or `applies-when`.
    case condition(after: String)
    /// At the end of a condition.
    case testAtEnd
    /// After a parenthesised condition.
    case closingParenthesis(column: Int)
    /// Where a test starts.
    case test
    /// After the name in a test.
    case testOperator(after: String)
    /// After `is` in a test.
    case knownOrUnknown
    /// After a comparison in a test.
    case number(after: String)
    /// After `level` in a divergence.
    case divergenceLevel
    /// After `source` in a divergence.
    case source
    /// After `compares`.
    case comparison
    /// After `compares positions`.
    case positionsThreshold

    /// What was expected, as the message says it after "expected".
    var description: String {
        switch self {
        case .declaration: return "a declaration such as 'motive' or 'rule'"
        case .id(let keyword): return "an id after '\(keyword)'"
        case .field(let owner): return "a field of \(owner)"
        case .language(let field, let owner): return "'nl' or 'en' in '\(field)' of \(owner)"
        case .string(let keyword): return "a string after '\(keyword)'"
        case .yesOrNo(let keyword): return "'yes' or 'no' after '\(keyword)'"
        case .version: return "a version string after 'version', such as \"2026.1.0\""
        case .defaultValue: return "a value after 'default'"
        case .defaultAnswer: return "an option id, 'yes', 'no' or a number after 'default'"
        case .optionSource: return "'motives' or 'forms' after 'options'"
        case .questionKind: return "'one-of', 'many-of', 'yes-no' or 'scale' after 'kind'"
        case .scaleBound(let minimum): return "a whole number for the scale's \(minimum ? "minimum" : "maximum")"
        case .scale: return "'scale MIN MAX', such as 'scale 1 5'"
        case .pole(let keyword): return "a pole after '\(keyword)'"
        case .agreementIDs: return "agreement ids after 'agreements'"
        case .agreementID: return "an agreement id"
        case .fit: return "an archetype and a fit level after 'fit', such as 'fit functioneel typical'"
        case .fitLevel(let archetype):
            return "a fit level after 'fit \(archetype)': 'typical', 'workable', 'situational' or 'poor'"
        case .salience: return "a whole number after 'salience'"
        case .weight:
            return "a whole number from \(Form.weights.lowerBound) to \(Form.weights.upperBound) after 'weight'"
        case .conclusion: return "'then ATTRIBUTE = VALUE', such as 'then intent = verbeteren'"
        case .value(let token): return "a value after '\(token)'"
        case .certainty: return "a certainty from -1 to 1 after 'with'"
        case .adjustment(let verb): return "'by CERTAINTY' at the end of '\(verb)', such as 'by -0.5'"
        case .formsKeyword(let verb): return "'forms' after '\(verb)'"
        case .formSelection: return "form ids or 'where PROPERTY is yes|no' after 'forms'"
        case .formProperty: return "a form property after 'where'"
        case .propertyValue(let property): return "'is yes' or 'is no' after '\(property)'"
        case .formID: return "a form id"
        case .formIDs(let keyword): return "form ids after '\(keyword)'"
        case .condition(let keyword): return "a condition after '\(keyword)'"
        case .testAtEnd: return "a test such as 'x = a' at the end of the condition"
        case .closingParenthesis(let column): return "')' to close the '(' at column \(column)"
        case .test: return "a test such as 'x = a'"
        case .testOperator(let name): return "'=', '!=', 'has', '<', '<=', '>', '>=' or 'is' after '\(name)'"
        case .knownOrUnknown: return "'known' or 'unknown' after 'is'"
        case .number(let token): return "a number after '\(token)'"
        case .divergenceLevel: return "'some' or 'serious' after 'level'"
        case .source: return "a string after 'source', such as \"domain.md 4.6\""
        case .comparison: return "'quadrants', 'positions > DISTANCE' or 'archetypes' after 'compares'"
        case .positionsThreshold: return "'> DISTANCE' after 'compares positions', such as '> 0.5'"
        }
    }
}
