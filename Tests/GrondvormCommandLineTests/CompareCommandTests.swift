import Advisor
@testable import GrondvormCommandLine
import KnowledgeBase
import Testing

@Suite("Command line: compare")
struct CompareCommandTests {
    @Test func collectsTheAnswersFilesInOrder() throws {
        let request = try ArgumentParser.parse(["compare", "b.json", "--lang", "en", "a.json", "c.json"])
        guard case .run(let invocation) = request else {
            Issue.record("expected a run, got \(request)")
            return
        }
        #expect(invocation.subcommand == .compare)
        #expect(invocation.comparedPaths == ["b.json", "a.json", "c.json"])
        #expect(invocation.language == .en)
    }

    @Test(arguments: [["compare"], ["compare", "a.json"]])
    func needsTwoFiles(arguments: [String]) {
        #expect(throws: UsageError(.tooFewPartners(arguments.count - 1), subcommand: .compare)) {
            try ArgumentParser.parse(arguments)
        }
    }

    @Test func refusesOptionsOfAdvise() {
        #expect(
            throws: UsageError(.inapplicableOption(option: "--answers", subcommand: .compare), subcommand: .compare)
        ) {
            try ArgumentParser.parse(["compare", "--answers", "x.json", "a.json", "b.json"])
        }
    }

    @Test func tooFewFilesSaysSo() {
        let error = UsageError(.tooFewPartners(1), subcommand: .compare)
        #expect(
            error.rendered(in: .en) == """
                error: 'grondvorm compare' needs at least two answers files, one per partner; got 1
                See 'grondvorm compare --help'.

                """)
    }

    @Test(arguments: [
        ("noord.json", "noord"), ("data/gemeente.zuid.json", "gemeente.zuid"), ("/tmp/x", "x"),
        (".verborgen", ".verborgen"),
    ])
    func partnerNameFromTheFileName(path: String, name: String) {
        #expect(CommandRun.partnerName(forFile: path) == name)
    }

    @Test func repeatedNamesAreNumbered() {
        let partners = ["Noord", "Zuid", "Noord", "Noord"].map { PartnerAnswers(name: $0, answers: AnswerSet()) }
        #expect(CommandRun.uniquelyNamed(partners).map(\.name) == ["Noord", "Zuid", "Noord (2)", "Noord (3)"])
    }
}
