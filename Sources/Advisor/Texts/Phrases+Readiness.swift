import KnowledgeBase

extension Phrases {
    /// The title of the readiness report, with the partner's name when there is one.
    func readinessTitle(partner: String?) -> String {
        switch (language, partner) {
        case (.nl, nil): return "Klaar om samen te werken? De vijf voorwaarden"
        case (.en, nil): return "Ready to collaborate? The five conditions"
        case (.nl, let name?): return "Klaar om samen te werken? De vijf voorwaarden voor \(name)"
        case (.en, let name?): return "Ready to collaborate? The five conditions for \(name)"
        }
    }

    /// What the readiness report is about, under its title.
    var readinessIntro: String {
        switch language {
        case .nl:
            return "Het model van Common Eye kijkt naar vijf voorwaarden voor een goede samenwerking: een gedeelde "
                + "ambitie, uitgesproken belangen, vertrouwen tussen de mensen, een passende organisatie met "
                + "mandaat en middelen, en een proces dat iemand leidt."
        case .en:
            return "Common Eye's model looks at five conditions for a good collaboration: a shared ambition, "
                + "interests that are spoken, trust between the people, a fitting organisation with a mandate "
                + "and means, and a process someone leads."
        }
    }

    /// The readiness report's sections.
    enum ReadinessSection {
        case answers, findings
    }

    /// A section heading of the readiness report.
    func heading(_ section: ReadinessSection) -> String {
        switch (section, language) {
        case (.answers, .nl): return "Uw antwoorden"
        case (.answers, .en): return "Your answers"
        case (.findings, .nl): return "Wat aandacht vraagt"
        case (.findings, .en): return "What needs attention"
        }
    }

    /// Said when the check raised no signal.
    var nothingNeedsAttention: String {
        switch language {
        case .nl: return "Geen van de voorwaarden vraagt op grond van uw antwoorden bijzondere aandacht."
        case .en: return "Going by your answers, none of the conditions needs particular attention."
        }
    }

    /// The label before the reasons of a finding.
    var because: String {
        switch language {
        case .nl: return "Waarom"
        case .en: return "Why"
        }
    }

    /// The last line of the readiness report.
    var readinessDisclaimer: String {
        switch language {
        case .nl:
            return
                "Dit is geen juridisch advies. De vijf voorwaarden komen uit het model van Common Eye (Kaats & Opheij)."
        case .en:
            return "This is not legal advice. The five conditions come from Common Eye's model (Kaats & Opheij)."
        }
    }
}
