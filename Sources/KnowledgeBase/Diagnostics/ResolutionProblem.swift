import Utilities

/// A problem found while resolving the declarations against each other: ids that are declared
/// twice or not at all, values of the wrong kind, fields that do not fit together.
enum ResolutionProblem: Hashable, Sendable, CustomStringConvertible {
    /// A second declaration of an id of the same kind.
    case duplicate(DeclarationKeyword, String, first: SourceLocation)
    /// No `knowledge` block in any file.
    case missingKnowledgeBlock
    /// A second `knowledge` block.
    case duplicateKnowledgeBlock(first: SourceLocation)
    /// A reference to an id or value that is not declared.
    case unknown(Reference, String, hint: Hint?)
    /// An agreement an archetype lists twice.
    case agreementListedTwice(String, in: Owner)
    /// An archetype in a quadrant that an earlier one has.
    case quadrantTaken(archetype: String, quadrant: String, by: String, at: SourceLocation)
    /// Quadrants without an archetype (`intent/nature`).
    case missingQuadrants([String])
    /// A form's second `fit` for one archetype.
    case secondFit(archetype: String, in: Owner, firstLine: Int)
    /// A form without a `fit` for an archetype.
    case missingFit(archetype: String, in: Owner)
    /// A form that does not state a declared property.
    case propertyNotStated(String, in: Owner)
    /// A form that states a property twice.
    case propertyStatedTwice(String, in: Owner, firstLine: Int)
    /// An option listed twice in a question.
    case optionTwice(String, in: Owner, first: SourceLocation)
    /// A question named like a derived attribute.
    case reservedQuestionID(String)
    /// A one-of or many-of question without options.
    case noOptions(Owner)
    /// A one-of question with one option.
    case oneOfWithOneOption(Owner)
    /// Options on a yes-no or scale question.
    case optionsNotTaken(Question.Kind, Owner)
    /// An `exclusive` option in a one-of question.
    case exclusiveInOneOf(Owner)
    /// A many-of question whose options are all exclusive.
    case everyOptionExclusive(Owner)
    /// An `applies-when` that reads the question's own answer.
    case appliesWhenReadsItself(Owner)
    /// A scale default that is not a whole number within the scale.
    case defaultOutsideScale(String, minimum: Int, maximum: Int, Owner)
    /// A yes-no default that is not `yes` or `no`.
    case defaultNotYesNo(String, Owner)
    /// A scale default that is a word.
    case defaultNotNumber(String, minimum: Int, maximum: Int, Owner)
    /// A test or value that does not suit its attribute.
    case misuse(AttributeNature, Misuse)
    /// `then excluded-form = …`.
    case concludesExcludedForm
    /// `then QUESTION = …`.
    case concludesQuestion(String)
    /// `then X = …` for an attribute rules cannot conclude.
    case unknownConclusionAttribute(String, hint: Hint?)
    /// A form a preference lists twice.
    case formListedTwice(String, in: Owner)
    /// A requirement or preference that selects no form.
    case selectsNoForm(Owner)
    /// A requirement whose condition reads a derived attribute.
    case requirementReadsDerived(Owner, attribute: String)
    /// A placeholder that the text it is in does not take, as written with its braces; `allowed`
    /// lists the ones it takes, with their braces.
    case unknownPlaceholder(String, field: String, of: Owner, allowed: [String])
    /// A number placeholder written with singular and plural forms.
    case placeholderTakesNoForms(String, field: String, of: Owner)

    /// How a test or value misuses its attribute.
    enum Misuse: Hashable, Sendable, CustomStringConvertible {
        /// `=` on a multi-valued attribute.
        case equalsOnMultiple
        /// `!=` on a multi-valued attribute.
        case notEqualsOnMultiple
        /// `has` on a single-valued attribute.
        case hasOnSingle
        /// `<`, `<=`, `>`, `>=` on something other than a scale.
        case comparison(String)
        /// A value other than `yes` or `no` for a yes-no question.
        case notYesNo(found: String)
        /// A word for a scale question.
        case notNumber(found: String)

        /// The advice after the attribute's nature.
        var description: String {
            switch self {
            case .equalsOnMultiple: return "use 'has' instead of '='"
            case .notEqualsOnMultiple: return "'!=' tests an attribute that holds one value"
            case .hasOnSingle: return "use '=' instead of 'has'"
            case .comparison(let comparison): return "'\(comparison)' compares the answers of scale questions only"
            case .notYesNo(let found): return "expected 'yes' or 'no', found '\(found)'"
            case .notNumber(let found): return "expected a number, found '\(found)'"
            }
        }
    }

    /// The message.
    var description: String {
        switch self {
        case .duplicate(let keyword, let id, let first):
            return "duplicate \(keyword.rawValue) '\(id)'; first declared at \(first)"
        case .missingKnowledgeBlock:
            return "no 'knowledge' block; one file must declare 'knowledge' with a 'version' and a 'title'"
        case .duplicateKnowledgeBlock(let first):
            return "duplicate 'knowledge' block; first declared at \(first)"
        case .unknown(let reference, let word, let hint):
            return "unknown \(reference.noun) '\(word)'\(reference.suffix)" + hint.text
        case .agreementListedTwice(let agreement, let owner):
            return "agreement '\(agreement)' is listed twice in \(owner)"
        case .quadrantTaken(let archetype, let quadrant, let other, let location):
            return
                "archetype '\(archetype)' takes the quadrant \(quadrant), which archetype '\(other)' at \(location) already has"
        case .missingQuadrants(let quadrants):
            return "no archetype for the quadrant\(quadrants.count == 1 ? "" : "s") "
                + "\(ListPhrase.joining(quadrants, with: "and")); "
                + "declare exactly four archetypes, one per quadrant (intent/nature)"
        case .secondFit(let archetype, let owner, let line):
            return "second 'fit' for archetype '\(archetype)' in \(owner); first at line \(line)"
        case .missingFit(let archetype, let owner):
            return "missing 'fit' for archetype '\(archetype)' in \(owner)"
        case .propertyNotStated(let property, let owner):
            return "\(owner) does not say whether it has property '\(property)'"
        case .propertyStatedTwice(let property, let owner, let line):
            return "property '\(property)' is stated twice in \(owner); first at line \(line)"
        case .optionTwice(let option, let owner, let first):
            return "option '\(option)' appears twice in \(owner); first at \(first)"
        case .reservedQuestionID(let id):
            return "question id '\(id)' is reserved for the derived attribute '\(id)'; choose another id"
        case .noOptions(let owner):
            return "\(owner) has no options; add 'option' blocks, 'options motives' or 'options forms'"
        case .oneOfWithOneOption(let owner):
            return "the one-of \(owner) needs at least two options"
        case .optionsNotTaken(let kind, let owner):
            return "the \(kind.name) \(owner) takes no options"
        case .exclusiveInOneOf(let owner):
            return
                "only an option of a many-of question can be 'exclusive'; the one-of \(owner) takes one option anyway"
        case .everyOptionExclusive(let owner):
            return "every option of the many-of \(owner) is 'exclusive'; at least one must combine with others"
        case .appliesWhenReadsItself(let owner):
            return "the 'applies-when' of \(owner) reads its own answer"
        case .defaultOutsideScale(let value, let minimum, let maximum, let owner):
            return "default \(value) is not a whole number from \(minimum) to \(maximum), the scale of \(owner)"
        case .defaultNotYesNo(let value, let owner):
            return "expected 'yes' or 'no' as the default of the yes-no \(owner), found '\(value)'"
        case .defaultNotNumber(let value, let minimum, let maximum, let owner):
            return "expected a whole number from \(minimum) to \(maximum) as the default of the scale \(owner), "
                + "found '\(value)'"
        case .misuse(let nature, let misuse):
            return "\(nature); \(misuse)"
        case .concludesExcludedForm:
            return "rules cannot conclude 'excluded-form'; write a 'requirement' to exclude forms"
        case .concludesQuestion(let question):
            return "rules cannot conclude the question '\(question)'; the user answers it"
        case .unknownConclusionAttribute(let name, let hint):
            return "unknown attribute '\(name)' after 'then'"
                + (hint?.description ?? "; rules conclude intent, nature, archetype, agreement, form or signal")
        case .formListedTwice(let form, let owner):
            return "form '\(form)' is listed twice in \(owner)"
        case .selectsNoForm(let owner):
            return "\(owner) selects no form"
        case .requirementReadsDerived(let owner, let attribute):
            return "\(owner) reads '\(attribute)'; a requirement may read only the answers to questions"
        case .unknownPlaceholder(let written, let field, let owner, let allowed):
            let tail =
                allowed.isEmpty
                ? "; '\(field)' takes no placeholders" : Hint.closest(to: written, orOneOf: allowed).description
            return "unknown placeholder '\(written)' in '\(field)' of \(owner)" + tail
        case .placeholderTakesNoForms(let name, let field, let owner):
            return "placeholder '{\(name)}' in '\(field)' of \(owner) is a number; "
                + "only '{one:…|…}' and '{other:…|…}' take singular and plural forms"
        }
    }
}

/// What kind of id or value a word in the knowledge refers to, as messages name it.
enum Reference: Hashable, Sendable {
    /// A question, as a condition names it.
    case question
    /// An option of a question.
    case option(of: Owner)
    /// An intent pole.
    case intent
    /// A nature pole.
    case nature
    /// An archetype id.
    case archetype
    /// An agreement id.
    case agreement
    /// A form id.
    case form
    /// A form property.
    case property
    /// A signal id.
    case signal

    /// `question`, `option`, `intent`, …
    var noun: String {
        switch self {
        case .question: return "question"
        case .option: return "option"
        case .intent: return "intent"
        case .nature: return "nature"
        case .archetype: return "archetype"
        case .agreement: return "agreement"
        case .form: return "form"
        case .property: return "property"
        case .signal: return "signal"
        }
    }

    /// What follows the quoted word: ` of question 'q'` for an option, else nothing.
    var suffix: String {
        switch self {
        case .option(let owner): return " of \(owner)"
        case .question, .intent, .nature, .archetype, .agreement, .form, .property, .signal: return ""
        }
    }
}

/// What an attribute is, as the first clause of a message about a test of it.
enum AttributeNature: Hashable, Sendable, CustomStringConvertible {
    /// A derived attribute: `'form' holds several values`.
    case derived(String, isMultiple: Bool)
    /// A one-of or many-of question.
    case choice(String, isMultiple: Bool)
    /// A yes-no question.
    case yesNo(String)
    /// A scale question.
    case scale(String, minimum: Int, maximum: Int)

    /// The clause.
    var description: String {
        switch self {
        case .derived(let name, let isMultiple): return "'\(name)' holds \(isMultiple ? "several values" : "one value")"
        case .choice(let name, let isMultiple): return "'\(name)' is a \(isMultiple ? "many-of" : "one-of") question"
        case .yesNo(let name): return "'\(name)' is a yes-no question"
        case .scale(let name, let minimum, let maximum):
            return "'\(name)' is a scale question from \(minimum) to \(maximum)"
        }
    }
}
