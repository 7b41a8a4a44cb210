import Foundation
import TestSupport
import Testing

/// `grondvorm advise --partners "A,B"` on a real pseudo-terminal: each partner answers in turn on
/// the shipped knowledge base, the screen is cleared between turns, then the comparison follows.
@Suite("End to end: partner round", .enabled(if: TerminalSession.isAvailable, "needs util-linux 'script'"))
struct PartnerRoundEndToEndTests {
    /// A school director who wants to exchange knowledge (one answer per question, in asking order).
    static let exchanging = [
        "kennis-uitwisselen", "vernieuwen", "uitwisselen", "no", "no", "no", "ieder-eigen", "geen", "semipubliek",
        "veel-of-open", "geen",
    ]
    /// A school director who wants joint projects with a shared budget.
    static let sharingBudget = [
        "gezamenlijke-voorzieningen,investeringen-bundelen", "vernieuwen", "delen", "no", "no", "no",
        "gedeeld-bedrijfsvoering", "geen", "semipubliek", "veel-of-open", "geen",
    ]

    /// How often `text` occurs on the screen.
    private func count(_ text: String, on session: TerminalSession) -> Int {
        session.screen.components(separatedBy: text).count - 1
    }

    /// Waits until the screen shows `text` at least `times` times.
    private func waitFor(_ text: String, times: Int, on session: TerminalSession) -> Bool {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            if count(text, on: session) >= times { return true }
            usleep(5_000)
        }
        return false
    }

    /// Types each answer when its prompt appears; `asked` prompts were shown before.
    private func answer(_ answers: [String], after asked: Int, on session: TerminalSession) throws {
        for (offset, answer) in answers.enumerated() {
            #expect(waitFor("Answer (", times: asked + offset + 1, on: session), "\(session.screen)")
            try session.type(answer + "\n")
        }
    }

    @Test func eachPartnerInTurnThenTheComparison() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TerminalSession(
            ["--partners", "De Linde, Het Anker", "--lang", "en"], environment: ["NO_COLOR": "1", "TERM": "xterm"],
            in: folder, standardOutput: "comparison.txt")
        #expect(session.waitFor("== Partner 1 of 2: De Linde =="), "\(session.screen)")
        try answer(Self.exchanging, after: 0, on: session)
        #expect(session.waitFor("Hand the screen to Het Anker and press Enter."), "\(session.screen)")
        #expect(!session.screen.contains("== Partner 2 of 2"))
        try session.type("\n")
        #expect(session.waitFor("== Partner 2 of 2: Het Anker =="), "\(session.screen)")
        try answer(Self.sharingBudget, after: Self.exchanging.count, on: session)
        #expect(session.exitCode() == 0, "\(session.screen)")

        // The screen was cleared (with its scrollback) between the turns: the second partner
        // starts on an empty screen, below which nothing of the first partner's answers shows.
        let screen = session.screen
        let clear = "\u{1B}[H\u{1B}[2J\u{1B}[3J"
        let turns = screen.components(separatedBy: clear)
        #expect(turns.count == 2)
        #expect(turns.last?.hasPrefix("== Partner 2 of 2: Het Anker ==") == true)
        #expect(turns.last?.contains("kennis-uitwisselen") == false)
        #expect(turns.first?.contains("kennis-uitwisselen") == true)

        let comparison = try String(contentsOf: folder.appendingPathComponent("comparison.txt"), encoding: .utf8)
        #expect(comparison.hasPrefix("Comparison of 2 partners\n"))
        #expect(comparison.contains("  A  De Linde: "))
        #expect(comparison.contains("  B  Het Anker: "))
        #expect(comparison.contains("Level: serious."))
        #expect(comparison.contains("Exchanging knowledge or joint projects with a shared budget (serious)"))

        // Each partner's answers were saved as they went, one file each, named after the partner;
        // comparing the saved files gives the same comparison.
        #expect(
            screen.contains(
                "Each partner's answers are saved after every answer in 'de-linde.json' and 'het-anker.json'."))
        for (file, partner, motive) in [
            ("de-linde.json", "De Linde", "kennis-uitwisselen"),
            ("het-anker.json", "Het Anker", "investeringen-bundelen"),
        ] {
            let saved = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(saved.contains("\"partner\": \"\(partner)\""), "\(saved)")
            #expect(saved.contains(motive), "\(saved)")
        }
        let again = try GrondvormProcess.run(
            ["compare", "de-linde.json", "het-anker.json", "--lang", "en"], in: folder)
        #expect(again.exitCode == 0, "\(again.standardError)")
        #expect(again.standardOutput == comparison)
    }

    @Test func answersAreSavedAsTheyGoAndNeverReplaced() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("ronde"), withIntermediateDirectories: false)
        // Stopped after two answers: the first partner's file holds them.
        let session = try TerminalSession(
            ["--partners", "Noord,Zuid", "--save", "ronde", "--lang", "nl"],
            environment: ["NO_COLOR": "1", "TERM": "xterm"], in: folder, standardOutput: "vergelijking.txt")
        #expect(session.waitFor("Antwoord ("), "\(session.screen)")
        try session.type("kennis-uitwisselen\n")
        #expect(waitFor("Antwoord (", times: 2, on: session), "\(session.screen)")
        try session.type("vernieuwen\n")
        #expect(waitFor("Antwoord (", times: 3, on: session), "\(session.screen)")
        try session.type("stop\n")
        #expect(session.exitCode() == 1, "\(session.screen)")
        let noord = try String(contentsOf: folder.appendingPathComponent("ronde/noord.json"), encoding: .utf8)
        #expect(noord.contains("\"partner\": \"Noord\""), "\(noord)")
        #expect(noord.contains("kennis-uitwisselen") && noord.contains("vernieuwen"), "\(noord)")

        // A second round into the same folder would replace them: refused before anything is asked.
        let refused = try GrondvormProcess.run(
            ["--partners", "Noord,Zuid", "--save", "ronde"], in: folder)
        #expect(refused.exitCode == 73)
        #expect(
            refused.standardError
                == "error: 'ronde/noord.json' exists already and is not replaced; move it or choose another folder with --save\n"
        )
        #expect(try String(contentsOf: folder.appendingPathComponent("ronde/noord.json"), encoding: .utf8) == noord)
        let missing = try GrondvormProcess.run(["--partners", "Noord,Zuid", "--save", "nergens"], in: folder)
        #expect(missing.exitCode == 73)
        #expect(missing.standardError.hasPrefix("error: 'nergens' is not a folder"))
    }

    @Test func stopEndsTheRoundWithoutAComparison() throws {
        let folder = try GrondvormProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try TerminalSession(
            ["--partners", "Noord,Zuid", "--lang", "nl"], environment: ["NO_COLOR": "1", "TERM": "xterm"],
            in: folder, standardOutput: "vergelijking.txt")
        #expect(session.waitFor("== Partner 1 van 2: Noord =="), "\(session.screen)")
        #expect(session.waitFor("Antwoord ("), "\(session.screen)")
        try session.type("stop\n")
        #expect(session.exitCode() == 1, "\(session.screen)")
        let written =
            (try? String(contentsOf: folder.appendingPathComponent("vergelijking.txt"), encoding: .utf8)) ?? ""
        #expect(written == "")
    }

    @Test func partnersNeedTwoDifferentNames() throws {
        for names in ["Noord", "Noord,Noord", " , Zuid"] {
            let result = try GrondvormProcess.run(["--partners", names])
            #expect(result.exitCode == 64)
            #expect(
                result.standardError.hasPrefix(
                    "error: invalid value '\(names)' for '--partners'; expected at least two different names, separated by commas\n"
                ))
        }
        let conflict = try GrondvormProcess.run(["--partners", "A,B", "--answers", "a.json"])
        #expect(conflict.exitCode == 64)
        #expect(
            conflict.standardError.hasPrefix("error: options '--partners' and '--answers' cannot be used together\n"))
    }
}
