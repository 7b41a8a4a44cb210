import Foundation
import TestSupport
import Testing

/// The interactive consultation on a real pseudo-terminal.
@Suite("End to end: terminal", .enabled(if: TerminalSession.isAvailable, "needs util-linux 'script'"))
struct TerminalEndToEndTests {
    private let fixture = GrondvormProcess.golden("knowledge")

    /// Waits for each question on the screen and types its answer.
    private func answer(
        _ script: [(question: String, answer: String)], on session: TerminalSession,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        for step in script {
            #expect(session.waitFor(step.question), "\(session.screen)", sourceLocation: sourceLocation)
            try session.type(step.answer + "\n")
        }
    }

    /// Waits for the follow-up menu after the recommendation and closes it with Enter.
    private func closeFollowUp(
        on session: TerminalSession, language: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let prompt = language == "nl" ? "Keuze (1-3, Enter = klaar):" : "Choice (1-3, Enter = done):"
        #expect(session.waitFor(prompt), "\(session.screen)", sourceLocation: sourceLocation)
        try session.type("\n")
    }

    /// The prompt appears on the terminal, an answer is taken, and Ctrl-C ends with exit 130.
    @Test func promptThenControlC() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TerminalSession(
            ["--knowledge", fixture, "--lang", "en"], environment: ["NO_COLOR": "1", "TERM": "xterm"], in: folder)
        #expect(session.waitFor("Why do you want to work together?"), "\(session.screen)")
        #expect(session.waitFor("1"))
        try session.type("1\n")
        #expect(session.waitFor("Will you set up or own something together?"), "\(session.screen)")
        try session.type("\u{03}")
        #expect(session.exitCode() == 130, "\(session.screen)")
        #expect(!session.screen.contains("Transactional collaboration"))
        #expect(!session.screen.contains("\u{1B}["))
    }

    /// A full interactive consultation on the terminal ends with the recommendation and exit 0.
    @Test func completeConsultation() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TerminalSession(
            ["--knowledge", fixture, "--lang", "nl"], environment: ["NO_COLOR": "1", "TERM": "xterm"], in: folder)
        try answer(
            [
                ("Waarom willen jullie samenwerken?", "1"), ("Gaan jullie samen iets inrichten of bezitten?", "ja"),
                ("Wie zijn de partners?", "2"), ("Moet de samenwerking zelf personeel in dienst nemen?", "nee"),
            ], on: session)
        try closeFollowUp(on: session, language: "nl")
        #expect(session.exitCode() == 0, "\(session.screen)")
        #expect(session.screen.contains("Functioneel samenwerken"))
    }

    /// `grondvorm > report.txt` (and with `--interactive`) on a terminal: the interview is on the
    /// screen, the file holds the report alone, as for `--format json` (issue 11, defect 1).
    @Test(arguments: [[], ["--interactive"], ["--format", "markdown"]])
    func redirectedReportKeepsTheInterviewOnTheTerminal(flags: [String]) throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TerminalSession(
            ["--knowledge", fixture, "--lang", "en"] + flags, environment: ["NO_COLOR": "1", "TERM": "xterm"],
            in: folder,
            standardOutput: "report.txt")
        try answer(
            [
                ("Why do you want to work together?", "1"), ("Will you set up or own something together?", "yes"),
                ("Who are the partners?", "2"), ("Must the collaboration employ staff itself?", "no"),
            ], on: session)
        try closeFollowUp(on: session, language: "en")
        #expect(session.exitCode() == 0, "\(session.screen)")
        let report = try String(contentsOf: folder.appendingPathComponent("report.txt"), encoding: .utf8)
        let title = flags.contains("markdown") ? "# Grondvorm advice\n" : "Grondvorm advice\n"
        #expect(report.hasPrefix(title), "\(report)")
        // The question's text is in the file only as a row of the Markdown report's answers table.
        let asked = report.split(separator: "\n").filter { $0.contains("Why do you want to work together?") }
        #expect(asked == (flags.contains("markdown") ? ["| Why do you want to work together? | Cutting costs |"] : []))
        #expect(!session.screen.contains("Grondvorm advice"))
    }

    /// Colour on a terminal, and none with NO_COLOR, --no-color or TERM=dumb.
    @Test(
        arguments: [
            ([:], [], true),
            (["NO_COLOR": "1"], [], false),
            (["NO_COLOR": ""], [], true),
            ([:], ["--no-color"], false),
            (["TERM": "dumb"], [], false),
        ] as [([String: String], [String], Bool)])
    func colour(environment: [String: String], flags: [String], expectsColour: Bool) throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var variables: [String: String?] = ["TERM": "xterm-256color"]
        for (key, value) in environment { variables[key] = value }
        let answers = [
            "--answer", "motieven=kosten-besparen", "--answer", "samen-delen=yes", "--answer", "partners=publiek",
            "--answer", "eigen-personeel=no",
        ]
        let session = try TerminalSession(
            ["--knowledge", fixture, "--lang", "en"] + answers + flags, environment: variables, in: folder)
        try closeFollowUp(on: session, language: "en")
        #expect(session.exitCode() == 0, "\(session.screen)")
        #expect(session.screen.contains("Functional collaboration"))
        #expect(session.screen.contains("\u{1B}[") == expectsColour)
    }

    /// Save, interrupt with Ctrl-C, resume: no answer is lost, none is asked twice, and the
    /// report is the one an uninterrupted run gives (issue 11, save and resume).
    @Test func saveInterruptResumeGivesTheSameRecommendation() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment: [String: String?] = ["NO_COLOR": "1", "TERM": "xterm"]
        let uninterrupted = try GrondvormProcess.run(
            ["--knowledge", fixture, "--lang", "nl"], input: "1\nja\n2\nnee\n")
        #expect(uninterrupted.exitCode == 0, "\(uninterrupted.standardError)")

        let first = try TerminalSession(
            ["--knowledge", fixture, "--lang", "nl", "--save", "saved.json"], environment: environment, in: folder)
        try answer(
            [("Waarom willen jullie samenwerken?", "1"), ("Gaan jullie samen iets inrichten of bezitten?", "ja")],
            on: first)
        #expect(first.waitFor("Wie zijn de partners?"), "\(first.screen)")
        try first.type("\u{03}")
        #expect(first.exitCode() == 130, "\(first.screen)")
        let saved = try String(contentsOf: folder.appendingPathComponent("saved.json"), encoding: .utf8)
        #expect(saved.contains("\"motieven\"") && saved.contains("\"samen-delen\": true"), "\(saved)")
        #expect(!saved.contains("\"partners\""))

        let second = try TerminalSession(
            ["--knowledge", fixture, "--lang", "nl", "--resume", "saved.json"], environment: environment, in: folder,
            standardOutput: "report.txt")
        #expect(second.waitFor("Verder met 2 antwoorden uit 'saved.json'."), "\(second.screen)")
        try answer(
            [("Wie zijn de partners?", "2"), ("Moet de samenwerking zelf personeel in dienst nemen?", "nee")],
            on: second)
        try closeFollowUp(on: second, language: "nl")
        #expect(second.exitCode() == 0, "\(second.screen)")
        #expect(!second.screen.contains("Waarom willen jullie samenwerken?"))
        let report = try String(contentsOf: folder.appendingPathComponent("report.txt"), encoding: .utf8)
        #expect(report == uninterrupted.standardOutput)
        let final = try String(contentsOf: folder.appendingPathComponent("saved.json"), encoding: .utf8)
        #expect(final.contains("\"partners\": \"privaat\"") && final.contains("\"eigen-personeel\": false"), "\(final)")
    }

    /// After the recommendation on a terminal: change an answer and see what changes, keep it,
    /// save the advice as Markdown and the answers, and end with Enter (issue 11: what-if at the
    /// terminal, saving at the end). The report on standard output stays the original one.
    @Test func followUpWhatIfAndSaving() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TerminalSession(
            ["--knowledge", fixture, "--lang", "nl"],
            environment: ["NO_COLOR": "1", "TERM": "xterm", "SOURCE_DATE_EPOCH": "1764633600"], in: folder,
            standardOutput: "report.txt")
        try answer(
            [
                ("Waarom willen jullie samenwerken?", "1"), ("Gaan jullie samen iets inrichten of bezitten?", "ja"),
                ("Wie zijn de partners?", "2"), ("Moet de samenwerking zelf personeel in dienst nemen?", "nee"),
                ("Keuze (1-3, Enter = klaar):", "1"), ("Vraag (1-4 of de id, Enter = terug):", "1"),
                ("Antwoord (een of meer nummers", "2"), ("Deze verandering aanhouden", "ja"),
                ("Nog iets?", "2"), ("Bestandsnaam, op .md of .html", "advies.md"),
                ("Opgeslagen in 'advies.md'.", "3"), ("Bestandsnaam, op .json", "antwoorden.json"),
                ("Opgeslagen in 'antwoorden.json'.", ""),
            ], on: session)
        #expect(session.exitCode() == 0, "\(session.screen)")
        #expect(session.screen.contains("Wat als"))
        #expect(
            session.screen.contains("Functioneel samenwerken (0.80) → Ondernemend samenwerken (0.80)"),
            "\(session.screen)")
        let report = try String(contentsOf: folder.appendingPathComponent("report.txt"), encoding: .utf8)
        #expect(report.contains("Functioneel samenwerken"))
        let advice = try String(contentsOf: folder.appendingPathComponent("advies.md"), encoding: .utf8)
        #expect(advice.hasPrefix("# Grondvorm-advies\n"), "\(advice)")
        #expect(advice.contains("Ondernemend samenwerken"))
        let saved = try String(contentsOf: folder.appendingPathComponent("antwoorden.json"), encoding: .utf8)
        #expect(saved.contains("\"nieuw-aanbod\""), "\(saved)")
        // The saved answers give the saved advice.
        let again = try GrondvormProcess.run(
            ["--knowledge", fixture, "--lang", "nl", "--answers", "antwoorden.json", "--format", "markdown"],
            environment: ["SOURCE_DATE_EPOCH": "1764633600"], in: folder)
        #expect(again.exitCode == 0, "\(again.standardError)")
        #expect(again.standardOutput == advice)
    }
}
