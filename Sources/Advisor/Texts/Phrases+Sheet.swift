import KnowledgeBase

/// The texts of the shareable report pages (HTML and Markdown): the answers table, the date and
/// version line, and the plot's accessible label.
extension Phrases {
    /// The heading of the answers table.
    var answersGivenHeading: String {
        switch language {
        case .nl: return "Gegeven antwoorden"
        case .en: return "Answers given"
        }
    }

    /// The answers table's column headings: question, answer.
    var answerColumns: (question: String, answer: String) {
        switch language {
        case .nl: return ("Vraag", "Antwoord")
        case .en: return ("Question", "Answer")
        }
    }

    /// `Advies van 2026-01-01, kennisversie 2026.11.0`; without a date only the version.
    func issued(date: String?, version: String) -> String {
        switch (date, language) {
        case (let date?, .nl): return "Advies van \(date), kennisversie \(version)"
        case (let date?, .en): return "Advice of \(date), knowledge version \(version)"
        case (nil, .nl): return "Kennisversie \(version)"
        case (nil, .en): return "Knowledge version \(version)"
        }
    }

    /// The accessible name of the 2x2 plot (its `<title>` and `aria-label`).
    var plotLabel: String {
        switch language {
        case .nl: return "De 2x2 van ambitie (verbeteren of vernieuwen) en aard (uitwisselen of delen)"
        case .en: return "The 2x2 of intent (improve or renew) and nature (exchange or share)"
        }
    }
}
