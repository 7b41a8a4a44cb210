import Inference
import Utilities

/// Turns the declarations of all files into a ``Knowledge``: resolves ids, checks every rule of
/// the language, generates the standard rules and builds the engine's rule base.
///
/// Every check runs even when earlier ones failed, so one load reports every problem; checks
/// that would only repeat an earlier problem (a cascade) are skipped.
struct Compiler {
    /// One option of a question, written out or taken from the motives or forms.
    struct OptionEntry: Sendable {
        /// Where an option comes from.
        typealias Source = AnalysisProblem.OptionSource

        let id: String
        let label: LocalizedText
        /// The option's own declaration: the `option` id, or the motive or form id.
        let span: Span
        /// Where the question lists it: the `option` id, or `motives`/`forms` after `options`.
        let listSpan: Span
        let source: Source
    }

    let syntax: KnowledgeSyntax
    let paths: [String]
    var problems = Problems()

    /// The first declaration of each id, per kind (index into the syntax arrays).
    var motiveTable: [String: Int] = [:]
    var questionTable: [String: Int] = [:]
    var archetypeTable: [String: Int] = [:]
    var agreementTable: [String: Int] = [:]
    var formTable: [String: Int] = [:]
    var signalTable: [String: Int] = [:]
    var ruleTable: [String: Int] = [:]
    var constraintTable: [String: Int] = [:]

    /// The options of each question declaration.
    var options: [[OptionEntry]] = []
    /// The attributes conditions may read, by name.
    var attributes: [String: AttributeInfo] = [:]
    /// The resolved `applies-when` of each question declaration.
    var appliesWhen: [Int: Condition] = [:]
    /// The resolved `default` of each question declaration.
    var defaults: [Int: Value] = [:]
    /// The resolved poles of each archetype declaration.
    var poles: [Int: (intent: Pole, nature: Pole)] = [:]
    /// The agreements of each archetype declaration, resolved and without repeats.
    var archetypeAgreements: [Int: [String]] = [:]
    /// Every engine rule, written first, then generated.
    var rules: [CompiledRule] = []
    /// Agreements an archetype probably meant where it lists an unknown one.
    var assumedAgreements: Set<Read> = []

    /// The archetype ids in declaration order (first declarations only).
    var archetypeIDs: [String] { Self.ids(syntax.archetypes.map(\.header), table: archetypeTable) }
    /// The form ids in declaration order.
    var formIDs: [String] { Self.ids(syntax.forms.map(\.header), table: formTable) }

    /// Compiles `syntax`, reporting problems into `problems`.
    ///
    /// - Returns: The knowledge, or `nil` when `problems` is not empty afterwards.
    /// - Complexity: O(size of the declarations), plus O(f × a) for f forms and a archetypes.
    static func compile(_ syntax: KnowledgeSyntax, paths: [String], problems: inout Problems) -> Knowledge? {
        var compiler = Compiler(syntax: syntax, paths: paths)
        compiler.buildTables()
        compiler.checkKnowledgeBlock()
        compiler.checkArchetypes()
        compiler.checkForms()
        compiler.buildOptions()
        compiler.buildAttributes()
        compiler.checkQuestions()
        compiler.compileWrittenRules()
        compiler.generateRules()
        compiler.analyse()
        problems.append(compiler.problems)
        guard problems.isEmpty else { return nil }
        return compiler.makeKnowledge(problems: &problems)
    }

    private init(syntax: KnowledgeSyntax, paths: [String]) {
        self.syntax = syntax
        self.paths = paths
    }

    // MARK: - Helpers

    /// The location of a span for the model.
    func location(_ span: Span) -> SourceLocation {
        SourceLocation(
            path: paths.indices.contains(span.file) ? paths[span.file] : "", line: span.line, column: span.column)
    }

    private static func ids(_ headers: [Header], table: [String: Int]) -> [String] {
        headers.enumerated().compactMap { index, header in
            guard let id = header.id, table[id.text] == index else { return nil }
            return id.text
        }
    }

    /// Whether declaration `index` is the first with its id (and has one).
    static func isPrimary(_ header: Header, _ index: Int, in table: [String: Int]) -> Bool {
        guard let id = header.id else { return false }
        return table[id.text] == index
    }

    // MARK: - Tables

    private mutating func buildTables() {
        motiveTable = table(syntax.motives.map(\.header), kind: .motive)
        questionTable = table(syntax.questions.map(\.header), kind: .question)
        archetypeTable = table(syntax.archetypes.map(\.header), kind: .archetype)
        agreementTable = table(syntax.agreements.map(\.header), kind: .agreement)
        formTable = table(syntax.forms.map(\.header), kind: .form)
        signalTable = table(syntax.signals.map(\.header), kind: .signal)
        ruleTable = table(syntax.rules.map(\.header), kind: .rule)
        constraintTable = table(syntax.constraints.map(\.header), kind: .constraint)
    }

    private mutating func table(_ headers: [Header], kind: DeclarationKeyword) -> [String: Int] {
        var table: [String: Int] = [:]
        for (index, header) in headers.enumerated() {
            guard let id = header.id else { continue }
            if let first = table[id.text] {
                problems.add(.duplicate(kind, id.text, first: location(headers[first].span)), at: id.span)
            } else {
                table[id.text] = index
            }
        }
        return table
    }

    // MARK: - Knowledge block

    /// Where problems about the base as a whole point: the `knowledge` keyword, else the first file.
    var baseSpan: Span {
        syntax.knowledge.first?.keyword
            ?? Span(file: paths.isEmpty ? -1 : 0, line: paths.isEmpty ? 0 : 1, column: 1, length: 1)
    }

    private mutating func checkKnowledgeBlock() {
        guard let first = syntax.knowledge.first else {
            problems.add(.missingKnowledgeBlock, at: baseSpan)
            return
        }
        for extra in syntax.knowledge.dropFirst() {
            problems.add(.duplicateKnowledgeBlock(first: location(first.keyword)), at: extra.keyword)
        }
    }

    // MARK: - Archetypes

    private mutating func checkArchetypes() {
        var quadrants: [String: Int] = [:]
        var allPolesValid = true
        for (index, archetype) in syntax.archetypes.enumerated() {
            let intent = pole(archetype.intent, axis: .intent, allowed: [.verbeteren, .vernieuwen])
            let nature = pole(archetype.nature, axis: .nature, allowed: [.uitwisselen, .delen])
            let primary = Self.isPrimary(archetype.header, index, in: archetypeTable)
            var agreements: [String] = []
            for name in archetype.agreements {
                guard agreementTable[name.text] != nil else {
                    let known = Self.ids(syntax.agreements.map(\.header), table: agreementTable)
                    let suggestion = Suggestion.closest(to: name.text, among: known)
                    problems.add(.unknown(.agreement, name.text, hint: suggestion.map(Hint.didYouMean)), at: name.span)
                    if let suggestion {
                        assumedAgreements.insert(
                            Read(attribute: DerivedAttribute.agreement.rawValue, value: suggestion))
                    }
                    continue
                }
                guard !agreements.contains(name.text) else {
                    problems.add(.agreementListedTwice(name.text, in: Owner(.archetype, archetype.header)), at: name.span)
                    continue
                }
                agreements.append(name.text)
            }
            archetypeAgreements[index] = agreements
            guard let intent, let nature else {
                allPolesValid = false
                continue
            }
            poles[index] = (intent, nature)
            guard primary, let id = archetype.header.id else { continue }
            let key = "\(intent.rawValue)/\(nature.rawValue)"
            if let other = quadrants[key] {
                let first = syntax.archetypes[other].header
                problems.add(
                    .quadrantTaken(
                        archetype: id.text, quadrant: key, by: first.id?.text ?? "", at: location(first.span)),
                    at: id.span)
            } else {
                quadrants[key] = index
            }
        }
        guard allPolesValid else { return }
        var missing: [String] = []
        for intent in [Pole.verbeteren, .vernieuwen] {
            for nature in [Pole.uitwisselen, .delen] where quadrants["\(intent.rawValue)/\(nature.rawValue)"] == nil {
                missing.append("\(intent.rawValue)/\(nature.rawValue)")
            }
        }
        guard !missing.isEmpty else { return }
        problems.add(.missingQuadrants(missing), at: baseSpan)
    }

    private mutating func pole(_ name: Name?, axis: Reference, allowed: [Pole]) -> Pole? {
        guard let name else { return nil }
        if let pole = Pole(rawValue: name.text), allowed.contains(pole) { return pole }
        let hint = Hint.closest(to: name.text, orOneOf: allowed.map(\.rawValue))
        problems.add(.unknown(axis, name.text, hint: hint), at: name.span)
        return nil
    }

    // MARK: - Forms

    private mutating func checkForms() {
        let archetypes = archetypeIDs
        for form in syntax.forms {
            let owner = Owner(.form, form.header)
            var seen: [String: Span] = [:]
            for fit in form.fits {
                let archetype = fit.archetype.text
                guard archetypeTable[archetype] != nil else {
                    let suggestion = Suggestion.closest(to: archetype, among: archetypes)
                    problems.add(
                        .unknown(.archetype, archetype, hint: suggestion.map(Hint.didYouMean)), at: fit.archetype.span)
                    // The fit was probably meant for the suggested archetype: do not also call it missing.
                    if let suggestion, seen[suggestion] == nil { seen[suggestion] = fit.archetype.span }
                    continue
                }
                if let first = seen[archetype] {
                    problems.add(
                        .secondFit(archetype: archetype, in: owner, firstLine: first.line), at: fit.archetype.span)
                    continue
                }
                seen[archetype] = fit.archetype.span
            }
            for archetype in archetypes where seen[archetype] == nil {
                problems.add(.missingFit(archetype: archetype, in: owner), at: form.header.span)
            }
        }
    }

    // MARK: - Questions

    private mutating func buildOptions() {
        for question in syntax.questions {
            var entries: [OptionEntry] = []
            var seen: [String: Span] = [:]
            var duplicates = Problems()
            let owner = Owner(.question, question.header)
            let location = self.location
            func add(_ entry: OptionEntry) {
                if let first = seen[entry.id] {
                    duplicates.add(.optionTwice(entry.id, in: owner, first: location(first)), at: entry.listSpan)
                    return
                }
                seen[entry.id] = entry.listSpan
                entries.append(entry)
            }
            for item in question.options {
                switch item {
                case .option(let name, let label):
                    add(
                        OptionEntry(
                            id: name.text, label: label ?? LocalizedText(nl: "", en: ""), span: name.span,
                            listSpan: name.span, source: .written))
                case .motives(let span):
                    for (index, motive) in syntax.motives.enumerated() {
                        guard Self.isPrimary(motive.header, index, in: motiveTable), let id = motive.header.id else {
                            continue
                        }
                        add(
                            OptionEntry(
                                id: id.text, label: motive.label ?? LocalizedText(nl: "", en: ""), span: id.span,
                                listSpan: span, source: .motive))
                    }
                case .forms(let span):
                    for (index, form) in syntax.forms.enumerated() {
                        guard Self.isPrimary(form.header, index, in: formTable), let id = form.header.id else {
                            continue
                        }
                        add(
                            OptionEntry(
                                id: id.text, label: form.name ?? LocalizedText(nl: "", en: ""), span: id.span,
                                listSpan: span, source: .form))
                    }
                }
            }
            problems.append(duplicates)
            options.append(entries)
        }
    }

    private mutating func buildAttributes() {
        for (index, question) in syntax.questions.enumerated() {
            guard Self.isPrimary(question.header, index, in: questionTable), let id = question.header.id else {
                continue
            }
            if DerivedAttribute(rawValue: id.text) != nil {
                problems.add(.reservedQuestionID(id.text), at: id.span)
                continue
            }
            let domain: AttributeInfo.Domain?
            switch question.kind {
            case .oneOf?, .manyOf?:
                // Without options (an error of its own) any option a rule names is accepted.
                domain = options[index].isEmpty || question.hasBrokenOptions ? nil : .symbols(options[index].map(\.id))
            case .yesNo?: domain = .boolean
            case .scale(let min, let max)?: domain = .scale(min: min, max: max)
            case nil: domain = nil
            }
            attributes[id.text] = AttributeInfo(
                name: id.text, isMultiple: question.kind == .manyOf, domain: domain ?? .symbols([]),
                values: .option(of: Owner(.question, question.header)), question: index, isUnchecked: domain == nil)
            checkOptions(of: index)
        }
        let derived: [(DerivedAttribute, Bool, [String], Reference)] = [
            (.intent, false, [Pole.verbeteren.rawValue, Pole.vernieuwen.rawValue], .intent),
            (.nature, false, [Pole.uitwisselen.rawValue, Pole.delen.rawValue], .nature),
            (.archetype, false, archetypeIDs, .archetype),
            (.agreement, true, Self.ids(syntax.agreements.map(\.header), table: agreementTable), .agreement),
            (.form, true, formIDs, .form),
            (.excludedForm, true, formIDs, .form),
            (.signal, true, Self.ids(syntax.signals.map(\.header), table: signalTable), .signal),
        ]
        for (attribute, isMultiple, values, reference) in derived {
            attributes[attribute.rawValue] = AttributeInfo(
                name: attribute.rawValue, isMultiple: isMultiple, domain: .symbols(values), values: reference,
                question: nil, isUnchecked: false)
        }
    }

    private mutating func checkOptions(of index: Int) {
        let question = syntax.questions[index]
        let owner = Owner(.question, question.header)
        guard let kind = question.kind else { return }
        switch kind {
        case .oneOf, .manyOf:
            if options[index].isEmpty, !question.hasBrokenOptions {
                problems.add(.noOptions(owner), at: question.header.span)
            } else if kind == .oneOf, options[index].count == 1 {
                problems.add(.oneOfWithOneOption(owner), at: question.header.span)
            }
        case .yesNo, .scale:
            if let first = question.options.first {
                let span: Span
                switch first {
                case .option(let name, _): span = name.span
                case .motives(let listed), .forms(let listed): span = listed
                }
                problems.add(.optionsNotTaken(kind, owner), at: span)
            }
        }
    }

    private mutating func checkQuestions() {
        for (index, question) in syntax.questions.enumerated() {
            let owner = Owner(.question, question.header)
            if let written = question.appliesWhen {
                var reads: [Read] = []
                if let condition = resolve(written, reads: &reads), let syntax = written.condition {
                    appliesWhen[index] = condition
                    if let contradiction = Satisfiability.check(syntax, attributes: attributes).whole {
                        problems.add(.neverApplies(owner, contradiction.reason), at: contradiction.span)
                    }
                }
                if let id = question.header.id, reads.contains(where: { $0.attribute == id.text }) {
                    problems.add(.appliesWhenReadsItself(owner), at: written.keyword)
                }
            }
            if let value = question.defaultValue, let kind = question.kind {
                defaults[index] = defaultAnswer(value, kind: kind, question: index, owner: owner)
            }
        }
    }

    private mutating func defaultAnswer(_ value: ValueSyntax, kind: Question.Kind, question: Int, owner: Owner)
        -> Value?
    {
        switch (kind, value.kind) {
        case (.oneOf, .word(let word)), (.manyOf, .word(let word)):
            let ids = options[question].map(\.id)
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
}
