@testable import Advisor
import JSON
import KnowledgeBase
import Testing

@Suite("The JSON report")
struct JSONReportTests {
    let knowledge = Fixture.small

    private func object(_ answers: [String: Answer], partner: String? = nil, language: Language = .en) throws
        -> JSONObject
    {
        let text = Consultation.report(
            knowledge: knowledge, answers: AnswerSet(answers: answers, partner: partner),
            settings: ConsultationSettings(language: language, format: .json))
        return try #require(try JSONParser.parse(text).objectValue)
    }

    @Test func hasEveryFieldInOrder() throws {
        #expect(
            try object(Fixture.hybrid).keys == [
                "archetype", "archetypes", "tussenvorm", "position", "reframing", "agreements", "forms",
                "excluded_forms",
                "chosen_form", "signals", "flips", "trace", "answers", "asked", "ignored", "knowledge_version",
                "language",
            ])
        #expect(try object(Fixture.hybrid, partner: "Oost").keys.last == "partner")
        #expect(try object(Fixture.hybrid, partner: "Oost")["partner"] == .string("Oost"))
    }

    @Test func archetypeScoresAndPosition() throws {
        let report = try object(Fixture.hybrid)
        #expect(
            report["archetype"]?.serialized(pretty: false)
                == #"{"id":"functioneel","name":"Functional collaboration","confidence":0.85}"#)
        #expect(
            report["archetypes"]?.serialized(pretty: false)
                == #"[{"id":"functioneel","score":0.85},{"id":"transactioneel","score":0.8},{"id":"verkennend","score":0.4},{"id":"ondernemend","score":0.4}]"#
        )
        #expect(report["position"]?.serialized(pretty: false) == #"{"intent":-0.45,"nature":0.05}"#)
        #expect(report["reframing"] == .string("What you are really doing is: functional collaboration"))
        #expect(report["knowledge_version"] == .string("test-1"))
        #expect(report["language"] == .string("en"))
        #expect(report["asked"] == .number(7))
        #expect(report["ignored"] == .array([]))
    }

    @Test func tussenvormAndFlipsUseAnswersFileNotation() throws {
        let report = try object(Fixture.hybrid)
        let tips = try #require(report["tussenvorm"]?.objectValue?["tips"]?.arrayValue)
        #expect(tips.count == 4)
        #expect(
            report["flips"]?.arrayValue?.first?.serialized(pretty: false)
                == #"{"question":"aard","given":"weet-niet","alternative":"uitwisselen","archetype":"transactioneel","score":0.94}"#
        )
        #expect(
            report["flips"]?.arrayValue?.last?.serialized(pretty: false)
                == #"{"question":"motieven","given":["kosten-besparen","continuiteit","kennis-uitwisselen"],"alternative":["kosten-besparen","kennis-uitwisselen"],"archetype":"transactioneel","score":0.8}"#
        )
        #expect(
            report["answers"]?.serialized(pretty: false)
                == #"{"motieven":["kosten-besparen","continuiteit","kennis-uitwisselen"],"ambitie":"verbeteren","aard":"weet-niet","hele-functie":true,"afhankelijkheid":2,"partners":"privaat","eigen-personeel":false}"#
        )
    }

    @Test func formsAreSortedByFitWithReasons() throws {
        let report = try object(Fixture.functional, language: .nl)
        let forms = try #require(report["forms"]?.arrayValue)
        let fits = forms.compactMap { $0.objectValue?["fit"]?.numberValue }
        #expect(fits == [0.85, 0.79, 0.39])
        #expect(
            forms[1].serialized(pretty: false) == #"""
                {"id":"cooperatie","name":"Coöperatie U.A.","fit":0.79,"reasons":[{"rule":"fit/cooperatie/functioneel","because":"Leden bezitten samen hun dienstverlener.","contribution":0.85},{"rule":"preference/publiek-liever-publiekrecht/cooperatie","because":"Publieke partners kiezen bij voorkeur een publiekrechtelijke vorm (art. 160 Gemeentewet).","contribution":-0.28}]}
                """#)
        #expect(
            report["excluded_forms"]?.arrayValue?.compactMap { $0.objectValue?["id"]?.stringValue }
                == ["samenwerkingsovereenkomst", "dvo"])
        #expect(
            report["signals"]?.serialized(pretty: false)
                == #"[{"id":"wgr","title":"Publieke partners","text":"De Wet gemeenschappelijke regelingen en art. 160 Gemeentewet zijn van toepassing."}]"#
        )
        #expect(
            report["agreements"]?.serialized(pretty: false)
                == #"[{"id":"dvo-sla","label":"Dienstverleningsovereenkomst"},{"id":"exit","label":"Uittreden"}]"#)
    }

    @Test func traceStepsNameRuleBecauseAndConclusions() throws {
        let trace = try #require(try object(Fixture.functional)["trace"]?.arrayValue)
        // The signal rule has two tests (more specific), so it fires first once every answer is given.
        #expect(
            trace.first?.serialized(pretty: false)
                == #"{"rule":"publieke-partners","because":"Public partners take part, so the Wgr and art. 160 Gemeentewet apply.","concluded":[{"attribute":"signal","value":"wgr","certainty":1}]}"#
        )
        #expect(
            trace.contains {
                $0.serialized(pretty: false)
                    == #"{"rule":"kosten-is-verbeteren","because":"Cutting costs is about doing existing work better.","concluded":[{"attribute":"intent","value":"verbeteren","certainty":0.5}]}"#
            })
        // 6 motive and discriminator rules, the quadrant, the agreements, 5 fits, 2 requirement rules and 2 preference rules, 1 signal.
        #expect(trace.count == 18)
    }

    @Test func everyNumberHasAtMostTwoDecimals() throws {
        func check(_ value: JSONValue) {
            switch value {
            case .number(let number): #expect((number * 100).rounded() / 100 == number)
            case .array(let items): items.forEach(check)
            case .object(let object): object.pairs.forEach { check($0.value) }
            case .null, .bool, .string: break
            }
        }
        check(.object(try object(Fixture.hybrid)))
        #expect(JSONReport.rounded(-0.001) == .number(0))
        #expect(JSONReport.rounded(.nan) == .number(0))
        #expect(JSONReport.rounded(0.125) == .number(0.13))
    }

    @Test func withoutAnArchetypeTheFieldIsNull() throws {
        let report = try object([:])
        #expect(report["archetype"] == .null)
        #expect(report["tussenvorm"] == .null)
        #expect(report["forms"] == .array([]))
        #expect(report["reframing"] == .string("There is no clear archetype (yet): the answers do not point one way."))
    }
}
