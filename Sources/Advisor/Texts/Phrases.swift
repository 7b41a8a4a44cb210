import KnowledgeBase
import Utilities

/// The product's own texts (not the knowledge base's) in one language.
///
/// Every user-visible sentence the advisor writes itself comes from here, as a `switch` over the
/// language, so no text exists in one language only. Texts from the knowledge base (questions,
/// options, profiles, reasons) are looked up there.
struct Phrases {
    /// The language of every phrase.
    let language: Language

    // MARK: Lists and numbers

    /// Joins items as a sentence list: `a`, `a en b`, `a, b en c` (English: `and`).
    func list(_ items: [String]) -> String {
        switch language {
        case .nl: return ListPhrase.joining(items, with: "en")
        case .en: return ListPhrase.joining(items, with: "and")
        }
    }

    /// A certainty with two decimals and a sign: `+0.54`, `-0.60`, `0.00`.
    static func signed(_ value: Double) -> String {
        let text = plain(value)
        if text == "0.00" { return text }
        return value > 0 ? "+" + text : text
    }

    /// A certainty with two decimals: `0.54`, `-0.60`.
    static func plain(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    // MARK: Answers

    /// `ja`/`nee` or `yes`/`no`.
    func yesNo(_ flag: Bool) -> String {
        switch (language, flag) {
        case (.nl, true): return "ja"
        case (.nl, false): return "nee"
        case (.en, true): return "yes"
        case (.en, false): return "no"
        }
    }

    /// An answer in words: option labels, yes/no or the number.
    func answer(_ answer: Answer, to question: Question) -> String {
        switch answer {
        case .option(let id): return label(of: id, in: question)
        case .options(let ids): return ids.map { label(of: $0, in: question) }.joined(separator: ", ")
        case .boolean(let flag): return yesNo(flag)
        case .number(let number): return String(number)
        }
    }

    /// The label of an option in this language, or its id when the question has no such option.
    func label(of option: String, in question: Question) -> String {
        question.options.first { $0.id == option }?.label(language) ?? option
    }

    /// How an alternative answer differs from the given one.
    enum Change: Hashable {
        /// A different answer altogether (labels in words).
        case replace(alternative: String, given: String)
        /// One more option chosen (its label).
        case add(String)
        /// One option fewer (its label).
        case remove(String)
    }

    /// How `alternative` differs from `given`: for many-of answers that differ by one option,
    /// the option added or removed; otherwise both answers in words.
    func change(from given: Answer, to alternative: Answer, of question: Question) -> Change {
        if case .options(let before) = given, case .options(let after) = alternative {
            if after.count == before.count + 1, let added = after.first(where: { !before.contains($0) }) {
                return .add(label(of: added, in: question))
            }
            if after.count + 1 == before.count, let removed = before.first(where: { !after.contains($0) }) {
                return .remove(label(of: removed, in: question))
            }
        }
        return .replace(alternative: answer(alternative, to: question), given: answer(given, to: question))
    }

    // MARK: Derived attributes

    /// What a derived attribute is, in words, for "why" answers.
    func conclusion(_ attribute: DerivedAttribute) -> String {
        switch (attribute, language) {
        case (.intent, .nl): return "de ambitie (verbeteren of vernieuwen)"
        case (.intent, .en): return "the intent (improve or renew)"
        case (.nature, .nl): return "de aard (uitwisselen of delen)"
        case (.nature, .en): return "the nature (exchange or share)"
        case (.archetype, .nl): return "de grondvorm"
        case (.archetype, .en): return "the archetype"
        case (.agreement, .nl): return "de kernafspraken"
        case (.agreement, .en): return "the core agreements"
        case (.form, .nl): return "de passende vormen"
        case (.form, .en): return "the fitting forms"
        case (.excludedForm, .nl): return "welke vormen afvallen"
        case (.excludedForm, .en): return "which forms are ruled out"
        case (.signal, .nl): return "de signalen"
        case (.signal, .en): return "the signals"
        }
    }

    /// A pole of an axis in this language.
    func pole(_ pole: Pole) -> String {
        switch (pole, language) {
        case (.verbeteren, .nl): return "verbeteren"
        case (.verbeteren, .en): return "improve"
        case (.vernieuwen, .nl): return "vernieuwen"
        case (.vernieuwen, .en): return "renew"
        case (.uitwisselen, .nl): return "uitwisselen"
        case (.uitwisselen, .en): return "exchange"
        case (.delen, .nl): return "delen"
        case (.delen, .en): return "share"
        }
    }

    /// The label of a concluded value in a trace line: `ambitie: verbeteren`, `vorm: Stichting`.
    func concluded(_ attribute: DerivedAttribute, value: String, knowledge: Knowledge) -> String {
        switch attribute {
        case .intent, .nature:
            let shown = Pole(rawValue: value).map(pole) ?? value
            switch (attribute, language) {
            case (.intent, .nl): return "ambitie: \(shown)"
            case (.intent, .en): return "intent: \(shown)"
            case (_, .nl): return "aard: \(shown)"
            case (_, .en): return "nature: \(shown)"
            }
        case .archetype:
            let name = knowledge.archetype(value)?.name(language) ?? value
            switch language {
            case .nl: return "grondvorm: \(name)"
            case .en: return "archetype: \(name)"
            }
        case .agreement:
            let label = knowledge.agreement(value)?.label(language) ?? value
            switch language {
            case .nl: return "afspraak: \(label)"
            case .en: return "agreement: \(label)"
            }
        case .form:
            let name = knowledge.form(value)?.name(language) ?? value
            switch language {
            case .nl: return "vorm: \(name)"
            case .en: return "form: \(name)"
            }
        case .excludedForm:
            let name = knowledge.form(value)?.name(language) ?? value
            switch language {
            case .nl: return "valt af: \(name)"
            case .en: return "ruled out: \(name)"
            }
        case .signal:
            let title = knowledge.signal(value)?.title(language) ?? value
            switch language {
            case .nl: return "signaal: \(title)"
            case .en: return "signal: \(title)"
            }
        }
    }

    /// `name` with its first letter in lower case, for use inside a sentence.
    static func lowercasingFirst(_ name: String) -> String {
        guard let first = name.first else { return name }
        return first.lowercased() + name.dropFirst()
    }
}

extension Phrases {
    /// A question and its answer as two lines: `- question text` and the answer indented below.
    func answerLines(_ answer: Answer, to question: Question) -> [String] {
        ["- " + question.text(language), "  " + self.answer(answer, to: question)]
    }
}

extension Phrases {
    /// The heading of a stage of the reasoning trace.
    func traceHeading(_ stage: TraceStage) -> String {
        switch (stage, language) {
        case (.answers, .nl): return "Uw antwoorden"
        case (.answers, .en): return "Your answers"
        case (.axes, .nl): return "Bedoeling en aard"
        case (.axes, .en): return "Intent and nature"
        case (.archetype, .nl): return "Grondvorm"
        case (.archetype, .en): return "Archetype"
        case (.agreements, .nl): return "Kernafspraken"
        case (.agreements, .en): return "Core agreements"
        case (.forms, .nl): return "Vormen"
        case (.forms, .en): return "Forms"
        case (.signals, .nl): return "Signalen"
        case (.signals, .en): return "Signals"
        }
    }

    /// `dus:` / `so:`, before what a rule concluded.
    var so: String {
        switch language {
        case .nl: return "dus:"
        case .en: return "so:"
        }
    }
}
