import KnowledgeBase

extension Phrases {
    /// The title of a what-if comparison.
    var whatIfTitle: String {
        switch language {
        case .nl: return "Wat als"
        case .en: return "What if"
        }
    }

    /// A what-if comparison without any difference.
    var whatIfUnchanged: String {
        switch language {
        case .nl: return "Het advies verandert niet."
        case .en: return "The advice does not change."
        }
    }

    /// After a shortened list of rules: how many more (all are in the JSON output).
    func moreRules(_ count: Int) -> String {
        switch language {
        case .nl: return "en nog \(count) (alle in --format json)"
        case .en: return "and \(count) more (all in --format json)"
        }
    }

    /// No answer (a question that does not apply, or was not answered).
    var noAnswer: String {
        switch language {
        case .nl: return "(geen antwoord)"
        case .en: return "(no answer)"
        }
    }

    /// No archetype.
    var noArchetype: String {
        switch language {
        case .nl: return "geen grondvorm"
        case .en: return "no archetype"
        }
    }

    /// The labels of a what-if comparison's lines, in the order they are shown.
    enum WhatIfLine {
        case answers, archetype, intent, nature, formsGained, formsLost, formsExcluded, formsNoLongerExcluded
        case signalsRaised, signalsDropped, rulesNowFiring, rulesNoLongerFiring
    }

    /// The label of one line of a what-if comparison, without a colon.
    func label(_ line: WhatIfLine) -> String {
        switch (line, language) {
        case (.answers, .nl): return "Gewijzigde antwoorden"
        case (.answers, .en): return "Changed answers"
        case (.archetype, .nl): return "Grondvorm"
        case (.archetype, .en): return "Archetype"
        case (.intent, .nl): return "Verbeteren (-1) tot vernieuwen (+1)"
        case (.intent, .en): return "Improving (-1) to renewing (+1)"
        case (.nature, .nl): return "Uitwisselen (-1) tot delen (+1)"
        case (.nature, .en): return "Exchanging (-1) to sharing (+1)"
        case (.formsGained, .nl): return "Vormen die nu passen"
        case (.formsGained, .en): return "Forms that now fit"
        case (.formsLost, .nl): return "Vormen die niet meer passen"
        case (.formsLost, .en): return "Forms that no longer fit"
        case (.formsExcluded, .nl): return "Nu uitgesloten"
        case (.formsExcluded, .en): return "Now excluded"
        case (.formsNoLongerExcluded, .nl): return "Niet meer uitgesloten"
        case (.formsNoLongerExcluded, .en): return "No longer excluded"
        case (.signalsRaised, .nl): return "Nieuwe signalen"
        case (.signalsRaised, .en): return "New signals"
        case (.signalsDropped, .nl): return "Vervallen signalen"
        case (.signalsDropped, .en): return "Signals dropped"
        case (.rulesNowFiring, .nl): return "Regels die nu gelden"
        case (.rulesNowFiring, .en): return "Rules that now apply"
        case (.rulesNoLongerFiring, .nl): return "Regels die niet meer gelden"
        case (.rulesNoLongerFiring, .en): return "Rules that no longer apply"
        }
    }
}
