import ArgumentParser
import DebriefKit
import Foundation

/// `debrief report`: every debrief with the patterns across them.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A report of all your debriefs, with what they show together.",
        discussion: "Try `debrief report --format html --output report.html` and open the file in a browser; it prints well too.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var report: ReportOptions
    @OptionGroup var filters: FilterOptions

    func run() async throws {
        // The JSON report is the importable archive, so it keeps every transcript.
        let store = try storeOptions.openForReading()
        let query = try filters.query()
        let debriefs = try await store.loadAll(query, transcripts: report.reporter.readsTranscripts)
        guard !debriefs.isEmpty else {
            Console.note(filters.isFiltering ? "No debriefs match those filters." : "No debriefs yet. Run `debrief` to start your first.")
            return
        }
        let insights = try await report.plugins.insights(from: store, matching: query)
        try report.write(Report(debriefs: debriefs, insights: insights, flow: PluginOptions.quietFlow(), generatedAt: Date()))
    }
}
