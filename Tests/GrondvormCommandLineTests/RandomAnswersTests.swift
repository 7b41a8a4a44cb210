@testable import Advisor
@testable import GrondvormCommandLine
import Foundation
import JSON
import KnowledgeBase
import TestSupport
import Testing
import Utilities

/// Seeded random valid answer sets, built from the question listing, each run the way
/// `grondvorm --answers FILE --format json --no-input` runs it: valid JSON with every required
/// field, byte-identical when run twice, and (for the first seeds) byte-identical to the built
/// binary's output.
///
/// Each knowledge base is loaded once, through the command line's own loader, and one
/// recommendation builder serves every seed, so the flip rules are computed once. By default a
/// small sample runs; `GRONDVORM_FULL_SAMPLE=1` runs all 500 seeds per base (`.ci/run` does).
@Suite("Command line: random answer sets")
struct RandomAnswersTests {
    /// Which knowledge base the answers are for.
    enum Base: String, CaseIterable, Sendable {
        /// The small fixture of the end-to-end tests.
        case fixture
        /// The knowledge base built into the program.
        case shipped

        /// Where the program finds this base.
        var source: KnowledgeSource {
            switch self {
            case .fixture:
                let path = GrondvormProcess.fixtureKnowledge.path
                return .folder(shown: path, resolved: path)
            case .shipped: return .shipped
            }
        }

        /// The arguments that choose this base.
        var arguments: [String] {
            switch self {
            case .fixture: return ["--knowledge", GrondvormProcess.fixtureKnowledge.path]
            case .shipped: return []
            }
        }
    }

    /// Seeds per base.
    static let count = Sampling.count(small: 8, full: 500)
    /// How many of the first seeds are also run through the built binary.
    static let comparedWithBinary = Sampling.count(small: 2, full: 10)
    /// The seeds are split into this many test cases, so they run in parallel.
    static let chunks = 4

    /// A knowledge base made ready once for every seed.
    struct Prepared: Sendable {
        let knowledge: Knowledge
        /// The questions of `grondvorm questions --format json`.
        let questions: [JSONValue]
        let builder: RecommendationBuilder
    }

    struct PreparationError: Error, CustomStringConvertible {
        let description: String
    }

    /// Each base, loaded and listed once.
    private static let prepared: [Base: Result<Prepared, PreparationError>] = Dictionary(
        uniqueKeysWithValues: Base.allCases.map { ($0, prepare($0)) })

    private static func prepare(_ base: Base) -> Result<Prepared, PreparationError> {
        do {
            let knowledge = try base.source.load(from: LocalFileSystem())
            let listing = QuestionListing.render(knowledge: knowledge, language: .en, format: .json)
            guard let questions = try JSONParser.parse(listing).objectValue?["questions"]?.arrayValue,
                !questions.isEmpty
            else { return .failure(PreparationError(description: "no questions in \(listing)")) }
            return .success(
                Prepared(
                    knowledge: knowledge, questions: questions, builder: RecommendationBuilder(knowledge: knowledge)))
        } catch {
            return .failure(PreparationError(description: "\(error)"))
        }
    }

    @Test(arguments: Base.allCases, 0..<chunks)
    func randomAnswerSets(base: Base, chunk: Int) throws {
        let prepared = try #require(Self.prepared[base]).get()
        let scratch = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }

        for seed in stride(from: chunk, to: Self.count, by: Self.chunks) {
            var generator = SplitMix64(seed: UInt64(seed) &* 0x9E37_79B9 &+ 1)
            let answers = Self.answerFile(for: prepared.questions, using: &generator)
            let language: Language = seed % 2 == 0 ? .nl : .en

            let first = try Self.report(answers, language: language, with: prepared)
            let second = try Self.report(answers, language: language, with: prepared)
            #expect(first == second, "seed \(seed): not byte-identical")
            let problems = ReportSchema.problems(in: first, knowledgeVersion: prepared.knowledge.version)
            #expect(problems.isEmpty, "seed \(seed): \(problems)\n\(answers)")

            if seed < Self.comparedWithBinary {
                try Data(answers.utf8).write(to: scratch.appendingPathComponent("answers.json"))
                let arguments =
                    ["--answers", "answers.json", "--format", "json", "--no-input", "--lang", language.rawValue]
                    + base.arguments
                let binary = try GrondvormProcess.run(arguments, in: scratch)
                #expect(binary.exitCode == 0, "seed \(seed): \(binary.standardError)")
                #expect(binary.standardOutput == first, "seed \(seed): binary and in-process output differ")
            }
        }
    }

    /// The report for an answers file, as `--answers FILE --format json --no-input` makes it:
    /// the answers parsed, defaults taken, no answer missing.
    private static func report(_ answers: String, language: Language, with prepared: Prepared) throws -> String {
        let set = try AnswerSet.parse(json: Array(answers.utf8), source: "answers.json", knowledge: prepared.knowledge)
        let plan = MissingAnswers(knowledge: prepared.knowledge, answers: set)
        #expect(plan.missing.isEmpty, "answers missing: \(plan.missing.map(\.question.id))")
        let settings = ConsultationSettings(language: language, format: .json, mode: .noPrompt, answers: set)
        return ReportRenderer(knowledge: prepared.knowledge, settings: settings)
            .render(prepared.builder.recommendation(for: plan.answers))
    }

    /// A random valid answers file for the listed questions: every question answered (an answer
    /// to a question that does not apply is ignored), sometimes with a partner name.
    static func answerFile(for questions: [JSONValue], using generator: inout SplitMix64) -> String {
        var answers = JSONObject()
        for question in questions {
            guard let question = question.objectValue, let id = question["id"]?.stringValue else { continue }
            let options = (question["options"]?.arrayValue ?? []).compactMap { $0.objectValue?["id"]?.stringValue }
            switch question["kind"]?.stringValue {
            case "one-of":
                if let option = options.randomElement(using: &generator) { answers[id] = .string(option) }
            case "many-of":
                var chosen = options.filter { _ in Bool.random(using: &generator) }
                if chosen.isEmpty, let option = options.randomElement(using: &generator) { chosen = [option] }
                // An exclusive option ("none of these") stands alone.
                let exclusive = (question["options"]?.arrayValue ?? []).compactMap { option -> String? in
                    option.objectValue?["exclusive"]?.boolValue == true ? option.objectValue?["id"]?.stringValue : nil
                }
                if chosen.count > 1, let alone = chosen.first(where: exclusive.contains) {
                    chosen = Bool.random(using: &generator) ? [alone] : chosen.filter { $0 != alone }
                }
                answers[id] = .array(chosen.map { .string($0) })
            case "yes-no":
                answers[id] = .bool(Bool.random(using: &generator))
            case "scale":
                let low = Int(question["min"]?.numberValue ?? 1)
                let high = Int(question["max"]?.numberValue ?? Double(low))
                answers[id] = .number(Double(Int.random(in: low...max(low, high), using: &generator)))
            default:
                Issue.record("unknown kind for \(id)")
            }
        }
        var file = JSONObject()
        file["answers"] = .object(answers)
        if Int.random(in: 0..<4, using: &generator) == 0 {
            file["partner"] = .string("Partner \(generator.next() % 100)")
        }
        return JSONValue.object(file).serialized(pretty: true) + "\n"
    }
}
