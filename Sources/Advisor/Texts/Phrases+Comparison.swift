import KnowledgeBase

/// The texts of the partner comparison (`grondvorm compare`). Dutch addresses the reader as "u".
extension Phrases {
    /// A section of the comparison report.
    enum ComparisonSection: CaseIterable {
        case partners, position, confusion, divergences, shared, starters, joint, settleFirst
    }

    /// The comparison's title.
    func comparisonTitle(partners: Int) -> String {
        switch language {
        case .nl: return "Vergelijking van \(partners) partners"
        case .en: return "Comparison of \(partners) partners"
        }
    }

    /// A section heading of the comparison.
    func heading(_ section: ComparisonSection) -> String {
        switch (section, language) {
        case (.partners, .nl): return "Partners"
        case (.partners, .en): return "Partners"
        case (.position, .nl): return "Posities"
        case (.position, .en): return "Positions"
        case (.confusion, .nl): return "Spraakverwarring"
        case (.confusion, .en): return "Confusion of tongues (spraakverwarring)"
        case (.divergences, .nl): return "Waar de antwoorden verschillen"
        case (.divergences, .en): return "Where the answers differ"
        case (.shared, .nl): return "Gedeelde basis"
        case (.shared, .en): return "Shared ground"
        case (.starters, .nl): return "Gespreksstarters"
        case (.starters, .en): return "Conversation starters"
        case (.joint, .nl): return "Gezamenlijk advies"
        case (.joint, .en): return "Joint recommendation"
        case (.settleFirst, .nl): return "Eerst samen beslissen"
        case (.settleFirst, .en): return "Settle this first"
        }
    }

    /// `Gemeente Noord: Verkennend samenwerken (zekerheid 0.55); ambitie -0.40, aard -0.62`.
    func partnerLine(name: String, archetype: String?, score: Double?, intent: Double, nature: Double) -> String {
        let position: String
        switch language {
        case .nl: position = "ambitie \(Phrases.signed(intent)), aard \(Phrases.signed(nature))"
        case .en: position = "intent \(Phrases.signed(intent)), nature \(Phrases.signed(nature))"
        }
        guard let archetype, let score else {
            switch language {
            case .nl: return "\(name): geen duidelijke grondvorm; \(position)"
            case .en: return "\(name): no clear archetype; \(position)"
            }
        }
        switch language {
        case .nl: return "\(name): \(archetype) (zekerheid \(Phrases.plain(score))); \(position)"
        case .en: return "\(name): \(archetype) (confidence \(Phrases.plain(score))); \(position)"
        }
    }

    /// The legend under the plot.
    var comparisonLegend: String {
        switch language {
        case .nl:
            return
                "Elke letter is een partner (zie hierboven); ambitie: -1 verbeteren … +1 vernieuwen, aard: -1 uitwisselen … +1 delen."
        case .en:
            return
                "Each letter is a partner (see above); intent: -1 improve … +1 renew, nature: -1 exchange … +1 share."
        }
    }

    // MARK: Spraakverwarring

    /// The level in a word.
    func level(_ level: ComparisonResult.Level) -> String {
        switch (level, language) {
        case (.none, .nl): return "geen"
        case (.none, .en): return "none"
        case (.some, .nl): return "enige"
        case (.some, .en): return "some"
        case (.serious, .nl): return "ernstig"
        case (.serious, .en): return "serious"
        }
    }

    /// The sentence that states the level and what it means.
    func levelSentence(_ level: ComparisonResult.Level) -> String {
        switch (level, language) {
        case (.none, .nl):
            return
                "Niveau: geen. U ziet de samenwerking op dezelfde manier; geen van de regels voor spraakverwarring is van toepassing."
        case (.none, .en):
            return "Level: none. You picture the collaboration the same way; none of the rules for confusion applies."
        case (.some, .nl):
            return
                "Niveau: enige. U ziet de samenwerking grotendeels hetzelfde, maar niet helemaal; bespreek de verschillen voordat u afspraken maakt."
        case (.some, .en):
            return
                "Level: some. You picture the collaboration largely the same way, but not entirely; discuss the differences before you make agreements."
        case (.serious, .nl):
            return
                "Niveau: ernstig. U hebt een andere samenwerking voor ogen. Bespreek dat eerst, voordat u over afspraken of een rechtsvorm praat."
        case (.serious, .en):
            return
                "Level: serious. You have a different collaboration in mind. Talk about that first, before you discuss agreements or a legal form."
        }
    }

    /// A divergence's text with its placeholders filled in: the partners on each side as a list,
    /// the words that agree with them, and the distance and threshold with two decimals.
    func filled(
        _ template: TextTemplate, first: [String], second: [String], distance: Double, threshold: Double
    ) -> String {
        template.filled { placeholder in
            switch placeholder {
            case .partners(let side): return list(side == .one ? first : second)
            case .agreeing(let side, let singular, let plural):
                return (side == .one ? first : second).count == 1 ? singular : plural
            case .distance: return Phrases.plain(distance)
            case .threshold: return Phrases.plain(threshold)
            }
        }
    }

    // MARK: Divergences

    /// A conclusion kind in a word.
    func conclusion(_ kind: ConclusionKind) -> String {
        switch (kind, language) {
        case (.intent, .nl): return "ambitie"
        case (.intent, .en): return "intent"
        case (.nature, .nl): return "aard"
        case (.nature, .en): return "nature"
        case (.archetype, .nl): return "grondvorm"
        case (.archetype, .en): return "archetype"
        case (.forms, .nl): return "vormen"
        case (.forms, .en): return "forms"
        case (.signals, .nl): return "signalen"
        case (.signals, .en): return "signals"
        }
    }

    /// No answer, or the question does not apply.
    var noPartnerAnswer: String {
        switch language {
        case .nl: return "geen antwoord of niet van toepassing"
        case .en: return "no answer, or does not apply"
        }
    }

    /// `Verschuift: grondvorm, vormen` / `Nothing moves`.
    func moves(_ kinds: [ConclusionKind]) -> String {
        guard !kinds.isEmpty else {
            switch language {
            case .nl: return "Verschuift niets."
            case .en: return "Moves nothing."
            }
        }
        let words = kinds.map(conclusion).joined(separator: ", ")
        switch language {
        case .nl: return "Verschuift: \(words)."
        case .en: return "Moves: \(words)."
        }
    }

    /// What one recomputation showed.
    func effect(partner: String, answerOf: [String], answer: String, moves kinds: [ConclusionKind], archetype: String?)
        -> String
    {
        let others = list(answerOf)
        var result: String
        switch language {
        case .nl: result = "\(partner) met het antwoord van \(others) (\(answer)): "
        case .en: result = "\(partner) with the answer of \(others) (\(answer)): "
        }
        if kinds.isEmpty {
            switch language {
            case .nl: return result + "verschuift niets"
            case .en: return result + "moves nothing"
            }
        }
        switch language {
        case .nl: result += "verschuift " + list(kinds.map(conclusion))
        case .en: result += "moves the " + list(kinds.map(conclusion))
        }
        if kinds.contains(.archetype) {
            switch language {
            case .nl: result += "; grondvorm wordt " + (archetype ?? "geen duidelijke grondvorm")
            case .en: result += "; the archetype becomes " + (archetype ?? "no clear archetype")
            }
        }
        return result
    }

    /// A conversation starter for a question whose answers move a conclusion.
    func starter(question: String, answers: [String], moves kinds: [ConclusionKind]) -> String {
        let given = answers.joined(separator: "; ")
        switch language {
        case .nl:
            return
                "Bij '\(question)' antwoordde \(given). Dat verschil verschuift de \(list(kinds.map(conclusion))). Vraag elkaar wat u bij deze vraag voor ogen had."
        case .en:
            return
                "To '\(question)' the answers were \(given). That difference moves the \(list(kinds.map(conclusion))). Ask each other what you had in mind for this question."
        }
    }

    // MARK: Shared ground

    /// A label in the shared ground.
    enum SharedLabel: CaseIterable {
        case answers, archetype, intent, nature, forms, agreements, signals
    }

    /// The label of one line of the shared ground.
    func sharedLabel(_ label: SharedLabel) -> String {
        switch (label, language) {
        case (.answers, .nl): return "Dezelfde antwoorden"
        case (.answers, .en): return "The same answers"
        case (.archetype, .nl): return "Grondvorm"
        case (.archetype, .en): return "Archetype"
        case (.intent, .nl): return "Ambitie"
        case (.intent, .en): return "Intent"
        case (.nature, .nl): return "Aard"
        case (.nature, .en): return "Nature"
        case (.forms, .nl): return "Vormen die bij iedereen passen"
        case (.forms, .en): return "Forms that fit everyone"
        case (.agreements, .nl): return "Kernafspraken voor iedereen"
        case (.agreements, .en): return "Core agreements for everyone"
        case (.signals, .nl): return "Signalen bij iedereen"
        case (.signals, .en): return "Signals for everyone"
        }
    }

    /// The partners do not agree on this.
    var differs: String {
        switch language {
        case .nl: return "verschilt"
        case .en: return "differs"
        }
    }

    /// Nothing shared.
    var none: String {
        switch language {
        case .nl: return "geen"
        case .en: return "none"
        }
    }

    // MARK: Joint advice

    /// The joint recommendation.
    func joint(archetype: String, forms: [String], agreements: [String]) -> [String] {
        switch language {
        case .nl:
            return [
                "U komt allen uit op \(archetype). Dat is een eerlijke basis voor een gezamenlijk advies.",
                forms.isEmpty
                    ? "Geen vorm past bij alle partners; bespreek de vormen per partner."
                    : "Vormen die bij alle partners passen (best passend voor de minst overtuigde partner eerst): \(forms.joined(separator: ", ")).",
                agreements.isEmpty ? "" : "Kernafspraken om samen te maken: \(agreements.joined(separator: ", ")).",
            ].filter { !$0.isEmpty }
        case .en:
            return [
                "You all arrive at \(archetype). That is an honest basis for a joint recommendation.",
                forms.isEmpty
                    ? "No form fits every partner; discuss the forms per partner."
                    : "Forms that fit every partner (best fit for the least convinced partner first): \(forms.joined(separator: ", ")).",
                agreements.isEmpty ? "" : "Core agreements to make together: \(agreements.joined(separator: ", ")).",
            ].filter { !$0.isEmpty }
        }
    }

    /// The introduction to what must be settled first.
    var settleFirstIntroduction: String {
        switch language {
        case .nl:
            return "Een gezamenlijk advies over vorm en afspraken zou nu niet eerlijk zijn. Beslis eerst samen over:"
        case .en: return "A joint recommendation on form and agreements would not be honest yet. First settle together:"
        }
    }

    /// The partners have different archetypes: which one do they have in mind?
    func settleArchetypes(_ perPartner: [String]) -> String {
        switch language {
        case .nl: return "welke grondvorm u samen voor ogen hebt (\(perPartner.joined(separator: "; ")))"
        case .en: return "which archetype you have in mind together (\(perPartner.joined(separator: "; ")))"
        }
    }

    /// A question whose answers move the archetype.
    func settleQuestion(_ question: String) -> String {
        switch language {
        case .nl: return "het antwoord op '\(question)'"
        case .en: return "the answer to '\(question)'"
        }
    }

    /// A partner's answers file lacks a relevant answer.
    func missingInAnswersFile(_ question: Question, partner: String, example: String) -> String {
        switch language {
        case .nl:
            return
                "\(partner): ontbrekend antwoord op '\(question.id)' (\(question.kind.name)); zet het in het antwoordenbestand, bijvoorbeeld \"\(question.id)\": \(example)"
        case .en:
            return
                "\(partner): missing answer for '\(question.id)' (\(question.kind.name)); put it in the answers file, for example \"\(question.id)\": \(example)"
        }
    }

    /// The comparison's footer.
    func comparisonFooter(version: String) -> String {
        switch language {
        case .nl:
            return
                "Kennisbank \(version). Elk verschil is nagerekend: de consultatie van elke partner opnieuw, met het antwoord van de ander."
        case .en:
            return
                "Knowledge base \(version). Every difference was checked: each partner's consultation recomputed with the other's answer."
        }
    }
}

/// The texts of a partner round (`grondvorm advise --partners`).
extension Phrases {
    /// The heading of a partner's turn.
    func turn(_ number: Int, of total: Int, partner: String) -> String {
        switch language {
        case .nl: return "== Partner \(number) van \(total): \(partner) =="
        case .en: return "== Partner \(number) of \(total): \(partner) =="
        }
    }

    /// A partner has answered every question.
    func turnDone(partner: String) -> String {
        switch language {
        case .nl: return "Dank u, \(partner). Uw antwoorden blijven verborgen voor de volgende partner."
        case .en: return "Thank you, \(partner). Your answers stay hidden from the next partner."
        }
    }

    /// The prompt that hands the terminal to the next partner (the screen is cleared after Enter).
    func handOver(to partner: String) -> String {
        switch language {
        case .nl: return "Geef het scherm aan \(partner) en druk op Enter. "
        case .en: return "Hand the screen to \(partner) and press Enter. "
        }
    }
}
