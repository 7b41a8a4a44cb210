import KnowledgeBase

/// The headings and fixed sentences of a report.
extension Phrases {
    /// The sections of a report, for their headings.
    enum Section: Hashable, CaseIterable {
        case scores, position, meaning, agreements, forms, chosenForm, lessFitting, excluded, signals, flips, trace
    }

    /// The report's title, with the partner when given.
    func title(partner: String?) -> String {
        switch (partner, language) {
        case (let partner?, .nl): return "Grondvorm-advies voor \(partner)"
        case (let partner?, .en): return "Grondvorm advice for \(partner)"
        case (nil, .nl): return "Grondvorm-advies"
        case (nil, .en): return "Grondvorm advice"
        }
    }

    /// The reframing sentence: `Eigenlijk zijn jullie bezig met: functioneel samenwerken`.
    func reframing(_ archetypeName: String?) -> String {
        switch (archetypeName, language) {
        case (let name?, .nl): return "Eigenlijk zijn jullie bezig met: \(Phrases.lowercasingFirst(name))"
        case (let name?, .en): return "What you are really doing is: \(Phrases.lowercasingFirst(name))"
        case (nil, .nl): return "Er is (nog) geen duidelijke grondvorm: de antwoorden wijzen niet in één richting."
        case (nil, .en): return "There is no clear archetype (yet): the answers do not point one way."
        }
    }

    /// `Zekerheid: 0.72 (sterk)` / `Confidence: 0.72 (strong)`.
    func confidence(_ score: Double) -> String {
        switch language {
        case .nl: return "Zekerheid: \(Phrases.plain(score)) (\(strength(score)))"
        case .en: return "Confidence: \(Phrases.plain(score)) (\(strength(score)))"
        }
    }

    /// A certainty in words: strong from 0.7, moderate from 0.4, weak above 0, none at 0, and
    /// "against" below 0 (the answers speak against it).
    func strength(_ score: Double) -> String {
        let hundredths = Int((score * 100).rounded())
        switch (hundredths, language) {
        case (70..., .nl): return "sterk"
        case (70..., .en): return "strong"
        case (40..<70, .nl): return "redelijk"
        case (40..<70, .en): return "moderate"
        case (1..<40, .nl): return "zwak"
        case (1..<40, .en): return "weak"
        case (0, .nl): return "geen aanwijzing"
        case (0, .en): return "no indication"
        case (_, .nl): return "spreekt ertegen"
        case (_, .en): return "speaks against it"
        }
    }

    /// What the numbers mean, said once under the scores.
    var scale: String {
        switch language {
        case .nl: return "Schaal: -1 spreekt ertegen, 0 geen aanwijzing, 1 zeker; 'past' bij de vormen leest u net zo."
        case .en:
            return "Scale: -1 speaks against it, 0 no indication, 1 certain; 'fit' at the forms reads the same way."
        }
    }

    /// The forms one reason rules out, after the reason in the short text report.
    func ruledOut(_ forms: String) -> String {
        switch language {
        case .nl: return "Valt af: \(forms)."
        case .en: return "Ruled out: \(forms)."
        }
    }

    /// The closing line of a short text report: where the details are.
    var moreDetail: String {
        switch language {
        case .nl: return "Dit is de korte versie: --trace toont elke toelichting en de redenering."
        case .en: return "This is the short version: --trace shows every explanation and the reasoning."
        }
    }

    /// The tussenvorm sentence for a close runner-up.
    func tussenvorm(_ runnerUp: String, score: Double) -> String {
        switch language {
        case .nl:
            return
                "Dit is een tussenvorm: er zitten ook duidelijke trekken in van \(Phrases.lowercasingFirst(runnerUp)) (\(Phrases.plain(score)))."
        case .en:
            return
                "This is a hybrid (tussenvorm): it also clearly has traits of \(Phrases.lowercasingFirst(runnerUp)) (\(Phrases.plain(score)))."
        }
    }

    /// Where the answers that would tip a tussenvorm are listed.
    var tipsAmongFlips: String {
        switch language {
        case .nl: return "Wat de doorslag kan geven, staat onder '\(heading(.flips))'."
        case .en: return "What could tip it is listed under '\(heading(.flips))'."
        }
    }

    /// The lead-in to what would tip a tussenvorm.
    var whatWouldTip: String {
        switch language {
        case .nl: return "Wat de doorslag kan geven:"
        case .en: return "What could tip it:"
        }
    }

    /// A tip from a flip: `als het antwoord op 'vraag' 'Ja' was in plaats van 'Nee'`.
    func tip(question: String, change: Change) -> String {
        switch (change, language) {
        case (.replace(let alternative, let given), .nl):
            return "als het antwoord op '\(question)' '\(alternative)' was in plaats van '\(given)'"
        case (.replace(let alternative, let given), .en):
            return "if the answer to '\(question)' were '\(alternative)' instead of '\(given)'"
        case (.add(let option), .nl): return "als bij '\(question)' ook '\(option)' was gekozen"
        case (.add(let option), .en): return "if '\(option)' were also chosen for '\(question)'"
        case (.remove(let option), .nl): return "als bij '\(question)' '\(option)' niet was gekozen"
        case (.remove(let option), .en): return "if '\(option)' were not chosen for '\(question)'"
        }
    }

    /// A tip without a flip: more emphasis on the pole where the runner-up differs.
    func emphasis(on pole: Pole) -> String {
        switch language {
        case .nl: return "meer nadruk op \(self.pole(pole))"
        case .en: return "more emphasis on \(self.pole(pole))"
        }
    }

    /// A section heading.
    func heading(_ section: Section) -> String {
        switch (section, language) {
        case (.scores, .nl): return "Alle grondvormen"
        case (.scores, .en): return "All archetypes"
        case (.position, .nl): return "Positie"
        case (.position, .en): return "Position"
        case (.meaning, .nl): return "Wat dit betekent"
        case (.meaning, .en): return "What this means"
        case (.agreements, .nl): return "Kernafspraken"
        case (.agreements, .en): return "Core agreements"
        case (.forms, .nl): return "Passende vormen"
        case (.forms, .en): return "Fitting forms"
        case (.chosenForm, .nl): return "De vorm die u noemde"
        case (.chosenForm, .en): return "The form you named"
        case (.lessFitting, .nl): return "Minder passend"
        case (.lessFitting, .en): return "Less fitting"
        case (.excluded, .nl): return "Afgevallen"
        case (.excluded, .en): return "Ruled out"
        case (.signals, .nl): return "Let op"
        case (.signals, .en): return "Watch out"
        case (.flips, .nl): return "Wat de grondvorm zou veranderen"
        case (.flips, .en): return "What would change the archetype"
        case (.trace, .nl): return "Redenering"
        case (.trace, .en): return "Reasoning"
        }
    }

    /// The labels of the archetype profile: essence, relation, risk.
    var profileLabels: (essence: String, relation: String, risk: String) {
        switch language {
        case .nl: return ("Kern", "Relatie", "Risico")
        case .en: return ("Essence", "Relation", "Risk")
        }
    }

    /// `past: 0.90` / `fit: 0.90`.
    func fit(_ value: Double) -> String {
        switch language {
        case .nl: return "past: \(Phrases.plain(value))"
        case .en: return "fit: \(Phrases.plain(value))"
        }
    }

    /// The lead-in to the other forms with a positive fit.
    var alsoPossible: String {
        switch language {
        case .nl: return "Ook mogelijk:"
        case .en: return "Also possible:"
        }
    }

    /// For a form ranked down without a negative reason.
    var littleSupport: String {
        switch language {
        case .nl: return "weinig steun vanuit de grondvorm"
        case .en: return "little support from the archetype"
        }
    }

    /// When no form has a positive fit.
    /// The verdict on the form the user named, such as `Stichting: zwaarder dan nodig; …`.
    /// For ``Recommendation/ChosenForm/Verdict/excluded`` the reasons follow on their own lines.
    func verdict(_ verdict: Recommendation.ChosenForm.Verdict, on name: String) -> String {
        switch (verdict, language) {
        case (.fits, .nl): return "\(name): past; deze vorm hoort bij de best passende vormen."
        case (.fits, .en): return "\(name): fits; it is among the best-fitting forms."
        case (.heavier, .nl): return "\(name): zwaarder dan nodig; de best passende vormen zijn lichter."
        case (.heavier, .en): return "\(name): heavier than needed; the best-fitting forms are lighter."
        case (.lighter, .nl): return "\(name): lichter dan nodig; de best passende vormen zijn zwaarder."
        case (.lighter, .en): return "\(name): lighter than needed; the best-fitting forms are heavier."
        case (.poor, .nl): return "\(name): past slecht; deze vorm kan wel, maar staat laag in de rangorde."
        case (.poor, .en): return "\(name): fits poorly; it is possible, but ranks low."
        case (.excluded, .nl): return "\(name): kan hier niet, omdat:"
        case (.excluded, .en): return "\(name): not possible here, because:"
        }
    }

    var noFittingForm: String {
        switch language {
        case .nl: return "Nog geen passende vorm: eerst moet de grondvorm duidelijk zijn."
        case .en: return "No fitting form yet: the archetype has to be clear first."
        }
    }

    /// The flips of one question: `Bij 'vraag': 'Ja' in plaats van 'Nee' geeft ondernemend
    /// samenwerken; …`.
    func flips(question: String, changes: [(Change, String?)]) -> String {
        let parts = changes.map { change, archetype -> String in
            let outcome: String
            switch (archetype, language) {
            case (let name?, _): outcome = Phrases.lowercasingFirst(name)
            case (nil, .nl): outcome = "geen duidelijke grondvorm meer"
            case (nil, .en): outcome = "no clear archetype any more"
            }
            switch (change, language) {
            case (.replace(let alternative, let given), .nl):
                return "'\(alternative)' in plaats van '\(given)' geeft \(outcome)"
            case (.replace(let alternative, let given), .en):
                return "'\(alternative)' instead of '\(given)' gives \(outcome)"
            case (.add(let option), .nl): return "ook '\(option)' geeft \(outcome)"
            case (.add(let option), .en): return "also '\(option)' gives \(outcome)"
            case (.remove(let option), .nl): return "zonder '\(option)' geeft \(outcome)"
            case (.remove(let option), .en): return "without '\(option)' gives \(outcome)"
            }
        }
        switch language {
        case .nl: return "Bij '\(question)': " + parts.joined(separator: "; ") + "."
        case .en: return "For '\(question)': " + parts.joined(separator: "; ") + "."
        }
    }

    /// The line after the shown flips when more questions could change the archetype.
    func moreFlips(_ count: Int) -> String {
        switch language {
        case .nl:
            return count == 1
                ? "En nog 1 vraag (alle staan in het JSON-rapport)."
                : "En nog \(count) vragen (alle staan in het JSON-rapport)."
        case .en:
            return count == 1
                ? "And 1 more question (all are in the JSON report)."
                : "And \(count) more questions (all are in the JSON report)."
        }
    }

    /// When no single different answer changes the archetype.
    var noFlips: String {
        switch language {
        case .nl: return "Geen enkel ander antwoord op één vraag verandert de grondvorm."
        case .en: return "No single different answer changes the archetype."
        }
    }

    /// The plot's legend: the mark and the two coordinates.
    func legend(intent: Double, nature: Double) -> String {
        let intentPole = intent > 0 ? pole(.vernieuwen) : intent < 0 ? pole(.verbeteren) : middle
        let naturePole = nature > 0 ? pole(.delen) : nature < 0 ? pole(.uitwisselen) : middle
        switch language {
        case .nl:
            return
                "X = de positie: ambitie \(Phrases.signed(intent)) (\(intentPole)), aard \(Phrases.signed(nature)) (\(naturePole))"
        case .en:
            return
                "X = your position: intent \(Phrases.signed(intent)) (\(intentPole)), nature \(Phrases.signed(nature)) (\(naturePole))"
        }
    }

    private var middle: String {
        switch language {
        case .nl: return "midden"
        case .en: return "middle"
        }
    }

    /// Answers that were ignored because their question does not apply.
    func ignored(_ questions: [String]) -> String {
        switch language {
        case .nl: return "Genegeerd (vraag niet van toepassing): \(questions.joined(separator: ", "))"
        case .en: return "Ignored (question does not apply): \(questions.joined(separator: ", "))"
        }
    }

    /// The "not legal advice" line.
    var notLegalAdvice: String {
        switch language {
        case .nl: return "Dit is geen juridisch advies. Laat de gekozen vorm toetsen door een jurist of notaris."
        case .en: return "This is not legal advice. Have the chosen form checked by a lawyer or notary."
        }
    }

    /// The closing line: knowledge version and number of questions answered.
    func footer(version: String, asked: Int) -> String {
        switch (language, asked == 1) {
        case (.nl, true): return "Kennisversie \(version), 1 vraag beantwoord"
        case (.nl, false): return "Kennisversie \(version), \(asked) vragen beantwoord"
        case (.en, true): return "Knowledge version \(version), 1 question answered"
        case (.en, false): return "Knowledge version \(version), \(asked) questions answered"
        }
    }
}

/// The texts of the question listing.
extension Phrases {
    /// `8 vragen (kennisversie 1.0)`.
    func listingTitle(count: Int, version: String) -> String {
        switch (language, count == 1) {
        case (.nl, true): return "1 vraag (kennisversie \(version))"
        case (.nl, false): return "\(count) vragen (kennisversie \(version))"
        case (.en, true): return "1 question (knowledge version \(version))"
        case (.en, false): return "\(count) questions (knowledge version \(version))"
        }
    }

    /// What a yes-no or scale question takes, in answers-file terms.
    func listingTakes(_ kind: Question.Kind) -> String {
        switch (kind, language) {
        case (.yesNo, .nl): return "antwoord: true of false"
        case (.yesNo, .en): return "answer: true or false"
        case (.scale(let min, let max), .nl): return "antwoord: een heel getal van \(min) tot en met \(max)"
        case (.scale(let min, let max), .en): return "answer: a whole number from \(min) to \(max)"
        case (.oneOf, .nl): return "antwoord: één optie-id"
        case (.oneOf, .en): return "answer: one option id"
        case (.manyOf, .nl): return "antwoord: een lijst van een of meer optie-id's"
        case (.manyOf, .en): return "answer: a list of one or more option ids"
        }
    }

    /// The answer Enter takes, in answers-file notation.
    func listingDefault(_ value: String) -> String {
        switch language {
        case .nl: return "standaard: \(value)"
        case .en: return "default: \(value)"
        }
    }

    /// When a question applies.
    func listingOnlyWhen(_ condition: String) -> String {
        switch language {
        case .nl: return "alleen als: \(condition)"
        case .en: return "only when: \(condition)"
        }
    }

    /// How to use the ids.
    var listingUsage: String {
        switch language {
        case .nl:
            return
                "Gebruik deze id's in een antwoordenbestand ({\"answers\": {\"vraag-id\": \"optie-id\"}}) of met --answer ID=WAARDE."
        case .en:
            return
                "Use these ids in an answers file ({\"answers\": {\"question-id\": \"option-id\"}}) or with --answer ID=VALUE."
        }
    }
}
