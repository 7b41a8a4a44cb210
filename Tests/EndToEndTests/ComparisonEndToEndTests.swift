import Foundation
import JSON
import TestSupport
import Testing

/// `grondvorm compare` through the built binary, on the shipped knowledge base, with the partners'
/// answers files in `Golden/compare` (run in that folder, so transcripts hold no machine paths).
@Suite("End to end: partner comparison")
struct ComparisonEndToEndTests {
    /// The folder with the partners' answers files.
    private static let folder = GrondvormProcess.goldenFolder.appendingPathComponent("compare")

    /// The scenarios: the answers files, and the spraakverwarring levels that are acceptable.
    enum Scenario: String, CaseIterable {
        /// Two municipalities that both want a joint work organisation (functional).
        case sameQuadrant = "same-quadrant"
        /// A furniture maker that buys transport, and a carrier that wants a joint venture.
        case oppositeQuadrants = "opposite-quadrants"
        /// The two municipalities and a third that only wants to explore together.
        case outlier
        /// Two schools of one cluster: knowledge exchange versus joint projects with a shared budget.
        case schoolCluster = "school-cluster"
        /// The same two schools, with the check of the five conditions: one still exploring with a
        /// mandate and a budget, the other already designing the form without a mandate.
        case readiness

        var files: [String] {
            switch self {
            case .sameQuadrant: return ["gemeente-west.json", "gemeente-oost.json"]
            case .oppositeQuadrants: return ["meubelfabriek.json", "vervoerder-snel.json"]
            case .outlier: return ["gemeente-west.json", "gemeente-oost.json", "gemeente-noord.json"]
            case .schoolCluster: return ["basisschool-de-linde.json", "basisschool-het-anker.json"]
            case .readiness: return ["de-linde-voorwaarden.json", "het-anker-voorwaarden.json"]
            }
        }

        var levels: Set<String> {
            switch self {
            case .sameQuadrant: return ["none", "some"]
            case .oppositeQuadrants, .outlier, .schoolCluster, .readiness: return ["serious"]
            }
        }
    }

    private func run(_ arguments: [String]) throws -> GrondvormProcess.Result {
        try GrondvormProcess.run(arguments, in: Self.folder)
    }

    private func json(_ scenario: Scenario) throws -> JSONObject {
        let result = try run(["compare"] + scenario.files + ["--format", "json", "--lang", "en"])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardError == "")
        return try #require(try JSONParser.parse(result.standardOutput).objectValue)
    }

    @Test(arguments: Scenario.allCases, ["nl", "en"])
    func goldenText(scenario: Scenario, language: String) throws {
        let arguments = ["compare"] + scenario.files + ["--lang", language]
        let result = try run(arguments)
        #expect(result.exitCode == 0, "\(result.standardError)")
        Golden.check(
            Golden.transcript(arguments: arguments, input: "", result: result),
            against: "compare/\(scenario.rawValue)-\(language).txt")
    }

    @Test(arguments: Scenario.allCases)
    func levelPartnersAndHonestRecommendation(scenario: Scenario) throws {
        let object = try json(scenario)
        let level = object["spraakverwarring"]?.objectValue?["level"]?.stringValue
        #expect(level.map(scenario.levels.contains) == true, "level \(String(describing: level))")
        let partners = object["partners"]?.arrayValue ?? []
        #expect(partners.count == scenario.files.count)
        for partner in partners {
            let keys = partner.objectValue?.pairs.map(\.key) ?? []
            #expect(["name", "archetype", "position"].allSatisfy(keys.contains))
        }
        let archetypes = Set(partners.map { $0.objectValue?["archetype"]?.stringValue })
        let joint = object["recommendation"]?.objectValue?["joint"]
        // A joint recommendation only when it is honest: one archetype and no serious confusion.
        #expect((joint == .bool(true)) == (archetypes.count == 1 && level != "serious"))
    }

    /// With the check of the five conditions, its answers are compared like the others: the
    /// phase, the mandate and the exit moment differ and move the signals, and the knowledge
    /// base's two readiness divergences apply.
    @Test func readinessAnswersAreComparedLikeTheOthers() throws {
        let object = try json(.readiness)
        let rules = (object["spraakverwarring"]?.objectValue?["findings"]?.arrayValue ?? []).compactMap {
            $0.objectValue?["rule"]?.stringValue
        }
        #expect(rules.suffix(2) == ["different-phases", "unequal-commitment"])
        let moves = Dictionary(
            uniqueKeysWithValues: (object["divergences"]?.arrayValue ?? []).compactMap { divergence in
                divergence.objectValue.flatMap { entry -> (String, [String])? in
                    guard let question = entry["question"]?.stringValue else { return nil }
                    return (question, (entry["moves"]?.arrayValue ?? []).compactMap(\.stringValue))
                }
            })
        for question in ["uitstapmoment", "mandaat", "fase"] {
            #expect(moves[question] == ["signals"], "\(question): \(String(describing: moves[question]))")
        }
        // The partners answered the check the same elsewhere: that is shared ground.
        let shared = object["shared"]?.objectValue?["answers"]?.objectValue?.pairs.map(\.key) ?? []
        #expect(["gedeelde-ambitie", "opgelegd", "budget", "urgentie"].allSatisfy(shared.contains), "\(shared)")
        let text = try run(["compare"] + Scenario.readiness.files + ["--lang", "nl"])
        #expect(text.standardOutput.contains("  ! Partners in verschillende fasen (enige): "))
        #expect(text.standardOutput.contains("  ! Ongelijke inzet: mandaat en middelen (enige): "))
    }

    @Test func everyDivergenceDiffers() throws {
        for scenario in Scenario.allCases {
            let object = try json(scenario)
            for divergence in object["divergences"]?.arrayValue ?? [] {
                let answers = divergence.objectValue?["answers"]?.objectValue?.pairs.map(\.value) ?? []
                #expect(answers.count == scenario.files.count)
                #expect(Set(answers.map { $0.serialized(pretty: false) }).count > 1, "\(divergence)")
            }
        }
    }

    /// The spraakverwarring rules are the knowledge base's divergences: with `--knowledge`, a
    /// changed divergence changes the comparison.
    @Test func theDivergencesComeFromTheKnowledge() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let knowledge = try GrondvormProcess.shippedKnowledgeCopy(
            in: folder, editing: "divergences.gvk",
            replacing: [
                ("divergence different-quadrants\n  level serious", "divergence different-quadrants\n  level some"),
                ("compares positions > 0.5", "compares positions > 2.8"),
                (
                    #"source "domain.md 4.3 [S: CE-po]"\#n  compares archetypes"#,
                    #"source "changed"\#n  compares archetypes"#
                ),
            ])

        let findings = { (object: JSONObject) -> [[String]] in
            let list: [JSONValue] = object["spraakverwarring"]?.objectValue?["findings"]?.arrayValue ?? []
            return list.compactMap(\.objectValue).map { (finding: JSONObject) -> [String] in
                ["rule", "level", "source"].map { (key: String) -> String in finding[key]?.stringValue ?? "" }
            }
        }
        let shipped = try json(.oppositeQuadrants)
        #expect(shipped["spraakverwarring"]?.objectValue?["level"] == .string("serious"))
        #expect(
            findings(shipped) == [
                ["different-quadrants", "serious", "domain.md 4.3 [S: SWL]; 4.6 divergence detection"],
                ["distant-positions", "some", "domain.md 4.6 divergence detection [D]"],
                ["different-archetypes", "some", "domain.md 4.3 [S: CE-po]"],
            ])

        let arguments =
            ["compare"] + Scenario.oppositeQuadrants.files + ["--format", "json", "--knowledge", knowledge.path]
        let result = try run(arguments)
        #expect(result.exitCode == 0, "\(result.standardError)")
        let changed = try #require(try JSONParser.parse(result.standardOutput).objectValue)
        #expect(changed["spraakverwarring"]?.objectValue?["level"] == .string("some"))
        #expect(
            findings(changed) == [
                ["different-quadrants", "some", "domain.md 4.3 [S: SWL]; 4.6 divergence detection"],
                ["different-archetypes", "some", "changed"],
            ])
    }

    @Test func theOutlierIsNamed() throws {
        let object = try json(.outlier)
        let findings = object["spraakverwarring"]?.objectValue?["findings"]?.arrayValue ?? []
        let quadrants = findings.first { $0.objectValue?["rule"]?.stringValue == "different-quadrants" }?.objectValue
        #expect(quadrants?["second"] == .array([.string("Gemeente Noord")]))
    }

    @Test func aPartnerWithoutANameIsNamedAfterItsFile() throws {
        let object = try json(.oppositeQuadrants)
        let names = (object["partners"]?.arrayValue ?? []).map { $0.objectValue?["name"]?.stringValue }
        #expect(names == ["Meubelfabriek Eik", "vervoerder-snel"])
    }

    /// The school cluster of domain.md 4.3: the starters name exactly the difference.
    @Test func schoolClusterStartersNameTheDifference() throws {
        let object = try json(.schoolCluster)
        let findings = (object["spraakverwarring"]?.objectValue?["findings"]?.arrayValue ?? [])
            .compactMap { $0.objectValue?["rule"]?.stringValue }
        #expect(findings.contains("exchange-versus-joint-budget"))
        let starters = (object["conversation_starters"]?.arrayValue ?? []).compactMap(\.stringValue)
        let expected: String = """
            Basisschool De Linde: mainly exchanging knowledge and learning from each other; Basisschool Het Anker: \
            joint projects with a shared budget. Ask each other: what should there be in a year: that you have \
            learned from each other, or joint projects that you pay for together? And who then brings which part \
            of the budget?
            """
        #expect(starters.first == expected)

        let dutch = try run(["compare"] + Scenario.schoolCluster.files + ["--lang", "nl"]).standardOutput
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(dutch.contains("Kennis uitwisselen of gezamenlijke projecten met een gedeeld budget (ernstig)"))
    }

    @Test func htmlHasOneMarkPerPartner() throws {
        let result = try run(["compare"] + Scenario.outlier.files + ["--format", "html"])
        #expect(result.exitCode == 0)
        let html = result.standardOutput
        #expect(html.components(separatedBy: "<circle").count - 1 == 3)
        #expect(html.contains("<svg class=\"plot\""))
        // Self-contained: no scripts, no external resources.
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=") && !html.contains("href=") && !html.contains("http"))
    }

    @Test func markdownHasThePlotAsATextBlock() throws {
        let result = try run(["compare"] + Scenario.sameQuadrant.files + ["--format", "markdown", "--lang", "en"])
        #expect(result.exitCode == 0)
        #expect(result.standardOutput.contains("```text\n"))
        #expect(result.standardOutput.hasPrefix("# Comparison of 2 partners\n"))
    }

    @Test func outputIsDeterministic() throws {
        let arguments = ["compare"] + Scenario.outlier.files + ["--format", "json"]
        #expect(try run(arguments).standardOutput == run(arguments).standardOutput)
    }

    @Test func missingAnswersExit65NamingThePartner() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"partner": "Leeg", "answers": {"ambitie": "verbeteren"}}"#.utf8)
            .write(to: folder.appendingPathComponent("leeg.json"))
        let west = Self.folder.appendingPathComponent("gemeente-west.json").path
        let result = try GrondvormProcess.run(["compare", west, "leeg.json", "--lang", "nl"], in: folder)
        #expect(result.exitCode == 65)
        #expect(result.standardOutput == "")
        #expect(
            result.standardError.hasPrefix(
                "fout: Leeg: ontbrekend antwoord op 'motieven' (many-of); zet het in het antwoordenbestand, bijvoorbeeld "
                    + "\"motieven\": [\"kosten-besparen\", \"schaalvoordelen\"]\n"))
    }

    @Test func fewerThanTwoFilesIsAUsageError() throws {
        let result = try run(["compare", "gemeente-west.json"])
        #expect(result.exitCode == 64)
        #expect(
            result.standardError == """
                error: 'grondvorm compare' needs at least two answers files, one per partner; got 1
                See 'grondvorm compare --help'.

                """)
    }
}
