import KnowledgeBase
import Utilities

/// The texts `grondvorm check` prints, in either language.
enum CheckReport {
    /// The one-line summary of a sound knowledge base, such as
    /// `Knowledge 2026.11.0 is sound: 27 motives, 22 questions, 4 archetypes, 22 forms, 7 properties, 20 agreements,
    /// 27 signals, 6 requirements, 16 preferences, 351 rules.`
    static func summary(of knowledge: Knowledge, in language: Language) -> String {
        let counts: [(Int, String, String, String, String)] = [
            (knowledge.motives.count, "motive", "motives", "motief", "motieven"),
            (knowledge.questions.count, "question", "questions", "vraag", "vragen"),
            (knowledge.archetypes.count, "archetype", "archetypes", "grondvorm", "grondvormen"),
            (knowledge.forms.count, "form", "forms", "vorm", "vormen"),
            (knowledge.properties.count, "property", "properties", "eigenschap", "eigenschappen"),
            (knowledge.agreements.count, "agreement", "agreements", "afspraak", "afspraken"),
            (knowledge.signals.count, "signal", "signals", "signaal", "signalen"),
            (knowledge.requirements.count, "requirement", "requirements", "vereiste", "vereisten"),
            (knowledge.preferences.count, "preference", "preferences", "voorkeur", "voorkeuren"),
            (knowledge.rules.count, "rule", "rules", "regel", "regels"),
        ]
        let listed = counts.map { count, one, many, een, meer in
            switch language {
            case .en: return "\(count) \(count == 1 ? one : many)"
            case .nl: return "\(count) \(count == 1 ? een : meer)"
            }
        }.joined(separator: ", ")
        switch language {
        case .en: return "Knowledge \(knowledge.version) is sound: \(listed)."
        case .nl: return "Kennis \(knowledge.version) is in orde: \(listed)."
        }
    }

    /// The line after the diagnostics of a knowledge base that is not sound.
    static func errorCount(_ count: Int, in language: Language) -> String {
        switch language {
        case .en: return "The knowledge base has \(count) \(count == 1 ? "error" : "errors")."
        case .nl: return "De kennis bevat \(count) \(count == 1 ? "fout" : "fouten")."
        }
    }

    /// What standard error shows when the knowledge cannot be used: every diagnostic and the count,
    /// or the one sentence saying what is missing.
    static func failure(_ error: KnowledgeDirectoryError, in language: Language) -> String {
        switch error {
        case .invalid(let loadError):
            return loadError.description + "\n" + errorCount(loadError.diagnostics.count, in: language) + "\n"
        case .notFound, .noKnowledgeFiles, .unreadable:
            // One line naming the folder as typed: shown with its control characters escaped.
            return ControlCharacters.escaped(error.description) + "\n"
        }
    }

    /// The exit code for `error`: 65 for a base that is not sound, 66 when there was nothing to read.
    static func exitCode(for error: KnowledgeDirectoryError) -> ExitCode {
        error.isInvalid ? .dataError : .noInput
    }
}
