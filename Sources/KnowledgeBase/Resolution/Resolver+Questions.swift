import Inference
import Utilities

/// A question with its option list made: the step between the syntax and ``ResolvedQuestion``.
struct ListedQuestion: Declaration {
    let syntax: QuestionDeclaration
    /// The options in order, each id once.
    let options: [OptionEntry]

    var header: Header { syntax.header }
}

/// Resolving the questions: their options, the attributes conditions may read, and each
/// question's `applies-when` and `default`.
extension Resolver {
    /// The options of `question` in order: written ones, and the motives or forms it lists;
    /// an option listed twice is reported and kept once.
    static func options(
        of question: QuestionDeclaration, motives: DeclarationIndex<MotiveDeclaration>,
        forms: DeclarationIndex<FormDeclaration>, locate: (Span) -> SourceLocation, problems: inout Problems
    ) -> [OptionEntry] {
        var entries: [OptionEntry] = []
        var seen: [String: Span] = [:]
        let owner = Owner(.question, question.header)
        func add(_ entry: OptionEntry) {
            if let first = seen[entry.id] {
                problems.add(.optionTwice(entry.id, in: owner, first: locate(first)), at: entry.listSpan)
                return
            }
            seen[entry.id] = entry.listSpan
            entries.append(entry)
        }
        for item in question.options {
            switch item {
            case .option(let name, let label, let exclusive):
                add(
                    OptionEntry(
                        id: name.text, label: label, span: name.span, listSpan: name.span, source: .written,
                        exclusive: exclusive))
            case .motives(let span):
                for motive in motives.primary {
                    guard let id = motive.header.id else { continue }
                    add(
                        OptionEntry(
                            id: id.text, label: motive.label, span: id.span, listSpan: span, source: .motive,
                            exclusive: nil))
                }
            case .forms(let span):
                for form in forms.primary {
                    guard let id = form.header.id else { continue }
                    add(
                        OptionEntry(
                            id: id.text, label: form.name, span: id.span, listSpan: span, source: .form, exclusive: nil
                        ))
                }
            }
        }
        return entries
    }

    /// The attributes conditions may read: every question's answer (first declarations), then
    /// the derived attributes. Reports questions named like a derived attribute and option lists
    /// that do not suit the question's kind.
    static func attributes(
        of questions: DeclarationIndex<ListedQuestion>, archetypes: [String], agreements: [String], forms: [String],
        signals: [String], problems: inout Problems
    ) -> [String: AttributeInfo] {
        var attributes: [String: AttributeInfo] = [:]
        for question in questions.primary {
            guard let id = question.header.id else { continue }
            if DerivedAttribute(rawValue: id.text) != nil {
                problems.add(.reservedQuestionID(id.text), at: id.span)
                continue
            }
            let domain: AttributeInfo.Domain?
            switch question.syntax.kind {
            case .oneOf?, .manyOf?:
                // Without options (an error of its own) any option a rule names is accepted.
                domain =
                    question.options.isEmpty || question.syntax.hasBrokenOptions
                    ? nil : .symbols(question.options.map(\.id))
            case .yesNo?: domain = .boolean
            case .scale(let min, let max)?: domain = .scale(min: min, max: max)
            case nil: domain = nil
            }
            attributes[id.text] = AttributeInfo(
                name: id.text, isMultiple: question.syntax.kind == .manyOf, domain: domain ?? .symbols([]),
                values: .option(of: Owner(.question, question.header)), isQuestion: true, isUnchecked: domain == nil)
            checkOptions(of: question, problems: &problems)
        }
        let derived: [(DerivedAttribute, [String], Reference)] = [
            (.intent, [Pole.verbeteren.rawValue, Pole.vernieuwen.rawValue], .intent),
            (.nature, [Pole.uitwisselen.rawValue, Pole.delen.rawValue], .nature),
            (.archetype, archetypes, .archetype),
            (.agreement, agreements, .agreement),
            (.form, forms, .form),
            (.excludedForm, forms, .form),
            (.signal, signals, .signal),
        ]
        for (attribute, values, reference) in derived {
            attributes[attribute.rawValue] = AttributeInfo(
                name: attribute.rawValue, isMultiple: attribute.isMultiple, domain: .symbols(values),
                values: reference, isQuestion: false, isUnchecked: false)
        }
        return attributes
    }

    private static func checkOptions(of question: ListedQuestion, problems: inout Problems) {
        let owner = Owner(.question, question.header)
        guard let kind = question.syntax.kind else { return }
        switch kind {
        case .oneOf, .manyOf:
            if question.options.isEmpty, !question.syntax.hasBrokenOptions {
                problems.add(.noOptions(owner), at: question.header.span)
            } else if kind == .oneOf, question.options.count == 1 {
                problems.add(.oneOfWithOneOption(owner), at: question.header.span)
            }
            if kind == .oneOf {
                for option in question.options {
                    if let exclusive = option.exclusive { problems.add(.exclusiveInOneOf(owner), at: exclusive) }
                }
            } else if !question.options.isEmpty, question.options.allSatisfy({ $0.exclusive != nil }) {
                problems.add(.everyOptionExclusive(owner), at: question.header.span)
            }
        case .yesNo, .scale:
            if let first = question.syntax.options.first {
                let span: Span
                switch first {
                case .option(let name, _, _): span = name.span
                case .motives(let listed), .forms(let listed): span = listed
                }
                problems.add(.optionsNotTaken(kind, owner), at: span)
            }
        }
    }

    /// Resolves a question's `applies-when` and `default`, and makes the complete question.
    static func resolve(
        _ question: ListedQuestion, isPrimary: Bool, conditions: ConditionResolver, locate: (Span) -> SourceLocation,
        problems: inout Problems
    ) -> ResolvedQuestion {
        let owner = Owner(.question, question.header)
        let syntax = question.syntax
        var appliesWhen: ResolvedCondition?
        if let written = syntax.appliesWhen {
            let resolved = conditions.resolve(written, problems: &problems)
            if let id = syntax.header.id, resolved.reads.contains(where: { $0.attribute == id.text }) {
                problems.add(.appliesWhenReadsItself(owner), at: written.keyword)
            }
            appliesWhen = resolved
        }
        var defaultAnswer: Value?
        if let value = syntax.defaultValue, let kind = syntax.kind {
            defaultAnswer = Self.defaultAnswer(
                value, kind: kind, options: question.options, owner: owner, problems: &problems)
        }
        let isAttribute =
            isPrimary && syntax.header.id.map { conditions.attributes[$0.text]?.isQuestion == true } == true
        return ResolvedQuestion(
            syntax: syntax, options: question.options, isAttribute: isAttribute, appliesWhen: appliesWhen,
            value: value(of: question, appliesWhen: appliesWhen, defaultAnswer: defaultAnswer, locate: locate))
    }

    private static func defaultAnswer(
        _ value: ValueSyntax, kind: Question.Kind, options: [OptionEntry], owner: Owner, problems: inout Problems
    ) -> Value? {
        switch (kind, value.kind) {
        case (.oneOf, .word(let word)), (.manyOf, .word(let word)):
            let ids = options.map(\.id)
            guard ids.contains(word) else {
                problems.add(
                    .unknown(.option(of: owner), word, hint: Hint.closest(to: word, among: ids)), at: value.span)
                return nil
            }
            return .symbol(word)
        case (.yesNo, .word(let word)) where word == "yes" || word == "no":
            return .boolean(word == "yes")
        case (.scale(let min, let max), .number(let number)):
            guard number == number.rounded(), number >= Double(min), number <= Double(max) else {
                problems.add(.defaultOutsideScale(value.raw, minimum: min, maximum: max, owner), at: value.span)
                return nil
            }
            return .number(number)
        case (.oneOf, .number), (.manyOf, .number):
            problems.add(.unknown(.option(of: owner), value.raw, hint: nil), at: value.span)
        case (.yesNo, _):
            problems.add(.defaultNotYesNo(value.raw, owner), at: value.span)
        case (.scale(let min, let max), .word):
            problems.add(.defaultNotNumber(value.raw, minimum: min, maximum: max, owner), at: value.span)
        }
        return nil
    }

    /// The complete question, or `nil` when any part of it is missing or has a problem.
    private static func value(
        of question: ListedQuestion, appliesWhen: ResolvedCondition?, defaultAnswer: Value?,
        locate: (Span) -> SourceLocation
    ) -> Question? {
        let syntax = question.syntax
        guard let id = syntax.header.id, let kind = syntax.kind, let text = syntax.text, let why = syntax.why,
            !syntax.hasBrokenOptions
        else { return nil }
        var options: [Option] = []
        for entry in question.options {
            guard let label = entry.label else { return nil }
            options.append(Option(id: entry.id, label: label, isExclusive: entry.exclusive != nil))
        }
        let condition = appliesWhen?.condition
        guard (syntax.appliesWhen == nil) == (condition == nil), (syntax.defaultValue == nil) == (defaultAnswer == nil)
        else { return nil }
        return Question(
            id: id.text, kind: kind, text: text, why: why, options: options, appliesWhen: condition,
            appliesWhenSource: syntax.appliesWhen?.source, defaultAnswer: defaultAnswer,
            location: locate(syntax.header.span))
    }
}

extension DerivedAttribute {
    /// Whether the attribute holds a set of values.
    var isMultiple: Bool {
        switch self {
        case .intent, .nature, .archetype: return false
        case .agreement, .form, .excludedForm, .signal: return true
        }
    }
}
