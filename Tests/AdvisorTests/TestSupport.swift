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
    ///
    /// - Parameters:
    ///   - replacing: Text replacements per file name, applied in order (each must occur).
    ///   - adding: Extra files, by name.
    static func load(
        _ name: String, replacing: [(file: String, find: String, with: String)] = [], adding: [String: String] = [:]
    ) -> Knowledge {
        let directory = folder.appendingPathComponent(name)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        var texts = names.filter { $0.hasSuffix(".gvk") }.sorted().map { file in
            let data = (try? Data(contentsOf: directory.appendingPathComponent(file))) ?? Data()
            return (file, String(decoding: data, as: UTF8.self))
        }
        for edit in replacing {
            guard let index = texts.firstIndex(where: { $0.0 == edit.file }), texts[index].1.contains(edit.find) else {
                fatalError("fixture '\(name)': '\(edit.find)' is not in '\(edit.file)'")
            }
            texts[index].1 = texts[index].1.replacingOccurrences(of: edit.find, with: edit.with)
        }
        texts += adding.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        let files = texts.map { file, text in
            SourceFile(path: "Fixtures/\(name)/\(file)", bytes: Array(text.utf8))
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
    /// The small base with a question that lists the forms (`welke-vorm`), and the signal `wgr`
    /// made about the operational management body (`about-forms bedrijfsvoeringsorganisatie`)
    /// and raised whenever the partners are known, so that it is raised also when that form is
    /// excluded (for private partners).
    static let withFormQuestion: Knowledge = load(
        "small",
        replacing: [
            ("5-rules.gvk", "signal wgr\n", "signal wgr\n  about-forms bedrijfsvoeringsorganisatie\n"),
            (
                "5-rules.gvk", "  when partners = publiek or partners = gemengd\n  then signal = wgr",
                "  when partners is known\n  then signal = wgr"
            ),
        ],
        adding: [
            "6-form-question.gvk": """
            question welke-vorm
              kind one-of
              text
                nl "Welke vorm heeft u in gedachten?"
                en "Which form do you have in mind?"
              why
                nl "Het advies zegt of die vorm past."
                en "The advice says whether that form fits."
              options forms
              option geen
                label
                  nl "Geen"
                  en "None"

            # The loader asks that a rule reads every option; this one adds only a little
            # evidence against a signal, so it changes no outcome.
            rule vorm-genoemd
              when welke-vorm = geen or welke-vorm = samenwerkingsovereenkomst or welke-vorm = dvo
                or welke-vorm = stichting or welke-vorm = cooperatie
                or welke-vorm = bedrijfsvoeringsorganisatie
              then signal = mededinging with -0.1
              because
                nl "Een genoemde vorm zegt niets over mededinging."
                en "A form named says nothing about competition."

            """
        ])
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
        do {
            return try KnowledgeLoader.load(files: try shippedFiles())
        } catch {
            fatalError("the shipped knowledge does not load:\n\(error)")
        }
    }()

    /// The files of the repository's `Knowledge/` folder, as the loader takes them.
    static func shippedFiles() throws -> [SourceFile] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let directory = root.appendingPathComponent("Knowledge")
        let entries = try FileManager.default.contentsOfDirectory(atPath: directory.path).map {
            KnowledgeFolder.Entry(name: $0, isRegularFile: true)
        }
        return try KnowledgeFolder(path: directory.path).files(among: entries).map { file in
            SourceFile(
                path: file.shownPath, bytes: [UInt8](try Data(contentsOf: directory.appendingPathComponent(file.name))))
        }
    }
}
