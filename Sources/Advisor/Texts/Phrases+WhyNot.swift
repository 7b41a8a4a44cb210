import Inference
import KnowledgeBase
import Utilities

extension Phrases {
    /// A condition of a rule in words: a question's text with the answer it needs, or a
    /// conclusion (`ambitie: vernieuwen`); parts joined with `en`/`of`.
    func condition(_ condition: Condition, knowledge: Knowledge) -> String {
        switch condition {
        case .equals(let attribute, let value):
            return leaf(attribute, value, negated: false, knowledge: knowledge)
        case .notEquals(let attribute, let value):
            return leaf(attribute, value, negated: true, knowledge: knowledge)
        case .contains(let attribute, let value):
            return leaf(attribute, value, negated: false, knowledge: knowledge)
        case .compare(let attribute, let comparison, let number):
            // Whole numbers without a fraction; `Int(_:)` only where it cannot trap.
            let shown = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
            return "\(subject(attribute, knowledge: knowledge)) \(comparison.rawValue) \(shown)"
        case .known(let attribute):
            switch language {
            case .nl: return "\(subject(attribute, knowledge: knowledge)) is beantwoord"
            case .en: return "\(subject(attribute, knowledge: knowledge)) is answered"
            }
        case .unknown(let attribute):
            switch language {
            case .nl: return "\(subject(attribute, knowledge: knowledge)) is niet beantwoord"
            case .en: return "\(subject(attribute, knowledge: knowledge)) is not answered"
            }
        case .all(let parts):
            let joined = parts.map { self.condition($0, knowledge: knowledge) }
            return joined.joined(separator: language == .nl ? " en " : " and ")
        case .any(let parts):
            let joined = parts.map { self.condition($0, knowledge: knowledge) }
            return "(" + joined.joined(separator: language == .nl ? " of " : " or ") + ")"
        case .not(let inner):
            switch language {
            case .nl: return "niet (\(self.condition(inner, knowledge: knowledge)))"
            case .en: return "not (\(self.condition(inner, knowledge: knowledge)))"
            }
        }
    }

    /// What a condition is about: a question's text in quotes, a conclusion's name, or the
    /// attribute's name.
    private func subject(_ attribute: String, knowledge: Knowledge) -> String {
        if let question = knowledge.question(attribute) { return "'\(question.text(language))'" }
        if let derived = DerivedAttribute(rawValue: attribute) { return conclusion(derived) }
        return attribute
    }

    /// `'question' is 'label'` (or `is niet`), or `ambitie: vernieuwen` for a conclusion.
    private func leaf(_ attribute: String, _ value: Value, negated: Bool, knowledge: Knowledge) -> String {
        let shown: String
        if let question = knowledge.question(attribute) {
            switch value {
            case .symbol(let id): shown = "'\(label(of: id, in: question))'"
            case .boolean(let flag): shown = yesNo(flag)
            case .number(let number): shown = String(number)
            }
        } else if let derived = DerivedAttribute(rawValue: attribute), case .symbol(let id) = value {
            let concluded = concluded(derived, value: id, knowledge: knowledge)
            guard negated else { return concluded }
            switch language {
            case .nl: return "niet \(concluded)"
            case .en: return "not \(concluded)"
            }
        } else {
            shown = "\(value)"
        }
        switch (negated, language) {
        case (false, .nl): return "\(subject(attribute, knowledge: knowledge)) is \(shown)"
        case (false, .en): return "\(subject(attribute, knowledge: knowledge)) is \(shown)"
        case (true, .nl): return "\(subject(attribute, knowledge: knowledge)) is niet \(shown)"
        case (true, .en): return "\(subject(attribute, knowledge: knowledge)) is not \(shown)"
        }
    }

    /// The heading of the answer to `waarom niet X`.
    func whyNotHeading(_ archetype: String, isLeading: Bool) -> String {
        switch (isLeading, language) {
        case (true, .nl): return "\(archetype) is nu de neiging. Wat eraan bijdraagt en wat nog niet:"
        case (true, .en): return "\(archetype) is the current leaning. What adds to it, and what does not yet:"
        case (false, .nl): return "Waarom (nog) niet \(archetype)? Wat ervoor pleit en wat het tegenhoudt:"
        case (false, .en): return "Why not \(archetype) (yet)? What speaks for it and what holds it back:"
        }
    }

    /// One rule in the answer to `waarom niet X`: it adds evidence, or a condition holds it back.
    func whyNotLine(because: String, contribution: Double?, blockedBy condition: String?) -> String {
        switch (contribution, condition, language) {
        case (let value?, _, .nl): return "- \(because) Dit telt mee (\(Self.signed(value)))."
        case (let value?, _, .en): return "- \(because) This counts (\(Self.signed(value)))."
        case (nil, let condition?, .nl): return "- \(because) Nog niet: \(condition)."
        case (nil, let condition?, .en): return "- \(because) Not yet: \(condition)."
        case (nil, nil, .nl): return "- \(because)"
        case (nil, nil, .en): return "- \(because)"
        }
    }

    /// When no rule can conclude the archetype.
    var whyNotNoRules: String {
        switch language {
        case .nl: return "Geen regel kan tot deze grondvorm leiden."
        case .en: return "No rule can lead to this archetype."
        }
    }

    /// After `waarom niet` without one known archetype: which ones there are (their ids).
    func whyNotWhich(_ text: String, archetypes: [String]) -> String {
        let asked = text.isEmpty ? "" : " ('\(Excerpt.of(text))')"
        switch language {
        case .nl:
            return
                "Welke grondvorm bedoelt u\(asked)? Typ 'waarom niet' met \(ListPhrase.joining(archetypes, with: "of"))."
        case .en:
            return
                "Which archetype do you mean\(asked)? Type 'why not' with \(ListPhrase.joining(archetypes, with: "or"))."
        }
    }
}
