import Advisor
@testable import GrondvormCommandLine
import TestSupport
import Foundation
import JSON
import KnowledgeBase
import Testing
import Utilities

/// 500 seeded random valid answer sets, built from `grondvorm questions --format json`, each run
/// through the whole program: valid JSON with every required field, byte-identical when run
/// twice, and (for the first ten) byte-identical to the built binary's output.
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

        var arguments: [String] {
            switch self {
            case .fixture: return ["--knowledge", GrondvormProcess.fixtureKnowledge.path]
            case .shipped: return []
            }
        }
    }

    static let count = 500
    static let comparedWithBinary = 10
    /// The seeds are split into this many test cases, so they run in parallel.
    static let chunks = 10

    /// The questions of `grondvorm questions --format json`, from the built binary, once per base.
    private static let listings: [Base: Result<[JSONValue], ListingError>] = Dictionary(
        uniqueKeysWithValues: Base.allCases.map { ($0, listing(for: $0)) })

    struct ListingError: Error, CustomStringConvertible {
        let description: String
    }

    private static func listing(for base: Base) -> Result<[JSONValue], ListingError> {
        do {
            let result = try GrondvormProcess.run(["questions", "--format", "json"] + base.arguments)
            guard result.exitCode == 0 else { return .failure(ListingError(description: result.standardError)) }
            guard let questions = try JSONParser.parse(result.standardOutput).objectValue?["questions"]?.arrayValue,
                !questions.isEmpty
            else { return .failure(ListingError(description: "no questions in \(result.standardOutput)")) }
            return .success(questions)
        } catch {
            return .failure(ListingError(description: "\(error)"))
        }
    }

    @Test(arguments: Base.allCases, 0..<chunks)
    func randomAnswerSets(base: Base, chunk: Int) throws {
        let questions = try #require(Self.listings[base]).get()
        let version = try base.source.load(from: LocalFileSystem()).version
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("grondvorm-random-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }

        for seed in stride(from: chunk, to: Self.count, by: Self.chunks) {
            var generator = SplitMix64(seed: UInt64(seed) &* 0x9E37_79B9 &+ 1)
            let answers = Self.answerFile(for: questions, using: &generator)
            let language = seed % 2 == 0 ? "nl" : "en"
            let arguments = ["--answers", "answers.json", "--format", "json", "--no-input", "--lang", language] + base.arguments

            let first = Self.runInProcess(arguments, answers: answers)
            let second = Self.runInProcess(arguments, answers: answers)
            #expect(first.code == .success, "seed \(seed): \(first.errors)\n\(answers)")
            guard first.code == .success else { continue }
            #expect(first.errors.isEmpty, "seed \(seed)")
            #expect(first.output == second.output, "seed \(seed): not byte-identical")

            let problems = ReportSchema.problems(in: first.output, knowledgeVersion: version)
            #expect(problems.isEmpty, "seed \(seed): \(problems)\n\(answers)")

            if seed < Self.comparedWithBinary {
                let file = scratch.appendingPathComponent("answers.json")
                try Data(answers.utf8).write(to: file)
                let binary = try GrondvormProcess.run(arguments, in: scratch)
                #expect(binary.exitCode == 0, "seed \(seed): \(binary.standardError)")
                #expect(binary.standardOutput == first.output, "seed \(seed): binary and in-process output differ")
            }
        }
    }

    /// One run of the program with `answers` as `/work/answers.json` on a fake file system; the
    /// `--knowledge` folder, if any, is the real one.
    private static func runInProcess(_ arguments: [String], answers: String) -> (code: ExitCode, output: String, errors: String) {
        let console = ScriptedConsole()
        let fileSystem = AnswersOverlay(answers: Array(answers.utf8), at: "/work/answers.json")
        let code = GrondvormCommand.run(
            arguments: arguments, environment: Environment(variables: [:], currentDirectory: "/work"), console: console,
            fileSystem: fileSystem)
        return (code, console.output, console.errors)
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
        if Int.random(in: 0..<4, using: &generator) == 0 { file["partner"] = .string("Partner \(generator.next() % 100)") }
        return JSONValue.object(file).serialized(pretty: true) + "\n"
    }
}

/// The real file system, plus one answers file that exists only in memory.
private struct AnswersOverlay: FileSystem {
    let answers: [UInt8]
    let path: String
    private let real = LocalFileSystem()

    init(answers: [UInt8], at path: String) {
        self.answers = answers
        self.path = path
    }

    func kind(at path: String) -> FileKind? { path == self.path ? .file : real.kind(at: path) }
    func contents(ofFile path: String) throws(FileSystemError) -> [UInt8] {
        path == self.path ? answers : try real.contents(ofFile: path)
    }
    func entries(ofFolder path: String) throws(FileSystemError) -> [String] { try real.entries(ofFolder: path) }
    func writeAtomically(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        throw FileSystemError(path: path, reason: .permissionDenied)
    }
}

