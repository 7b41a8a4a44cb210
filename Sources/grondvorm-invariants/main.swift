// grondvorm-invariants: checks issue 9's invariants on seeded random answer sets, through the
// consultation code the binary uses. The only file here that touches the process.
import Advisor
import Foundation
import KnowledgeBase
import ShippedKnowledge
import Utilities

/// Loads the knowledge: the folder `path`, or the shipped knowledge.
func loadKnowledge(from path: String?) throws -> Knowledge {
    guard let path else {
        return try KnowledgeLoader.load(
            files: ShippedKnowledge.files.map { SourceFile(path: "Knowledge/" + $0.name, bytes: $0.bytes) })
    }
    let folder = KnowledgeFolder(path: path)
    let entries = try FileManager.default.contentsOfDirectory(atPath: path).map { name in
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory)
        return KnowledgeFolder.Entry(name: name, isRegularFile: !isDirectory.boolValue)
    }
    let files = try folder.files(among: entries).map { file in
        SourceFile(
            path: file.shownPath, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path + "/" + file.name))))
    }
    return try KnowledgeLoader.load(files: files)
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data(("grondvorm-invariants: " + message + "\n").utf8))
}

let options: InvariantOptions
do {
    options = try InvariantOptions(arguments: Array(CommandLine.arguments.dropFirst()))
} catch {
    printError("error: \(error)\n\n" + InvariantOptions.usage)
    exit(64)
}
if options.wantsHelp {
    print(InvariantOptions.usage)
    exit(0)
}

let knowledge: Knowledge
do {
    knowledge = try loadKnowledge(from: options.knowledge)
} catch {
    printError("the knowledge does not load:\n\(error)")
    exit(65)
}

let checker = InvariantChecker(knowledge: knowledge)
let sampler = AnswerSampler(knowledge: knowledge)
var generator = SplitMix64(seed: options.seed)
var shown: [InvariantSummary.Failure] = []
var counts: [Invariant: Int] = [:]
var failingSets = 0
let clock = ContinuousClock()
let start = clock.now
for number in 1...max(1, options.count) where options.count > 0 {
    let answers = sampler.answers(using: &generator)
    let violations = checker.violations(for: answers).filter { options.invariants.contains($0.invariant) }
    guard !violations.isEmpty else { continue }
    failingSets += 1
    for violation in violations { counts[violation.invariant, default: 0] += 1 }
    if shown.count < options.shown {
        shown.append(InvariantSummary.Failure(number: number, answers: answers, violations: violations))
    }
}
let elapsed = clock.now - start
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18

let summary = InvariantSummary(
    knowledgeName: options.knowledge ?? "shipped \(knowledge.version)", seed: options.seed, checked: options.count,
    seconds: seconds, shown: shown, counts: counts, checkedInvariants: options.invariants, failingSets: failingSets,
    unknownNames: checker.unknownNames)
print(summary.text(questions: knowledge.questions), terminator: "")
exit(summary.hasViolations ? 1 : 0)
