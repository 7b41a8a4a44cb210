import Foundation
import TestSupport
import Testing

/// The shareable reports through the built binary on the shipped knowledge base: HTML and
/// Markdown of one consultation (the case of school boards sharing a supply pool), and the HTML
/// partner comparison, as golden files; `SOURCE_DATE_EPOCH` (fixed in
/// ``GrondvormProcess/baseEnvironment``) makes them the same bytes on every day.
@Suite("End to end: shareable reports")
struct ReportEndToEndTests {
    /// The folder with the answers file.
    private static let folder = GrondvormProcess.goldenFolder.appendingPathComponent("report")

    private func run(_ arguments: [String], environment: [String: String?] = [:]) throws -> GrondvormProcess.Result {
        try GrondvormProcess.run(arguments, environment: environment, in: Self.folder)
    }

    @Test(arguments: [("html", "nl"), ("markdown", "en")])
    func goldenReport(format: String, language: String) throws {
        let result = try run(["--answers", "schoolbesturen.json", "--format", format, "--lang", language])
        #expect(result.exitCode == 0, "\(result.standardError)")
        #expect(result.standardError == "")
        let name = "report/schoolbesturen-\(language).\(format == "html" ? "html" : "md")"
        Golden.check(result.standardOutput, against: name)
    }

    @Test func goldenComparisonPage() throws {
        let result = try GrondvormProcess.run(
            [
                "compare", "gemeente-west.json", "gemeente-oost.json", "gemeente-noord.json", "--format", "html",
                "--lang", "nl",
            ],
            in: GrondvormProcess.goldenFolder.appendingPathComponent("compare"))
        #expect(result.exitCode == 0, "\(result.standardError)")
        Golden.check(result.standardOutput, against: "compare/outlier-nl.html")
    }

    /// The same answers and knowledge give the same bytes; without `SOURCE_DATE_EPOCH` the date
    /// is today's in UTC.
    @Test func reproducibleAndDatedToday() throws {
        let arguments = ["--answers", "schoolbesturen.json", "--format", "html", "--lang", "en"]
        let first = try run(arguments)
        let second = try run(arguments)
        #expect(first == second)
        #expect(first.standardOutput.contains("<p class=\"issued\">Advice of 2026-01-01, knowledge version "))

        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        let before = formatter.string(from: Date())
        let today = try run(arguments, environment: ["SOURCE_DATE_EPOCH": nil])
        let after = formatter.string(from: Date())
        #expect(
            today.standardOutput.contains("Advice of \(before), ")
                || today.standardOutput.contains("Advice of \(after), "))
    }

    /// The default Dutch text report of a clear functional case (the school boards, confidence
    /// 0.91) is what a director reads in two minutes: at most 100 lines of at most 100 columns
    /// on a 100-column terminal, each reason for ruling forms out once, signals by their titles;
    /// `--trace` has the details.
    @Test func theShortDutchReportFitsInAHundredLines() throws {
        let result = try run(["--answers", "schoolbesturen.json", "--lang", "nl"], environment: ["COLUMNS": "100"])
        #expect(result.exitCode == 0)
        let lines = result.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count <= 100, "\(lines.count) lines")
        #expect(lines.allSatisfy { $0.count <= 100 }, "\(lines.filter { $0.count > 100 })")
        #expect(result.standardOutput.contains("Eigenlijk zijn jullie bezig met: functioneel samenwerken"))
        #expect(result.standardOutput.components(separatedBy: "De partners willen afgeschermd zijn").count - 1 <= 1)
        #expect(result.standardOutput.contains("Dit is de korte versie: --trace toont elke toelichting"))

        let detailed = try run(
            ["--answers", "schoolbesturen.json", "--lang", "nl", "--trace"], environment: ["COLUMNS": "100"])
        #expect(detailed.standardOutput.split(separator: "\n").count > lines.count)
        #expect(detailed.standardOutput.contains("Redenering"))
    }
}
