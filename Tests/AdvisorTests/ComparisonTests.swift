@testable import Advisor
import Foundation
import JSON
import KnowledgeBase
import Testing

@Suite("Partner comparison")
struct ComparisonTests {
    let knowledge = Fixture.shipped

    /// Two school directors of one cluster (domain.md 4.3): one wants to exchange knowledge, the
    /// other joint projects with a shared budget.
    static let exchanging: [String: Answer] = [
        "motieven": .options(["kwaliteit-verbeteren", "kennis-uitwisselen"]), "ambitie": .option("verbeteren"),
        "aard": .option("uitwisselen"), "opdrachtgever-opdrachtnemer": .boolean(false), "hele-functie": .boolean(false),
        "samen-aanbieden": .boolean(false), "risico": .option("ieder-eigen"), "welke-vorm": .option("geen"),
        "partners": .options(["semipubliek"]), "kring": .option("veel-of-open"), "zelf-kunnen": .options(["geen"]),
        "winstuitkering": .boolean(false), "democratische-sturing": .boolean(false),
    ]

    static var sharingBudget: [String: Answer] {
        var answers = exchanging
        answers["motieven"] = .options(["kwaliteit-verbeteren", "gezamenlijke-voorzieningen", "investeringen-bundelen"])
        answers["ambitie"] = .option("vernieuwen")
        answers["aard"] = .option("delen")
        answers["risico"] = .option("gedeeld-bedrijfsvoering")
        return answers
    }

    private func partners(_ answers: [[String: Answer]]) -> [PartnerAnswers] {
        answers.enumerated().map { index, answers in
            PartnerAnswers(name: ComparisonBuilder.mark(index) + "-school", answers: AnswerSet(answers: answers))
        }
    }

    @Test func identicalAnswersShareEverythingAndGetAJointRecommendation() {
        let result = Comparison.compare(knowledge: knowledge, partners: partners([Self.exchanging, Self.exchanging]))
        #expect(result.divergences.isEmpty)
        #expect(result.level == .none)
        #expect(result.findings.isEmpty)
        // Every answer that took effect is shared (answers to questions that do not apply are not).
        #expect(result.shared.answers.map(\.question) == result.partners[0].recommendation.applied)
        let archetype = result.partners[0].recommendation.archetype?.id
        #expect(archetype != nil)
        #expect(result.shared.archetype == archetype)
        guard case .joint(let joint, _, _) = result.advice else {
            Issue.record("expected a joint recommendation, got \(result.advice)")
            return
        }
        #expect(joint == archetype)
    }

    @Test func knowledgeExchangeVersusSharedBudgetIsSerious() {
        let result = Comparison.compare(
            knowledge: knowledge, partners: partners([Self.exchanging, Self.sharingBudget]))
        #expect(result.level == .serious)
        let finding = result.findings.first { $0.rule == "exchange-versus-joint-budget" }
        #expect(finding?.first == ["A-school"])
        #expect(finding?.second == ["B-school"])
        guard case .settleFirst(let issues) = result.advice else {
            Issue.record("a serious confusion must not get a joint recommendation")
            return
        }
        #expect(issues.contains(.finding("exchange-versus-joint-budget")))
        #expect(result.divergences.map(\.question) == ["motieven", "ambitie", "aard", "risico"])
    }

    /// Every divergence is real, and every "moves" claim holds when checked against a full
    /// recommendation (with flips, as `advise` computes it) on the swapped answers.
    @Test func everyDivergenceIsRealAndEveryMoveIsChecked() {
        let transactional: [String: Answer] = [
            "motieven": .options(["uitbesteden", "kwaliteit-verbeteren"]), "ambitie": .option("verbeteren"),
            "aard": .option("uitwisselen"), "opdrachtgever-opdrachtnemer": .boolean(true),
            "hele-functie": .boolean(false),
            "risico": .option("leverancier"), "opdrachtrelatie": .option("vaste-periode"),
            "welke-vorm": .option("raamovereenkomst-sla"), "partners": .options(["bedrijven"]),
            "kring": .option("twee"),
            "zelf-kunnen": .options(["geen"]), "winstuitkering": .boolean(false),
            "democratische-sturing": .boolean(false),
        ]
        let given = partners([Self.exchanging, Self.sharingBudget, transactional])
        let result = Comparison.compare(knowledge: knowledge, partners: given)
        #expect(!result.divergences.isEmpty)
        for divergence in result.divergences {
            let answers = divergence.answers.map(\.answer)
            #expect(
                answers.contains { !ComparisonBuilder.same($0, answers[0]) }, "\(divergence.question) does not differ")
            for effect in divergence.effects {
                guard let index = given.firstIndex(where: { $0.name == effect.partner }) else {
                    Issue.record("unknown partner \(effect.partner)")
                    continue
                }
                var swapped = given[index].answers
                swapped.answers[divergence.question] = effect.answer
                let before = Consultation.recommend(knowledge: knowledge, answers: given[index].answers)
                let after = Consultation.recommend(knowledge: knowledge, answers: swapped)
                let top = { (r: Recommendation) in r.offeredForms.prefix(5).map(\.id) }
                var moved: [ConclusionKind] = []
                if abs(after.intent - before.intent) >= ComparisonResult.movementThreshold { moved.append(.intent) }
                if abs(after.nature - before.nature) >= ComparisonResult.movementThreshold { moved.append(.nature) }
                if after.archetype?.id != before.archetype?.id { moved.append(.archetype) }
                if top(after).first != top(before).first || Set(top(after)) != Set(top(before)) { moved.append(.forms) }
                if after.signals != before.signals { moved.append(.signals) }
                #expect(
                    effect.moves == moved,
                    "\(effect.partner) with \(divergence.question) = \(String(describing: effect.answer))")
                #expect(effect.archetype == after.archetype?.id)
            }
        }
    }

    @Test func differentQuadrantsNameTheOutlier() {
        let result = Comparison.compare(
            knowledge: knowledge, partners: partners([Self.sharingBudget, Self.sharingBudget, Self.exchanging]))
        let quadrants = result.findings.first { $0.rule == "different-quadrants" }
        #expect(quadrants?.first == ["A-school", "B-school"])
        #expect(quadrants?.second == ["C-school"])
    }

    @Test func missingAnswersAreListedPerPartner() {
        let outcome = Comparison.run(
            knowledge: knowledge,
            partners: [
                PartnerAnswers(name: "Volledig", answers: AnswerSet(answers: Self.exchanging)),
                PartnerAnswers(name: "Leeg", answers: AnswerSet(answers: ["ambitie": .option("verbeteren")])),
            ],
            settings: ConsultationSettings(language: .en))
        let messages = outcome.messages(in: .en)
        #expect(
            messages.first
                == "error: Leeg: missing answer for 'motieven' (many-of); put it in the answers file, for example \"motieven\": [\"kosten-besparen\", \"schaalvoordelen\"]"
        )
        #expect(messages.allSatisfy { $0.hasPrefix("error: Leeg: ") })
    }

    @Test func jsonHasTheIssueSchemaAndOneMarkPerPartnerInHTML() throws {
        let given = partners([Self.exchanging, Self.sharingBudget])
        guard
            case .report(let json) = Comparison.run(
                knowledge: knowledge, partners: given, settings: ConsultationSettings(language: .nl, format: .json))
        else {
            Issue.record("expected a report")
            return
        }
        let object = try #require(try JSONParser.parse(Array(json.utf8)).objectValue)
        #expect(
            object.pairs.map(\.key) == [
                "partners", "divergences", "shared", "spraakverwarring", "conversation_starters", "recommendation",
                "knowledge_version", "language",
            ])
        guard
            case .report(let html) = Comparison.run(
                knowledge: knowledge, partners: given, settings: ConsultationSettings(language: .en, format: .html))
        else {
            Issue.record("expected a report")
            return
        }
        #expect(html.split(separator: "<circle", omittingEmptySubsequences: false).count - 1 == 2)
        #expect(!html.contains("<script"))
    }

    /// The comparison's plot is the report's SVG plot: one labelled mark per partner, each
    /// partner's name escaped in its tooltip; the page has the print styles too.
    @Test func htmlPlotEscapesPartnerNames() {
        let given = [
            PartnerAnswers(name: "<b>Noord</b> & 'Zuid'", answers: AnswerSet(answers: Self.exchanging)),
            PartnerAnswers(name: "Oost", answers: AnswerSet(answers: Self.sharingBudget)),
        ]
        guard
            case .report(let html) = Comparison.run(
                knowledge: knowledge, partners: given, settings: ConsultationSettings(language: .en, format: .html))
        else {
            Issue.record("expected a report")
            return
        }
        #expect(html.contains("<g class=\"mark\"><title>&lt;b&gt;Noord&lt;/b&gt; &amp; &#39;Zuid&#39;"))
        #expect(!html.contains("<b>"))
        #expect(
            html.contains(
                "role=\"img\" aria-label=\"The 2x2 of intent (improve or renew) and nature (exchange or share)\""))
        #expect(html.contains("<h2 class=\"new-page\">Where the answers differ</h2>"))
        #expect(html.contains("@page{size:A4;"))
        #expect(!html.contains("<script") && !html.contains("http"))
    }

    @Test func marksRunFromAToZThenDouble() {
        #expect(ComparisonBuilder.mark(0) == "A")
        #expect(ComparisonBuilder.mark(25) == "Z")
        #expect(ComparisonBuilder.mark(26) == "AA")
        #expect(ComparisonBuilder.mark(27) == "AB")
    }

    @Test func theShippedDivergencesAreTheNineRulesInOrder() {
        #expect(
            knowledge.divergences.map(\.id) == [
                "different-quadrants", "joint-offer-versus-exchange", "exchange-versus-joint-budget",
                "exclusive-versus-non-committal", "shared-versus-own-risk", "distant-positions", "different-archetypes",
                "different-phases", "unequal-commitment",
            ])
        #expect(
            knowledge.divergences.map(\.level) == [
                .serious, .serious, .serious, .serious, .some, .some, .some, .some, .some,
            ])
        #expect(knowledge.divergences.allSatisfy { $0.source.hasPrefix("domain.md 4.") })
        #expect(knowledge.divergence("distant-positions")?.test == .positions(threshold: 0.5))
        // The comparisons of results have no starter: the questions that differ name the difference.
        #expect(
            knowledge.divergences.filter { $0.starter == nil }.map(\.id) == [
                "distant-positions", "different-archetypes",
            ])
    }

    /// The shipped base with `find` replaced by `text` in `divergences.gvk`.
    private static func shipped(replacing find: String, with text: String) throws -> Knowledge {
        let files = try Fixture.shippedFiles().map { file in
            guard file.path.hasSuffix("/divergences.gvk") else { return file }
            let source = String(decoding: file.bytes, as: UTF8.self)
            try #require(source.contains(find))
            return SourceFile(path: file.path, bytes: Array(source.replacingOccurrences(of: find, with: text).utf8))
        }
        return try KnowledgeLoader.load(files: files)
    }

    @Test func theFindingsFollowTheDivergencesOfTheKnowledge() throws {
        let changed = try Self.shipped(
            replacing: """
                divergence shared-versus-own-risk
                  level some
                """,
            with: """
                divergence shared-versus-own-risk
                  level serious
                """)
        let pair = partners([Self.exchanging, Self.sharingBudget])
        let shipped = Comparison.compare(knowledge: knowledge, partners: pair)
        let result = Comparison.compare(knowledge: changed, partners: pair)
        #expect(shipped.findings.first { $0.rule == "shared-versus-own-risk" }?.level == .some)
        #expect(result.findings.first { $0.rule == "shared-versus-own-risk" }?.level == .serious)
        guard case .settleFirst(let issues) = result.advice else {
            Issue.record("a serious confusion must not get a joint recommendation")
            return
        }
        #expect(issues.contains(.finding("shared-versus-own-risk")))
    }

    @Test func aDivergenceWithOtherConditionsAndTextsIsWhatTheReportShows() throws {
        let changed = try Self.shipped(
            replacing: """
                  one risico = gedeeld-bedrijfsvoering or risico = gedeeld-ondernemend
                  other risico = ieder-eigen
                """,
            with: """
                  one risico = ieder-eigen
                  other risico = gedeeld-bedrijfsvoering
                """)
        let edited = try Self.shipped(
            replacing: #"    en "{one} {one:shares|share} the risk; for {other} each carries only its own effort.""#,
            with: #"    en "Risk: {one} {one:keeps|keep} its own, {other} {other:shares|share} it.""#)
        let pair = partners([Self.exchanging, Self.sharingBudget])
        let swapped = try #require(
            Comparison.compare(knowledge: changed, partners: pair).findings.first {
                $0.rule == "shared-versus-own-risk"
            })
        #expect(swapped.first == ["A-school"] && swapped.second == ["B-school"])
        let three = partners([Self.sharingBudget, Self.exchanging, Self.exchanging])
        let content = ComparisonContent(
            Comparison.compare(knowledge: edited, partners: three), knowledge: edited, language: .en)
        #expect(
            content.findings.contains(
                .init(
                    label: "Shared risk or each its own effort (some)",
                    text: "Risk: A-school keeps its own, B-school and C-school share it.")))
    }
}
