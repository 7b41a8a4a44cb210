import Foundation
import KnowledgeBase
import TestSupport
import Testing

@testable import Advisor

/// The shipped case suite run in process, for what the command `grondvorm test` does not check.
@Suite("The shipped case suite")
struct ShippedCaseSuiteTests {
    /// The shipped cases with only their plain variant: the answers as the member gave them.
    static let plainCases: [KnowledgeCase] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let folder = root.appendingPathComponent("Knowledge/cases")
        do {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
            let files = try names.map { name in
                (path: "cases/\(name)", bytes: [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))))
            }
            return try CaseFile.read(files, knowledge: Fixture.shipped).map { item in
                KnowledgeCase(
                    id: item.id, path: item.path, sector: item.sector, title: item.title, description: item.description,
                    source: item.source, expected: item.expected, tussenvorm: item.tussenvorm,
                    forbiddenForms: item.forbiddenForms, signals: item.signals,
                    variants: item.variants.filter { $0.name == "plain" })
            }
        } catch {
            fatalError("the shipped cases do not read:\n\(error)")
        }
    }()

    /// The first question says "about N questions"; on every real collaboration N is within two of
    /// the number the interview then really asks (issue 8).
    /// Every sixth case by default; all of them with `GRONDVORM_FULL_SAMPLE=1` (CI).
    @Test func theFirstEstimateIsWithinTwoOfTheQuestionsAsked() {
        #expect(Self.plainCases.count >= 80)
        let cases = Self.plainCases.enumerated().filter { Sampling.isFull || $0.offset % 6 == 0 }.map(\.element)
        let result = CaseSuite.run(cases, knowledge: Fixture.shipped)
        #expect(result.runs.count == cases.count)
        for run in result.runs {
            #expect(
                abs(run.firstEstimate - run.asked.count) <= 2,
                "\(run.caseID): estimated \(run.firstEstimate), asked \(run.asked.count)")
        }
    }
}
