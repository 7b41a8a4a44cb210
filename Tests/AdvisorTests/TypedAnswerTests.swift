@testable import Advisor
import KnowledgeBase
import Testing

@Suite("Typed answers at the prompt")
struct TypedAnswerTests {
    let knowledge = Fixture.small

    private func question(_ id: String) throws -> Question {
        try #require(knowledge.questions.first { $0.id == id })
    }

    private func typed(_ line: String, _ id: String, _ language: Language = .nl) throws -> TypedAnswer {
        TypedAnswer(line, for: try question(id), language: language)
    }

    @Test func recognisesCommandsInBothLanguages() throws {
        let words: [(String, TypedAnswer.Command)] = [
            ("?", .why), ("waarom", .why), ("WHY", .why), ("hoe", .how), ("how", .how), ("terug", .back),
            ("back", .back), ("overzicht", .summary), ("summary", .summary), ("help", .help), ("stop", .stop),
            (" quit ", .stop),
        ]
        for (word, command) in words {
            #expect(try typed(word, "ambitie") == .command(command))
        }
    }

    /// `waarom niet X` / `why not X` is a command with its archetype, whatever the question.
    @Test func recognisesWhyNot() throws {
        #expect(try typed("waarom niet ondernemend", "ambitie") == .whyNot("ondernemend"))
        #expect(try typed("  Waarom niet Ondernemend samenwerken? ", "motieven") == .whyNot("Ondernemend samenwerken"))
        #expect(try typed("why not", "partners", .en) == .whyNot(""))
        #expect(try typed("why not ?", "eigen-personeel", .en) == .whyNot(""))
        #expect(try typed("waarom", "ambitie") == .command(.why))
        #expect(try typed("waarom nietsnut", "ambitie") != .whyNot("snut"))
    }

    @Test func oneOfTakesNumberIdOrLabelStart() throws {
        #expect(try typed("2", "ambitie") == .answer(.option("vernieuwen")))
        #expect(try typed("Weet-Niet", "ambitie") == .answer(.option("weet-niet")))
        #expect(try typed("iets", "ambitie") == .answer(.option("vernieuwen")))
        #expect(try typed("bestaand werk beter doen", "ambitie") == .answer(.option("verbeteren")))
        #expect(try typed("developing", "ambitie", .en) == .answer(.option("vernieuwen")))
    }

    @Test func oneOfRejectsWithHints() throws {
        let ambitie = try question("ambitie")
        let phrases = Phrases(language: .nl)
        #expect(try typed("4", "ambitie") == .rejected(.unrecognized("4")))
        #expect(try typed("0", "ambitie") == .rejected(.unrecognized("0")))
        #expect(try typed("", "ambitie") == .rejected(.empty))
        #expect(
            phrases.hint(.unrecognized("4"), for: ambitie)
                == "Dat begrijp ik niet: '4'. Kies een nummer van 1 tot en met 3, de id van een optie of het begin van de tekst."
        )
        #expect(
            phrases.hint(.empty, for: ambitie)
                == "Deze vraag heeft geen standaardantwoord. Kies een nummer van 1 tot en met 3, de id van een optie of het begin van de tekst."
        )
        #expect(
            Phrases(language: .en).hint(.unrecognized("x"), for: ambitie)
                == "I don't understand 'x'. Choose a number from 1 to 3, an option's id or the start of its text.")
    }

    @Test func ambiguousLabelStartIsRejected() throws {
        let partners = try question("partners")
        #expect(
            try typed("alleen", "partners")
                == .rejected(
                    .ambiguous(
                        "alleen",
                        labels: [
                            "Alleen publieke partijen", "Alleen private partijen",
                        ])))
        #expect(
            Phrases(language: .nl).hint(
                .ambiguous("alleen", labels: ["Alleen publieke partijen", "Alleen private partijen"]), for: partners)
                == "'alleen' past bij meer dan één optie: Alleen publieke partijen en Alleen private partijen. Kies een nummer van 1 tot en met 3, de id van een optie of het begin van de tekst."
        )
        #expect(
            Phrases(language: .en).hint(
                .ambiguous("public", labels: ["Public bodies only", "Public and private mixed"]), for: partners)
                == "'public' matches more than one option: Public bodies only and Public and private mixed. Choose a number from 1 to 3, an option's id or the start of its text."
        )
        #expect(try typed("alleen pu", "partners") == .answer(.option("publiek")))
    }

    @Test func manyOfTakesSeveralInOptionOrder() throws {
        #expect(try typed("1,3", "motieven") == .answer(.options(["kosten-besparen", "kennis-uitwisselen"])))
        #expect(try typed("3 1", "motieven") == .answer(.options(["kosten-besparen", "kennis-uitwisselen"])))
        #expect(try typed("innoveren, kosten", "motieven") == .answer(.options(["kosten-besparen", "innoveren"])))
        #expect(try typed("markt ontwikkelen", "motieven") == .answer(.options(["markt-ontwikkelen"])))
        #expect(try typed("2", "motieven") == .answer(.options(["continuiteit"])))
    }

    @Test func manyOfRejectsTheFirstBadItem() throws {
        let motieven = try question("motieven")
        #expect(try typed("1,9", "motieven") == .rejected(.unrecognized("9")))
        #expect(try typed(",", "motieven") == .rejected(.unrecognized(",")))
        #expect(
            try typed("k", "motieven") == .rejected(.ambiguous("k", labels: ["Kosten besparen", "Kennis uitwisselen"])))
        #expect(
            Phrases(language: .nl).hint(.unrecognized("9"), for: motieven)
                == "Dat begrijp ik niet: '9'. Kies een of meer nummers van 1 tot en met 5, gescheiden door komma's of spaties (bijvoorbeeld 1,3)."
        )
        #expect(
            Phrases(language: .en).hint(.unrecognized("9"), for: motieven)
                == "I don't understand '9'. Choose one or more numbers from 1 to 5, separated by commas or spaces (for example 1,3)."
        )
    }

    @Test func yesNoTakesWordsInBothLanguages() throws {
        for word in ["ja", "j", "yes", "y", "JA", "true"] {
            #expect(try typed(word, "samen-aanbieden") == .answer(.boolean(true)))
        }
        for word in ["nee", "n", "no", "Nee", "false"] {
            #expect(try typed(word, "samen-aanbieden") == .answer(.boolean(false)))
        }
        let question = try question("samen-aanbieden")
        #expect(try typed("1", "samen-aanbieden") == .rejected(.unrecognized("1")))
        #expect(
            Phrases(language: .nl).hint(.unrecognized("1"), for: question)
                == "Dat begrijp ik niet: '1'. Antwoord met ja of nee (j/n).")
        #expect(
            Phrases(language: .en).hint(.empty, for: question)
                == "This question has no default answer. Answer yes or no (y/n).")
    }

    @Test func enterTakesTheDefault() throws {
        #expect(try typed("", "eigen-personeel") == .answer(.boolean(false)))
        #expect(try typed("  ", "eigen-personeel") == .answer(.boolean(false)))
    }

    @Test func scaleTakesAWholeNumberInRange() throws {
        #expect(try typed("5", "afhankelijkheid") == .answer(.number(5)))
        #expect(try typed("1", "afhankelijkheid") == .answer(.number(1)))
        #expect(try typed("6", "afhankelijkheid") == .rejected(.unrecognized("6")))
        #expect(try typed("2.5", "afhankelijkheid") == .rejected(.unrecognized("2.5")))
        #expect(
            Phrases(language: .nl).hint(.unrecognized("6"), for: try question("afhankelijkheid"))
                == "Dat begrijp ik niet: '6'. Antwoord met een heel getal van 1 tot en met 5.")
        #expect(
            Phrases(language: .en).hint(.unrecognized("6"), for: try question("afhankelijkheid"))
                == "I don't understand '6'. Answer with a whole number from 1 to 5.")
    }

    /// A line with a control character is asked again with a hint, which never echoes it raw
    /// (issue 11, defect 3).
    @Test func rejectsControlCharacters() throws {
        let ambitie = try question("ambitie")
        #expect(try typed("1\u{1B}[2J", "ambitie") == .rejected(.controlCharacter("\u{1B}")))
        #expect(try typed("\u{07}", "motieven") == .rejected(.controlCharacter("\u{07}")))
        #expect(try typed("ja\u{00}", "samen-aanbieden") == .rejected(.controlCharacter("\u{00}")))
        #expect(
            Phrases(language: .nl).hint(.controlCharacter("\u{1B}"), for: ambitie)
                == "Uw antwoord bevat een stuurteken (U+001B); typ alleen gewone tekens. Kies een nummer van 1 tot en met 3, de id van een optie of het begin van de tekst."
        )
        #expect(
            Phrases(language: .en).hint(.unrecognized("x\u{1B}[31m"), for: ambitie)
                == "I don't understand 'x\\u{1B}[31m'. Choose a number from 1 to 3, an option's id or the start of its text."
        )
    }
}
