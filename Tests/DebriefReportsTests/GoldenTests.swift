import DebriefKit
import DebriefReports
import Testing

/// Every format, for one debrief (`show`) and many with insights (`report`), against golden files.
@Suite struct GoldenTests {
    static let formats = ["text", "markdown", "json", "html"]

    @Test(arguments: formats) func single(format: String) throws {
        let reporter = try ReportsPlugin.reports.reporter(for: format)
        try GoldenFile.check(try reporter.render(Samples.singleReport()), against: "show.\(reporter.fileExtension)")
    }

    @Test(arguments: formats) func many(format: String) throws {
        let reporter = try ReportsPlugin.reports.reporter(for: format)
        try GoldenFile.check(try reporter.render(Samples.manyReport()), against: "report.\(reporter.fileExtension)")
    }

    @Test func colouredText() throws {
        let report = Samples.singleReport()
        try GoldenFile.check(try TextReporter(colour: true).render(report), against: "show.colour.txt")
        #expect(!(try TextReporter(colour: false).render(report)).contains("\u{1B}"))
    }
}
