import Advisor
import Inference
import Foundation
import KnowledgeBase

/// The test knowledge bases.
enum Fixture {
    /// The folder holding this file's fixtures.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The small, complete test knowledge base in `Fixtures/small`.
    static let small: Knowledge = load("small")

    /// Loads a fixture folder; crashes the test run with the diagnostics if it does not load.
    static func load(_ name: String) -> Knowledge {
        let directory = folder.appendingPathComponent(name)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        let files = names.filter { $0.hasSuffix(".gvk") }.sorted().map { file in
            let data = (try? Data(contentsOf: directory.appendingPathComponent(file))) ?? Data()
            return SourceFile(path: "Fixtures/\(name)/\(file)", bytes: [UInt8](data))
        }
        do {
            return try KnowledgeLoader.load(files: files)
        } catch {
            fatalError("fixture '\(name)' does not load:\n\(error)")
        }
    }

    /// An answer set from literal answers.
    static func answers(_ answers: [String: Answer], partner: String? = nil) -> AnswerSet {
        AnswerSet(answers: answers, partner: partner)
    }

    /// A complete answer set for the small base that gives functional collaboration.
    static let functional: [String: Answer] = [
        "motieven": .options(["kosten-besparen", "continuiteit"]),
        "ambitie": .option("verbeteren"),
        "aard": .option("delen"),
        "hele-functie": .boolean(true),
        "afhankelijkheid": .number(4),
        "partners": .option("publiek"),
        "eigen-personeel": .boolean(true),
    ]
}

extension Fixture {
    /// Answers for the small base that give functional collaboration with transactional
    /// collaboration close behind (a tussenvorm): functioneel 0.85, transactioneel 0.80.
    static let hybrid: [String: Answer] = [
        "motieven": .options(["kosten-besparen", "continuiteit", "kennis-uitwisselen"]),
        "ambitie": .option("verbeteren"),
        "aard": .option("weet-niet"),
        "hele-functie": .boolean(true),
        "afhankelijkheid": .number(2),
        "partners": .option("privaat"),
        "eigen-personeel": .boolean(false),
    ]
}

extension Fixture {
    /// The shipped knowledge base, loaded from the repository's `Knowledge/` folder.
    static let shipped: Knowledge = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        do {
            let directory = root.appendingPathComponent("Knowledge")
            let entries = try FileManager.default.contentsOfDirectory(atPath: directory.path).map {
                KnowledgeFolder.Entry(name: $0, isRegularFile: true)
            }
            let files = try KnowledgeFolder(path: directory.path).files(among: entries).map { file in
                SourceFile(path: file.shownPath, bytes: [UInt8](try Data(contentsOf: directory.appendingPathComponent(file.name))))
            }
            return try KnowledgeLoader.load(files: files)
        } catch {
            fatalError("the shipped knowledge does not load:\n\(error)")
        }
    }()
}
