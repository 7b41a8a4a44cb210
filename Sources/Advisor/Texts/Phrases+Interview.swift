import KnowledgeBase
import Utilities

extension Phrases {
    /// The line shown once before the first question.
    var interviewIntro: String {
        switch language {
        case .nl:
            return
                "Ik stel u een paar vragen over de samenwerking. Typ ? bij een vraag om te horen waarom ik die stel, of help voor alle commando's."
        case .en:
            return
                "I will ask you a few questions about your collaboration. Type ? at a question to hear why I ask it, or help for all commands."
        }
    }

    /// `Vraag 3 van ongeveer 9` / `Question 3 of about 9`.
    func progress(_ number: Int, of total: Int) -> String {
        switch language {
        case .nl: return "Vraag \(number) van ongeveer \(total)"
        case .en: return "Question \(number) of about \(total)"
        }
    }

    /// The prompt after a question's options, without a trailing space; `defaultText` is the
    /// default answer as it would be typed, if there is one.
    func prompt(for question: Question, defaultText: String?) -> String {
        var inside: String
        switch (question.kind, language) {
        case (.oneOf, _): inside = "1-\(question.options.count)"
        case (.manyOf, .nl): inside = "een of meer nummers, bijv. 1,3"
        case (.manyOf, .en): inside = "one or more numbers, e.g. 1,3"
        case (.yesNo, .nl): inside = "ja/nee"
        case (.yesNo, .en): inside = "yes/no"
        case (.scale(let min, let max), _): inside = "\(min)-\(max)"
        }
        if let defaultText { inside += ", Enter = \(defaultText)" }
        switch language {
        case .nl: return "Antwoord (\(inside)):"
        case .en: return "Answer (\(inside)):"
        }
    }

    /// Why an answer was not accepted.
    enum Rejection: Error, Hashable {
        /// The input matches nothing.
        case unrecognized(String)
        /// The input starts several option labels.
        case ambiguous(String, labels: [String])
        /// Enter without a default.
        case empty
        /// The line holds a control character (escape, BEL, NUL, …).
        case controlCharacter(Unicode.Scalar)
        /// An exclusive option (its label) chosen together with others (their labels).
        case exclusive(String, others: [String])
    }

    /// The hint after a rejected answer: what was wrong, then what is accepted.
    func hint(_ rejection: Rejection, for question: Question) -> String {
        let reason: String
        switch (rejection, language) {
        case (.unrecognized(let text), .nl):
            reason = "Dat begrijp ik niet: '\(ControlCharacters.escaped(Excerpt.of(text)))'."
        case (.unrecognized(let text), .en):
            reason = "I don't understand '\(ControlCharacters.escaped(Excerpt.of(text)))'."
        case (.ambiguous(let text, let labels), .nl):
            reason = "'\(ControlCharacters.escaped(Excerpt.of(text)))' past bij meer dan één optie: \(list(labels))."
        case (.ambiguous(let text, let labels), .en):
            reason = "'\(ControlCharacters.escaped(Excerpt.of(text)))' matches more than one option: \(list(labels))."
        case (.empty, .nl): reason = "Deze vraag heeft geen standaardantwoord."
        case (.empty, .en): reason = "This question has no default answer."
        case (.controlCharacter(let scalar), .nl):
            reason =
                "Uw antwoord bevat een stuurteken (\(ControlCharacters.codePoint(scalar))); typ alleen gewone tekens."
        case (.controlCharacter(let scalar), .en):
            reason =
                "Your answer contains a control character (\(ControlCharacters.codePoint(scalar))); type printable characters only."
        case (.exclusive(let option, let others), .nl):
            reason =
                "'\(option)' sluit de andere opties uit; kies die alleen, of kies \(list(others.map { "'\($0)'" })) zonder."
        case (.exclusive(let option, let others), .en):
            reason =
                "'\(option)' excludes the other options; choose it alone, or choose \(list(others.map { "'\($0)'" })) without it."
        }
        return reason + " " + accepted(by: question)
    }

    /// What a question accepts, as one sentence.
    func accepted(by question: Question) -> String {
        switch (question.kind, language) {
        case (.oneOf, .nl):
            return
                "Kies een nummer van 1 tot en met \(question.options.count), de id van een optie of het begin van de tekst."
        case (.oneOf, .en):
            return "Choose a number from 1 to \(question.options.count), an option's id or the start of its text."
        case (.manyOf, .nl):
            return
                "Kies een of meer nummers van 1 tot en met \(question.options.count), gescheiden door komma's of spaties (bijvoorbeeld 1,3)."
        case (.manyOf, .en):
            return
                "Choose one or more numbers from 1 to \(question.options.count), separated by commas or spaces (for example 1,3)."
        case (.yesNo, .nl): return "Antwoord met ja of nee (j/n)."
        case (.yesNo, .en): return "Answer yes or no (y/n)."
        case (.scale(let min, let max), .nl): return "Antwoord met een heel getal van \(min) tot en met \(max)."
        case (.scale(let min, let max), .en): return "Answer with a whole number from \(min) to \(max)."
        }
    }

    /// The answer to `?`: the question's own reason, then what it can still change.
    func why(_ question: Question, influences: [DerivedAttribute]) -> String {
        let head: String
        switch language {
        case .nl: head = "Waarom deze vraag? "
        case .en: head = "Why this question? "
        }
        let tail: String
        switch (influences.isEmpty, language) {
        case (true, .nl): tail = "Uw antwoord kan de uitkomst nu niet meer veranderen."
        case (true, .en): tail = "Your answer can no longer change the outcome."
        case (false, .nl): tail = "Uw antwoord kan nog invloed hebben op \(list(influences.map(conclusion)))."
        case (false, .en): tail = "Your answer can still change \(list(influences.map(conclusion)))."
        }
        return head + question.why(language) + "\n" + tail
    }

    /// The answer to `help`.
    var help: String {
        switch language {
        case .nl:
            return """
                Commando's bij elke vraag:
                  ? of waarom     waarom ik deze vraag stel
                  hoe             hoe de huidige neiging tot stand kwam
                  waarom niet X   wat grondvorm X (nog) tegenhoudt, bijv. waarom niet ondernemend
                  terug           het vorige antwoord terugnemen
                  overzicht       uw antwoorden tot nu toe en de huidige neiging
                  help            deze uitleg
                  stop            de consultatie beëindigen zonder advies
                """
        case .en:
            return """
                Commands at every question:
                  ? or why        why I ask this question
                  how             how the current leaning was reached
                  why not X       what holds archetype X back, e.g. why not ondernemend
                  back            take back the previous answer
                  summary         your answers so far and the current leaning
                  help            this explanation
                  quit            end the consultation without advice
                """
        }
    }

    /// After `terug`: which answer was taken back.
    func tookBack(_ question: Question) -> String {
        switch language {
        case .nl: return "Antwoord teruggenomen: \(question.text(language))"
        case .en: return "Answer taken back: \(question.text(language))"
        }
    }

    /// After `terug` with nothing to take back.
    var nothingToTakeBack: String {
        switch language {
        case .nl: return "Er is nog geen antwoord om terug te nemen."
        case .en: return "There is no answer to take back yet."
        }
    }

    /// The heading of `overzicht`.
    var answersSoFar: String {
        switch language {
        case .nl: return "Uw antwoorden tot nu toe:"
        case .en: return "Your answers so far:"
        }
    }

    /// `overzicht` before any answer.
    var noAnswersYet: String {
        switch language {
        case .nl: return "U heeft nog geen vragen beantwoord."
        case .en: return "You have not answered any questions yet."
        }
    }

    /// The current leaning: an archetype and its score, or none yet.
    func leaning(_ name: String?, score: Double) -> String {
        switch (name, language) {
        case (let name?, .nl): return "Huidige neiging: \(name) (zekerheid \(Phrases.plain(score)))"
        case (let name?, .en): return "Current leaning: \(name) (confidence \(Phrases.plain(score)))"
        case (nil, .nl): return "Nog geen duidelijke neiging."
        case (nil, .en): return "No clear leaning yet."
        }
    }

    /// `hoe` before anything was concluded.
    var nothingConcludedYet: String {
        switch language {
        case .nl: return "Er is nog niets afgeleid; beantwoord eerst een paar vragen."
        case .en: return "Nothing has been concluded yet; answer a few questions first."
        }
    }

    /// After `stop`.
    var stopped: String {
        switch language {
        case .nl: return "Consultatie gestopt; er is geen advies gegeven."
        case .en: return "Consultation stopped; no advice was given."
        }
    }

    /// End of input before the last question.
    func inputEnded(before question: Question) -> String {
        switch language {
        case .nl:
            return "invoer eindigde voor de laatste vraag; onbeantwoord: '\(question.id)' (\(question.text(language)))"
        case .en:
            return "input ended before the last question; unanswered: '\(question.id)' (\(question.text(language)))"
        }
    }

    /// A missing answer without prompting, with the flag that would answer it; `condition` is
    /// the question's `applies-when` when it is needed only if that holds.
    func missing(_ question: Question, example: String, condition: String? = nil) -> String {
        switch (condition, language) {
        case (nil, .nl):
            return
                "ontbrekend antwoord op '\(question.id)' (\(question.kind.name)); geef --answer \(question.id)=\(example) of zet het in het antwoordenbestand"
        case (nil, .en):
            return
                "missing answer for '\(question.id)' (\(question.kind.name)); pass --answer \(question.id)=\(example) or put it in the answers file"
        case (let condition?, .nl):
            return
                "ontbrekend antwoord op '\(question.id)' (\(question.kind.name)), nodig als \(condition); geef --answer \(question.id)=\(example) of zet het in het antwoordenbestand"
        case (let condition?, .en):
            return
                "missing answer for '\(question.id)' (\(question.kind.name)), needed if \(condition); pass --answer \(question.id)=\(example) or put it in the answers file"
        }
    }
}

extension Phrases {
    /// After an exclusive option in the question listing.
    var listingExclusive: String {
        switch language {
        case .nl: return "(alleen te kiezen: sluit de andere opties uit)"
        case .en: return "(chosen alone: excludes the other options)"
        }
    }
}

extension Phrases {
    /// The prefix of a diagnostic line on standard error: `fout: ` / `error: `.
    var errorPrefix: String {
        switch language {
        case .nl: return "fout: "
        case .en: return "error: "
        }
    }
}
