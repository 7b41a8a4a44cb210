@testable import GrondvormCommandLine
import TestSupport
import Testing

@Suite("Command line: the report's date")
struct EnvironmentPolicyReportDateTests {
    @Test(arguments: [
        (0, "1970-01-01"),
        (86_399, "1970-01-01"),
        (86_400, "1970-01-02"),
        (951_782_400, "2000-02-29"),
        (951_868_800, "2000-03-01"),
        (1_767_225_599, "2025-12-31"),
        (1_767_225_600, "2026-01-01"),
        (4_107_542_400, "2100-03-01"),
        (253_402_300_799, "9999-12-31"),
        (-1, "1969-12-31"),
    ])
    func calendarDateInUTC(seconds: Int, expected: String) {
        #expect(EnvironmentPolicy.date(secondsSinceEpoch: seconds) == expected)
    }

    /// `SOURCE_DATE_EPOCH` wins over the clock (reproducible output); a malformed one is ignored;
    /// without either there is no date.
    @Test(
        arguments: [
            (["SOURCE_DATE_EPOCH": "1767225600"], 1_800_000_000, "2026-01-01"),
            ([:], 1_800_000_000, "2027-01-15"),
            (["SOURCE_DATE_EPOCH": "yesterday"], 1_800_000_000, "2027-01-15"),
            (["SOURCE_DATE_EPOCH": "-5"], 1_800_000_000, "2027-01-15"),
            (["SOURCE_DATE_EPOCH": ""], nil, nil),
            ([:], nil, nil),
        ] as [([String: String], Int?, String?)])
    func fromSourceDateEpochElseTheStartTime(variables: [String: String], startTime: Int?, expected: String?) {
        #expect(EnvironmentPolicy.reportDate(variables: variables, startTime: startTime) == expected)
    }

    /// The whole program: an HTML report dated from `SOURCE_DATE_EPOCH`, else from the start time.
    @Test func htmlReportCarriesTheDate() throws {
        let answers =
            #"{"answers": {"motieven": ["kosten-besparen"], "samen-delen": true, "partners": "publiek", "eigen-personeel": true}}"#
        let run = { (variables: [String: String]) throws -> String in
            let fake = FakeFileSystem(folders: ["/", "/work"])
            try fake.addFolder(copying: GrondvormProcess.fixtureKnowledge, as: "/work/kb")
            try fake.write(Array(answers.utf8), to: "/work/a.json")
            let console = ScriptedConsole(input: [])
            _ = GrondvormCommand.run(
                arguments: ["--knowledge", "kb", "--answers", "a.json", "--format", "html", "--lang", "en"],
                environment: Environment(variables: variables, currentDirectory: "/work", startTime: 1_800_000_000),
                console: console, fileSystem: fake)
            return console.output
        }
        #expect(try run(["SOURCE_DATE_EPOCH": "1767225600"]).contains("<p class=\"issued\">Advice of 2026-01-01, "))
        #expect(try run([:]).contains("<p class=\"issued\">Advice of 2027-01-15, "))
    }
}
