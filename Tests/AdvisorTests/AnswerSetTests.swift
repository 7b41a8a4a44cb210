import Advisor
import KnowledgeBase
import Testing

@Suite("Answer sets: answers files and --answer")
struct AnswerSetTests {
    let knowledge = Fixture.small

    private func parse(_ text: String) throws(AnswerError) -> AnswerSet {
        try AnswerSet.parse(json: Array(text.utf8), source: "answers.json", knowledge: knowledge)
    }

    private func problems(_ text: String, language: Language = .en) -> [String] {
        do {
            _ = try parse(text)
            return []
        } catch {
            return error.sentences(in: language)
        }
    }

    @Test func parsesEveryKind() throws {
        let set = try parse(
            """
            {"answers": {"motieven": ["innoveren", "kosten-besparen"], "ambitie": "vernieuwen",
             "samen-aanbieden": true, "afhankelijkheid": 3}, "partner": "Gemeente Oost"}
            """)
        #expect(
            set.answers == [
                "motieven": .options(["innoveren", "kosten-besparen"]),
                "ambitie": .option("vernieuwen"),
                "samen-aanbieden": .boolean(true),
                "afhankelijkheid": .number(3),
            ])
        #expect(set.partner == "Gemeente Oost")
    }

    @Test func acceptsASingleStringForManyOfAndDropsRepeats() throws {
        #expect(try parse(#"{"answers": {"motieven": "innoveren"}}"#).answers["motieven"] == .options(["innoveren"]))
        #expect(
            try parse(#"{"answers": {"motieven": ["innoveren", "innoveren"]}}"#).answers["motieven"]
                == .options(["innoveren"]))
    }

    @Test func reportsMalformedJSONWithLineAndColumn() {
        #expect(
            problems("{\"answers\": {\n  \"ambitie\" \"x\"}}") == [
                "answers.json:2:13: malformed JSON: unexpected '\"'; expected ':' after the key 'ambitie'"
            ])
    }

    @Test func showsStandardInputAsStdin() {
        do {
            _ = try AnswerSet.parse(json: Array("[]".utf8), source: "-", knowledge: knowledge)
            Issue.record("expected an error")
        } catch {
            #expect(error.problems == [.notAnObject(source: "<stdin>")])
            #expect(error.sentences(in: .en) == [#"<stdin>: expected a JSON object with "answers""#])
        }
    }

    @Test func reportsEveryProblemAtOnce() {
        let found = problems(
            """
            {"answers": {"ambitei": "verbeteren", "aard": "delne", "motieven": [], "samen-aanbieden": "misschien",
             "afhankelijkheid": 7, "partners": ["publiek", "privaat"], "hele-functie": 1},
             "partnr": "x"}
            """)
        #expect(
            found == [
                "answers.json: unknown question 'ambitei'; did you mean 'ambitie'?",
                "answers.json: question 'aard' has no option 'delne'; did you mean 'delen'?",
                "answers.json: question 'motieven' (many-of) needs at least one option",
                #"answers.json: question 'samen-aanbieden' (yes-no) takes true or false, not "misschien""#,
                "answers.json: question 'afhankelijkheid' (scale) takes a whole number from 1 to 5, not 7",
                "answers.json: question 'partners' (one-of) takes exactly one option",
                "answers.json: question 'hele-functie' (yes-no) takes true or false, not 1",
                "answers.json: unknown key 'partnr'; did you mean 'partner'?; expected 'answers' and optionally 'partner'",
            ])
    }

    /// A partner name of 200 characters is taken; a longer one is refused in both languages, and
    /// what is quoted back from a huge key is an excerpt.
    @Test func boundsWhatItTakesAndQuotes() throws {
        let name = String(repeating: "é", count: AnswerSet.maximumPartnerLength)
        #expect(try parse(#"{"partner": ""# + name + #""}"#).partner == name)
        let longer = #"{"partner": ""# + name + #"x"}"#
        #expect(problems(longer) == [#"answers.json: "partner" has 201 characters; at most 200 are allowed"#])
        #expect(
            problems(longer, language: .nl) == [
                #"answers.json: "partner" heeft 201 tekens; hoogstens 200 zijn toegestaan"#
            ])
        let key = String(repeating: "k", count: 1_000)
        #expect(
            problems(#"{""# + key + #"": 1}"#) == [
                "answers.json: unknown key '" + String(repeating: "k", count: 80)
                    + "… (920 more characters)'; expected 'answers' and optionally 'partner'"
            ])
    }

    /// The error holds what was found; the sentences are made only when it is shown.
    @Test func problemsAreAModel() throws {
        do {
            _ = try parse(#"{"answers": {"ambitei": "verbeteren", "afhankelijkheid": 7}}"#)
            Issue.record("expected an error")
        } catch {
            #expect(
                error.problems == [
                    .unknownQuestion(source: "answers.json", id: "ambitei", suggestion: "ambitie"),
                    .outOfRange(source: "answers.json", question: "afhankelijkheid", value: "7", min: 1, max: 5),
                ])
        }
    }

    @Test func reportsInDutch() {
        #expect(
            problems(#"{"answers": {"ambitei": "verbeteren", "aard": "delne"}}"#, language: .nl) == [
                "answers.json: onbekende vraag 'ambitei'; bedoelt u 'ambitie'?",
                "answers.json: vraag 'aard' heeft geen optie 'delne'; bedoelt u 'delen'?",
            ])
    }

    @Test func rejectsWrongShapes() {
        #expect(
            problems(#"{"answers": []}"#) == [#"answers.json: "answers" must be an object from question id to answer"#])
        #expect(problems(#"{"answers": {}, "partner": 3}"#) == [#"answers.json: "partner" must be a string"#])
        #expect(
            problems(#"{"answers": {"ambitie": null}}"#) == [
                "answers.json: question 'ambitie' (one-of) takes one option id as a string, not null"
            ])
        #expect(
            problems(#"{"answers": {"afhankelijkheid": 2.5}}"#) == [
                "answers.json: question 'afhankelijkheid' (scale) takes a whole number from 1 to 5, not 2.5"
            ])
        #expect(
            problems(#"{"answers": {"motieven": [1, 2]}}"#) == [
                "answers.json: question 'motieven' (many-of) takes a list of option ids, not [1, 2]"
            ])
    }

    @Test func appliesAssignments() throws {
        var set = AnswerSet()
        try set.apply(assignment: "motieven=innoveren, kosten-besparen", knowledge: knowledge)
        try set.apply(assignment: "samen-aanbieden=ja", knowledge: knowledge)
        try set.apply(assignment: "afhankelijkheid=2", knowledge: knowledge)
        try set.apply(assignment: "ambitie=verbeteren", knowledge: knowledge)
        try set.apply(assignment: "ambitie=vernieuwen", knowledge: knowledge)
        #expect(
            set.answers == [
                "motieven": .options(["innoveren", "kosten-besparen"]),
                "samen-aanbieden": .boolean(true),
                "afhankelijkheid": .number(2),
                "ambitie": .option("vernieuwen"),
            ])
    }

    @Test(arguments: [
        ("ambitie", "--answer 'ambitie': expected ID=VALUE, for example --answer samen-aanbieden=yes"),
        ("=yes", "--answer '=yes': expected ID=VALUE, for example --answer samen-aanbieden=yes"),
        ("ambitei=vernieuwen", "--answer: unknown question 'ambitei'; did you mean 'ambitie'?"),
        ("ambitie=vernieuwn", "--answer: question 'ambitie' has no option 'vernieuwn'; did you mean 'vernieuwen'?"),
        ("ambitie=verbeteren,vernieuwen", "--answer: question 'ambitie' (one-of) takes exactly one option"),
        (
            "samen-aanbieden=wellicht",
            #"--answer: question 'samen-aanbieden' (yes-no) takes true or false, not "wellicht""#
        ),
        ("afhankelijkheid=9", "--answer: question 'afhankelijkheid' (scale) takes a whole number from 1 to 5, not 9"),
        (
            "afhankelijkheid=veel",
            #"--answer: question 'afhankelijkheid' (scale) takes a whole number from 1 to 5, not "veel""#
        ),
        ("motieven=", "--answer: question 'motieven' (many-of) needs at least one option"),
    ])
    func rejectsBadAssignments(assignment: String, message: String) {
        var set = AnswerSet()
        do {
            try set.apply(assignment: assignment, knowledge: knowledge)
            Issue.record("expected an error for \(assignment)")
        } catch {
            #expect(error.sentences(in: .en) == [message])
            #expect(error.description == message)
        }
        #expect(set.answers.isEmpty)
    }

    /// Control characters in an answer or the partner name are refused, naming the question or
    /// the field and the character, never echoing it raw; a partner name has at most 200
    /// characters (issue 11, defect 3).
    @Test func refusesControlCharactersAndOverlongPartners() {
        #expect(
            problems(#"{"answers": {}, "partner": "Oost\u001b[2J"}"#) == [
                #"answers.json: "partner" contains a control character (U+001B); use printable characters only"#
            ])
        #expect(
            problems(#"{"answers": {"ambitie": "verbeteren\u0007"}}"#) == [
                "answers.json: the answer to question 'ambitie' contains a control character (U+0007); use printable characters only"
            ])
        #expect(
            problems(#"{"answers": {"motieven": ["innoveren", "\u0000"]}}"#, language: .nl) == [
                "answers.json: het antwoord op vraag 'motieven' bevat een stuurteken (U+0000); gebruik alleen gewone tekens"
            ])
        #expect(
            problems(#"{"answers": {"ambi\u001btie": "verbeteren"}}"#) == [
                "answers.json: unknown question 'ambi\\u{1B}tie'; did you mean 'ambitie'?"
            ])
        let long = String(repeating: "x", count: 201)
        #expect(
            problems(#"{"answers": {}, "partner": "\#(long)"}"#) == [
                #"answers.json: "partner" has 201 characters; at most 200 are allowed"#
            ])
        let limit = String(repeating: "é", count: 200)
        #expect(problems(#"{"answers": {}, "partner": "\#(limit)"}"#).isEmpty)
        var set = AnswerSet()
        #expect(throws: AnswerError(.controlCharacter(source: "--answer", question: "ambitie", scalar: "\u{1B}"))) {
            try set.apply(assignment: "ambitie=\u{1B}[31m", knowledge: knowledge)
        }
    }

    /// The answers-file text reads back as the same answers (what `--save` writes).
    @Test func answersFileTextRoundTrips() throws {
        let set = AnswerSet(
            answers: [
                "afhankelijkheid": .number(3), "motieven": .options(["innoveren", "kosten-besparen"]),
                "ambitie": .option("vernieuwen"), "samen-aanbieden": .boolean(false),
            ],
            partner: "Zorg & \"Welzijn\"")
        let text = set.answersFileText(in: knowledge)
        #expect(text.hasPrefix("{\n  \"answers\": {\n    \"motieven\": [\n"))
        #expect(text.hasSuffix("\n  \"partner\": \"Zorg & \\\"Welzijn\\\"\"\n}\n"))
        #expect(try parse(text) == set)
        #expect(AnswerSet().answersFileText(in: knowledge) == "{\n  \"answers\": {}\n}\n")
    }
}
