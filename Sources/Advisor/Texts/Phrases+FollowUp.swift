import KnowledgeBase
import Utilities

extension Phrases {
    /// The choices after the recommendation, each line without a line ending.
    func followUpMenu(offersReadiness: Bool) -> [String] {
        switch language {
        case .nl:
            return [
                "Wat wilt u nu doen?",
                "  1. Een antwoord veranderen en zien wat er verandert (wat als)",
                "  2. Het advies opslaan als Markdown of HTML",
                "  3. De antwoorden opslaan (om later verder te gaan of te vergelijken)",
            ] + (offersReadiness ? ["  4. De vijf voorwaarden nalopen: is de samenwerking er klaar voor?"] : [])
        case .en:
            return [
                "What would you like to do now?",
                "  1. Change an answer and see what changes (what if)",
                "  2. Save the advice as Markdown or HTML",
                "  3. Save the answers (to continue or compare later)",
            ] + (offersReadiness ? ["  4. Check the five conditions: is the collaboration ready?"] : [])
        }
    }

    /// The prompt of the menu, without a trailing space.
    func followUpPrompt(offersReadiness: Bool) -> String {
        let last = offersReadiness ? 4 : 3
        switch language {
        case .nl: return "Keuze (1-\(last), Enter = klaar):"
        case .en: return "Choice (1-\(last), Enter = done):"
        }
    }

    /// The prompt after the first action, with the choices in short, without a trailing space.
    func followUpPromptAgain(offersReadiness: Bool) -> String {
        switch (language, offersReadiness) {
        case (.nl, false):
            return "Nog iets? (1 = wat als, 2 = advies opslaan, 3 = antwoorden opslaan, Enter = klaar):"
        case (.en, false):
            return "Anything else? (1 = what if, 2 = save the advice, 3 = save the answers, Enter = done):"
        case (.nl, true):
            return
                "Nog iets? (1 = wat als, 2 = advies opslaan, 3 = antwoorden opslaan, 4 = vijf voorwaarden, Enter = klaar):"
        case (.en, true):
            return
                "Anything else? (1 = what if, 2 = save the advice, 3 = save the answers, 4 = five conditions, Enter = done):"
        }
    }

    /// After a choice the menu does not know.
    func followUpHint(_ text: String, offersReadiness: Bool) -> String {
        let shown = ControlCharacters.escaped(Excerpt.of(text))
        switch (language, offersReadiness) {
        case (.nl, false): return "Dat begrijp ik niet: '\(shown)'. Typ 1, 2 of 3, of Enter om af te sluiten."
        case (.en, false): return "I don't understand '\(shown)'. Type 1, 2 or 3, or Enter to finish."
        case (.nl, true): return "Dat begrijp ik niet: '\(shown)'. Typ 1, 2, 3 of 4, of Enter om af te sluiten."
        case (.en, true): return "I don't understand '\(shown)'. Type 1, 2, 3 or 4, or Enter to finish."
        }
    }

    /// After the check of the five conditions in the follow-up: what it means for saving.
    var readinessAdded: String {
        switch language {
        case .nl: return "Deze bevindingen horen nu bij uw antwoorden; een advies dat u opslaat, bevat ze ook."
        case .en: return "These findings are now part of your answers; advice you save includes them too."
        }
    }

    /// The heading of the list of answers that can be changed.
    var changeWhich: String {
        switch language {
        case .nl: return "Welk antwoord wilt u veranderen? Uw advies blijft staan tot u een verandering aanhoudt."
        case .en: return "Which answer would you like to change? Your advice stands until you keep a change."
        }
    }

    /// The prompt for the answer to change, without a trailing space.
    func changePrompt(count: Int) -> String {
        switch language {
        case .nl: return "Vraag (1-\(count) of de id, Enter = terug):"
        case .en: return "Question (1-\(count) or its id, Enter = back):"
        }
    }

    /// After a question number or id that is not in the list.
    func changeHint(_ text: String, count: Int) -> String {
        switch language {
        case .nl:
            return
                "'\(ControlCharacters.escaped(Excerpt.of(text)))' staat niet in de lijst. Typ een nummer van 1 tot en met \(count) of de id van een vraag, of Enter om terug te gaan."
        case .en:
            return
                "'\(ControlCharacters.escaped(Excerpt.of(text)))' is not in the list. Type a number from 1 to \(count) or a question's id, or Enter to go back."
        }
    }

    /// When there is no answer to change.
    var nothingToChange: String {
        switch language {
        case .nl: return "Er is geen antwoord om te veranderen."
        case .en: return "There is no answer to change."
        }
    }

    /// After a change was abandoned with `stop`.
    var changeAbandoned: String {
        switch language {
        case .nl: return "Niets veranderd."
        case .en: return "Nothing changed."
        }
    }

    /// Whether to keep the change just compared, without a trailing space.
    var keepChangePrompt: String {
        switch language {
        case .nl: return "Deze verandering aanhouden voor het advies en het opslaan? (ja/nee, Enter = nee):"
        case .en: return "Keep this change for the advice and for saving? (yes/no, Enter = no):"
        }
    }

    /// After a yes-no prompt got something else.
    var yesOrNo: String {
        switch language {
        case .nl: return "Typ ja of nee."
        case .en: return "Type yes or no."
        }
    }

    /// After a change was kept.
    var changeKept: String {
        switch language {
        case .nl: return "Verandering aangehouden: wat u nu opslaat, gaat uit van de nieuwe antwoorden."
        case .en: return "Change kept: what you save now starts from the new answers."
        }
    }

    /// After a change was not kept.
    var changeDropped: String {
        switch language {
        case .nl: return "Verandering niet aangehouden: het advies blijft zoals het was."
        case .en: return "Change not kept: the advice stays as it was."
        }
    }

    /// The prompt for the report's file name, without a trailing space.
    var reportFilePrompt: String {
        switch language {
        case .nl: return "Bestandsnaam, op .md of .html (Enter = terug):"
        case .en: return "File name, ending in .md or .html (Enter = back):"
        }
    }

    /// After a report file name with another extension.
    var reportFileHint: String {
        switch language {
        case .nl: return "Kies een naam die eindigt op .md (Markdown) of .html (een pagina voor de browser)."
        case .en: return "Choose a name ending in .md (Markdown) or .html (a page for the browser)."
        }
    }

    /// The prompt for the answers' file name, without a trailing space.
    var answersFilePrompt: String {
        switch language {
        case .nl: return "Bestandsnaam, op .json (Enter = terug):"
        case .en: return "File name, ending in .json (Enter = back):"
        }
    }

    /// After an answers file name with another extension.
    var answersFileHint: String {
        switch language {
        case .nl:
            return "Kies een naam die eindigt op .json; u kunt het bestand later gebruiken met --answers of --resume."
        case .en: return "Choose a name ending in .json; you can use the file later with --answers or --resume."
        }
    }

    /// A file name with a control character.
    var fileNameControlCharacter: String {
        switch language {
        case .nl: return "De naam bevat een stuurteken; typ alleen gewone tekens."
        case .en: return "The name contains a control character; type printable characters only."
        }
    }

    /// Whether to replace an existing file, without a trailing space.
    func replacePrompt(_ path: String) -> String {
        switch language {
        case .nl: return "'\(ControlCharacters.escaped(path))' bestaat al. Vervangen? (ja/nee, Enter = nee):"
        case .en: return "'\(ControlCharacters.escaped(path))' already exists. Replace it? (yes/no, Enter = no):"
        }
    }

    /// After a file was saved.
    func saved(_ path: String) -> String {
        switch language {
        case .nl: return "Opgeslagen in '\(ControlCharacters.escaped(path))'."
        case .en: return "Saved to '\(ControlCharacters.escaped(path))'."
        }
    }

    /// After saving failed.
    func notSaved(_ reason: String) -> String {
        switch language {
        case .nl: return "Niet opgeslagen: \(reason) Kies een andere naam, of Enter om terug te gaan."
        case .en: return "Not saved: \(reason) Choose another name, or Enter to go back."
        }
    }
}
