@testable import Advisor
import KnowledgeBase
import Testing
import Utilities

@Suite("The text report")
struct TextReportTests {
    let knowledge = Fixture.small

    private func report(
        _ answers: [String: Answer], partner: String? = nil, language: Language, trace: Bool = false,
        style: TextStyle = .plain
    ) -> String {
        Consultation.report(
            knowledge: knowledge, answers: AnswerSet(answers: answers, partner: partner),
            settings: ConsultationSettings(language: language, format: .text, style: style, showsTrace: trace))
    }

    @Test func englishTussenvormWithPartner() {
        #expect(
            report(Fixture.hybrid, partner: "Zorg & Welzijn", language: .en) == """
                Grondvorm advice for Zorg & Welzijn
                ===================================

                What you are really doing is: functional collaboration
                Confidence: 0.85 (strong)
                This is a hybrid (tussenvorm): it also clearly has traits of transactional
                collaboration (0.80). What could tip it is listed under 'What would change the
                archetype'.

                All archetypes
                  Functional collaboration       0.85 (strong)
                  Transactional collaboration    0.80 (strong)
                  Exploratory collaboration      0.40 (moderate)
                  Entrepreneurial collaboration  0.40 (moderate)
                  Scale: -1 speaks against it, 0 no indication, 1 certain; 'fit' at the forms
                  reads the same way.

                Position
                                    exchange                          share
                        +-------------------------------+-------------------------------+
                        | Exploratory collaboration     | Entrepreneurial collaboration |
                  renew |                               |                               |
                        |                               |                               |
                        |                               |                               |
                        +-------------------------------+-------------------------------+
                        | Transactional collaboration   | Functional collaboration      |
                improve |                               |                               |
                        |                               | X                             |
                        |                               |                               |
                        +-------------------------------+-------------------------------+
                X = your position: intent -0.45 (improve), nature +0.05 (share)

                What this means
                  Essence: A complete business function is placed together or with one party.
                  Relation: Exclusive and long-term.
                  Risk: Shared continuity risk.

                Core agreements
                  - Service agreement
                  - Exit
                  - Result description

                Fitting forms
                  1. Collaboration agreement (fit: 0.82)
                     + Suitable for light shared services.
                     + Records rules of play without a heavy structure.
                  2. Framework or service agreement (fit: 0.76)
                     + Result descriptions are the core of transactional collaboration.
                     - A supply contract does not fit learning together.
                  3. Cooperative (excluded liability) (fit: 0.75)
                     + Members jointly own their service provider.
                     - Members are not each other's customers.
                  Also possible: Foundation (fit: 0.37)

                Ruled out
                  - Only private parties take part; a public-law form is not open to them. Ruled
                    out: Operational management body.

                Watch out
                  ! Ambition unclear

                What would change the archetype
                  - For 'Do you exchange something, or will you set up parts of your
                    organisations together?': 'Exchanging' instead of 'Not sure yet' gives
                    transactional collaboration.
                  - For 'Is it about a complete business function, such as ICT or purchasing?':
                    'no' instead of 'yes' gives transactional collaboration.
                  - For 'Is it mainly about doing existing work better, or about something
                    new?': 'Developing something new' instead of 'Doing existing work better'
                    gives entrepreneurial collaboration; 'Not sure yet' instead of 'Doing
                    existing work better' gives transactional collaboration.
                  - For 'Why do you want to collaborate?': without 'Continuity' gives
                    transactional collaboration.

                This is the short version: --trace shows every explanation and the reasoning.
                This is not legal advice. Have the chosen form checked by a lawyer or notary.
                Knowledge version test-1, 7 questions answered

                """)
    }

    @Test func dutchWithTheReasoningTrace() {
        #expect(
            report(Fixture.functional, language: .nl, trace: true) == """
                Grondvorm-advies
                ================

                Eigenlijk zijn jullie bezig met: functioneel samenwerken
                Zekerheid: 0.94 (sterk)

                Alle grondvormen
                  Functioneel samenwerken     0.94 (sterk)
                  Transactioneel samenwerken  0.00 (geen aanwijzing)
                  Verkennend samenwerken      0.00 (geen aanwijzing)
                  Ondernemend samenwerken     0.00 (geen aanwijzing)
                  Schaal: -1 spreekt ertegen, 0 geen aanwijzing, 1 zeker; 'past' bij de vormen
                  leest u net zo.

                Positie
                                    uitwisselen                     delen
                           +----------------------------+----------------------------+
                           | Verkennend samenwerken     | Ondernemend samenwerken    |
                vernieuwen |                            |                            |
                           |                            |                            |
                           |                            |                            |
                           +----------------------------+----------------------------+
                           | Transactioneel samenwerken | Functioneel samenwerken    |
                verbeteren |                            |                            |
                           |                            |                            |
                           |                            |                         X  |
                           +----------------------------+----------------------------+
                X = de positie: ambitie -0.94 (verbeteren), aard +0.94 (delen)

                Wat dit betekent
                  Kern: Een complete bedrijfsfunctie wordt samen of bij één partij belegd.
                  Relatie: Exclusief en langdurig.
                  Risico: Gedeeld continuïteitsrisico.

                Kernafspraken
                  - Dienstverleningsovereenkomst: Diensten, niveaus en kostenverdeling.
                  - Uittreden: Hoe een partner kan stoppen.

                Passende vormen
                  1. Bedrijfsvoeringsorganisatie (past: 0.85)
                     + Bedoeld voor gedeelde uitvoering door overheden.
                  2. Coöperatie U.A. (past: 0.79)
                     + Leden bezitten samen hun dienstverlener.
                     - Publieke partners kiezen bij voorkeur een publiekrechtelijke vorm (art.
                       160 Gemeentewet).
                  3. Stichting (past: 0.39)
                     + Kan een gedeelde dienst dragen.
                     - Publieke partners kiezen bij voorkeur een publiekrechtelijke vorm (art.
                       160 Gemeentewet).

                Afgevallen
                  - Samenwerkingsovereenkomst en Raamovereenkomst of DVO: De samenwerking moet
                    zelf personeel in dienst nemen; dat kan alleen een vorm die werkgever kan
                    zijn.

                Let op
                  ! Publieke partners: De Wet gemeenschappelijke regelingen en art. 160
                    Gemeentewet zijn van toepassing.

                Wat de grondvorm zou veranderen
                  - Bij 'Gaat het vooral om bestaand werk beter doen, of om iets nieuws?': 'Iets
                    nieuws ontwikkelen' in plaats van 'Bestaand werk beter doen' geeft
                    ondernemend samenwerken.

                Redenering
                  Uw antwoorden
                    - Waarom willen jullie samenwerken?
                      Kosten besparen, Continuïteit
                    - Gaat het vooral om bestaand werk beter doen, of om iets nieuws?
                      Bestaand werk beter doen
                    - Ruilen jullie iets uit, of gaan jullie delen van je organisatie samen
                      inrichten?
                      Samen delen
                    - Gaat het om een complete bedrijfsfunctie, zoals ICT of inkoop?
                      ja
                    - Hoe afhankelijk worden jullie van elkaar (1 = nauwelijks, 5 = volledig)?
                      4
                    - Wie doen er mee?
                      Alleen publieke partijen
                    - Moet de samenwerking zelf personeel in dienst nemen?
                      ja
                  Bedoeling en aard
                    - Kosten besparen gaat over bestaand werk beter doen. (dus: ambitie:
                      verbeteren, +0.50)
                    - Continuïteit vraagt om gedeelde mensen en middelen. (dus: ambitie:
                      verbeteren, +0.40; aard: delen, +0.50)
                    - Jullie willen vooral bestaand werk beter doen. (dus: ambitie: verbeteren,
                      +0.80)
                    - Jullie richten delen van je organisaties samen in. (dus: aard: delen,
                      +0.80)
                    - Sterke onderlinge afhankelijkheid hoort bij delen. (dus: aard: delen,
                      +0.50)
                    - Een hele bedrijfsfunctie samen beleggen is delen. (dus: aard: delen,
                      +0.70)
                  Grondvorm
                    - De intentie is verbeteren en de aard is delen: dat is de grondvorm
                      Functioneel samenwerken. (dus: grondvorm: Functioneel samenwerken, +0.94)
                  Kernafspraken
                    - Bij Functioneel samenwerken horen deze kernafspraken:
                      Dienstverleningsovereenkomst en Uittreden. (dus: afspraak:
                      Dienstverleningsovereenkomst, +0.94; afspraak: Uittreden, +0.94)
                  Vormen
                    - Publieke partners kiezen bij voorkeur een publiekrechtelijke vorm (art.
                      160 Gemeentewet). (dus: vorm: Stichting, -0.28)
                    - Publieke partners kiezen bij voorkeur een publiekrechtelijke vorm (art.
                      160 Gemeentewet). (dus: vorm: Coöperatie U.A., -0.28)
                    - Geschikt voor lichte gedeelde diensten. (dus: vorm:
                      Samenwerkingsovereenkomst, +0.56)
                    - Werkt als operationele laag onder een functionele samenwerking. (dus:
                      vorm: Raamovereenkomst of DVO, +0.56)
                    - Kan een gedeelde dienst dragen. (dus: vorm: Stichting, +0.56)
                    - Leden bezitten samen hun dienstverlener. (dus: vorm: Coöperatie U.A.,
                      +0.85)
                    - Bedoeld voor gedeelde uitvoering door overheden. (dus: vorm:
                      Bedrijfsvoeringsorganisatie, +0.85)
                    - De samenwerking moet zelf personeel in dienst nemen; dat kan alleen een
                      vorm die werkgever kan zijn. (dus: valt af: Samenwerkingsovereenkomst,
                      +1.00; vorm: Samenwerkingsovereenkomst, -1.00)
                    - De samenwerking moet zelf personeel in dienst nemen; dat kan alleen een
                      vorm die werkgever kan zijn. (dus: valt af: Raamovereenkomst of DVO,
                      +1.00; vorm: Raamovereenkomst of DVO, -1.00)
                  Signalen
                    - Er doen publieke partners mee, dus de Wgr en art. 160 Gemeentewet spelen.
                      (dus: signaal: Publieke partners, +1.00)

                Dit is geen juridisch advies. Laat de gekozen vorm toetsen door een jurist of
                notaris.
                Kennisversie test-1, 7 vragen beantwoord

                """)
    }

    @Test func colourOnlyAddsEscapes() {
        let plain = report(Fixture.hybrid, language: .nl)
        let coloured = report(Fixture.hybrid, language: .nl, style: TextStyle(usesColor: true))
        #expect(!plain.contains("\u{1B}"))
        #expect(coloured.hasPrefix("\u{1B}[1mGrondvorm-advies\u{1B}[0m\n"))
        #expect(coloured.contains("| \u{1B}[1;33mX\u{1B}[0m"))
        #expect(coloured.contains("\n\u{1B}[1mEigenlijk zijn jullie bezig met: functioneel samenwerken\u{1B}[0m\n"))
        var stripped = coloured
        for escape in ["\u{1B}[1m", "\u{1B}[1;33m", "\u{1B}[0m"] {
            stripped = stripped.split(separator: escape, omittingEmptySubsequences: false).joined()
        }
        #expect(stripped == plain)
    }

    @Test func everyLineFitsEightyColumnsExceptThePlot() {
        for line in report(Fixture.hybrid, language: .nl, trace: true).split(separator: "\n") where !line.contains("|")
        {
            #expect(line.count <= 80, "\(line)")
        }
    }

    /// A partner name with an escape sequence, BEL or NUL is shown with visible escapes; the
    /// report's own colours are the only escapes (issue 11, defect 3).
    @Test func controlCharactersAreVisibleEscapes() {
        let plain = report(Fixture.hybrid, partner: "Oost\u{1B}[2J\u{07}\u{00}\u{9B}", language: .en)
        #expect(plain.hasPrefix("Grondvorm advice for Oost\\u{1B}[2J\\u{07}\\u{00}\\u{9B}\n"), "\(plain)")
        #expect(!plain.unicodeScalars.contains { ControlCharacters.isControl($0) && $0 != "\n" })
        let coloured = report(
            Fixture.hybrid, partner: "Oost\u{1B}[2J", language: .en, style: TextStyle(usesColor: true))
        #expect(coloured.hasPrefix("\u{1B}[1mGrondvorm advice for Oost\\u{1B}[2J\u{1B}[0m\n"))
    }
}
