@testable import Advisor
import Foundation
import KnowledgeBase
import TestSupport
import Testing
import Utilities

extension Tag {
    /// Tests that run against the shipped knowledge in `Knowledge/`, so they follow its content.
    @Tag static var shippedKnowledge: Self
}

@Suite("Invariant checker")
struct InvariantCheckerTests {

    /// Counts the violations per invariant on `count` answer sets drawn with `seed`.
    private static func counts(
        _ knowledge: Knowledge, count: Int, seed: UInt64
    ) -> (counts: [Invariant: Int], examples: [Invariant: String]) {
        let checker = InvariantChecker(knowledge: knowledge)
        let sampler = AnswerSampler(knowledge: knowledge)
        var generator = SplitMix64(seed: seed)
        var counts: [Invariant: Int] = [:]
        var examples: [Invariant: String] = [:]
        for _ in 0..<count {
            let answers = sampler.answers(using: &generator)
            for violation in checker.violations(for: answers) {
                counts[violation.invariant, default: 0] += 1
                if examples[violation.invariant] == nil {
                    examples[violation.invariant] =
                        violation.detail + "\n  " + answers.assignments(in: knowledge.questions).joined(separator: " ")
                }
            }
        }
        return (counts, examples)
    }

    /// The shipped knowledge with `find` replaced by `replacement` in `file` (which must hold it).
    private static func shipped(
        editing fileName: String, replacing find: String, with replacement: String
    ) throws -> Knowledge {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Knowledge")
        let entries = try FileManager.default.contentsOfDirectory(atPath: directory.path).map {
            KnowledgeFolder.Entry(name: $0, isRegularFile: true)
        }
        let files = try KnowledgeFolder(path: "Knowledge").files(among: entries).map { file in
            var text = try String(contentsOf: directory.appendingPathComponent(file.name), encoding: .utf8)
            if file.name == fileName {
                #expect(text.contains(find))
                text = text.replacingOccurrences(of: find, with: replacement)
            }
            return SourceFile(path: file.shownPath, bytes: Array(text.utf8))
        }
        return try KnowledgeLoader.load(files: files)
    }

    @Test(
        "a bounded sample of the shipped knowledge keeps every invariant",
        .tags(.shippedKnowledge))
    func shippedKnowledgeKeepsTheInvariants() {
        // 300 sets take about 5 to 10 s in a debug build on the shared machine; the release tool
        // (scripts/invariants.sh) checks 100,000.
        let count = Sampling.count(small: 50, full: 5_000)
        let (counts, examples) = Self.counts(Fixture.shipped, count: count, seed: 1)
        for invariant in Invariant.allCases {
            #expect(
                counts[invariant, default: 0] == 0,
                "[\(invariant.rawValue)] \(invariant.summary): \(counts[invariant, default: 0]) of \(count) sets, e.g. \(examples[invariant] ?? "")"
            )
        }
    }

    @Test("turning the profit requirement into a preference breaks invariant d, and the check says so")
    func catchesABrokenExclusion() throws {
        let broken = try Self.shipped(
            editing: "rules-forms.gvk",
            replacing:
                "requirement winst-uitkeren\n  when winstuitkering = yes\n  exclude forms where profit-distribution is no",
            with:
                "preference winst-uitkeren\n  when winstuitkering = yes\n  adjust forms where profit-distribution is no by -0.3"
        )
        let count = Sampling.count(small: 30, full: 200)
        #expect(Self.counts(Fixture.shipped, count: count, seed: 5).counts[.nonProfitFormWithProfitDistribution] == nil)
        #expect(Self.counts(broken, count: count, seed: 5).counts[.nonProfitFormWithProfitDistribution, default: 0] > 0)
    }

    @Test("the Wgr forms are read from the properties: open to public authorities only")
    func wgrFormsFromProperties() {
        #expect(
            InvariantChecker(knowledge: Fixture.shipped).wgrForms == [
                "regeling-zonder-meer", "centrumregeling", "gemeenschappelijk-orgaan", "bedrijfsvoeringsorganisatie",
                "openbaar-lichaam", "dvo-werkorganisatie",
            ])
        #expect(InvariantChecker(knowledge: Fixture.shipped).unknownNames == [])
    }

    @Test("a knowledge base without the named ids lists them, and its invariants hold vacuously")
    func unknownNames() {
        let checker = InvariantChecker(knowledge: Fixture.small)
        #expect(checker.unknownNames.contains("question 'winstuitkering'"))
        #expect(checker.unknownNames == checker.unknownNames.sorted())
        #expect(checker.violations(for: AnswerSet(answers: Fixture.functional)) == [])
    }

    @Test("each invariant is found on a recommendation built to break it")
    func findsEachKind() throws {
        // Functional collaboration of private partners who must distribute profit: checked on a
        // recommendation whose forms and signals are replaced, so each rule is seen firing.
        let knowledge = Fixture.shipped
        let checker = InvariantChecker(knowledge: knowledge)
        let builder = RecommendationBuilder(knowledge: knowledge)
        let answers: [String: Answer] = [
            "partners": .options(["overheden"]), "winstuitkering": .boolean(true),
            "democratische-sturing": .boolean(true), "zelf-kunnen": .options(["contracten"]),
        ]
        let (real, session) = builder.consultation(for: AnswerSet(answers: answers), findsFlips: false)
        let ranked = ["stichting", "eesv", "vereniging"].map {
            Recommendation.RankedForm(id: $0, fit: 0.9, reasons: [])
        }
        let fake = Recommendation(
            archetype: Recommendation.Scored(id: "functioneel", score: 0.9), archetypes: real.archetypes,
            tussenvorm: nil, intent: 0, nature: 0, agreements: [], forms: ranked, excludedForms: [],
            chosenForm: nil, signals: ["persoonlijke-aansprakelijkheid"], flips: [], trace: [],
            answers: answers.merging(["welke-vorm": .option("geen")]) { first, _ in first },
            applied: [], ignored: [], partner: nil, knowledgeVersion: "")
        let found = Set(checker.violations(of: fake, in: session).map(\.invariant))
        #expect(
            found.isSuperset(of: [
                .nonProfitFormWithProfitDistribution, .eeigWithoutForeignPartner,
                .privateLegalPersonFirstUnderCouncilControl, .missingArticle160Signal, .missingProcurementSignal,
                .signalAboutFormsNotOffered,
            ]))
    }

    @Test("a plot, agreements or signals that contradict the headline are found (j, k, l)")
    func findsContradictionsWithTheHeadline() throws {
        let knowledge = Fixture.shipped
        let checker = InvariantChecker(knowledge: knowledge)
        let builder = RecommendationBuilder(knowledge: knowledge)
        let answers: [String: Answer] = ["ambitie": .option("verbeteren"), "aard": .option("delen")]
        let (real, session) = builder.consultation(for: AnswerSet(answers: answers), findsFlips: false)
        #expect(real.archetype?.id == "functioneel")
        #expect(checker.violations(of: real, in: session).isEmpty)

        let transactional = try #require(knowledge.archetype("transactioneel"))
        let foreignAgreement = try #require(
            transactional.agreements.first { !(knowledge.archetype("functioneel")?.agreements ?? []).contains($0) })
        let growth = Recommendation.Step(
            rule: "signaal-groei-naar-functioneel",
            concluded: [
                Recommendation.Conclusion(attribute: "signal", value: "groei-naar-functioneel", contribution: 0.25)
            ])
        let contradicting = Recommendation(
            archetype: real.archetype, archetypes: real.archetypes, tussenvorm: nil,
            intent: 0.8, nature: -0.6, agreements: real.agreements + [foreignAgreement], forms: real.forms,
            excludedForms: real.excludedForms, chosenForm: nil, signals: ["groei-naar-functioneel"], flips: [],
            trace: real.trace + [growth], answers: real.answers, applied: real.applied, ignored: [], partner: nil,
            knowledgeVersion: real.knowledgeVersion)
        let found = checker.violations(of: contradicting, in: session)
        #expect(
            Set(found.map(\.invariant)) == [
                .plotContradictsHeadline, .agreementsContradictHeadline, .signalForAnotherArchetype,
            ])
        #expect(found.contains { $0.detail.contains("the mark is at vernieuwen/uitwisselen") })
        #expect(found.contains { $0.detail.contains(foreignAgreement) })
        #expect(found.contains { $0.detail.contains("raised only for [\"transactioneel\"]") })
    }
}
