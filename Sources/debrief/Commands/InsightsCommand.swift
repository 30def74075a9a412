import ArgumentParser
import DebriefKit
import Foundation

/// `debrief insights`: patterns across debriefs, each with its count and evidence.
struct InsightsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "insights",
        abstract: "What your debriefs show together: recurring questions, progress, plans still open.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "text for people; json for programs.")
    var format: OutputFormat = .text

    func run() async throws {
        let insights = try await PluginOptions.host().insights(from: storeOptions.openForReading(), matching: filters.query())
        if format == .json { return try Console.json(insights) }
        guard !insights.isEmpty else {
            if filters.isFiltering { return Console.note("No debriefs match those filters.") }
            Console.note("No debriefs yet. Run `debrief` to start your first; insights grow with each one.")
            return
        }
        for insight in insights {
            Console.out("• \(insight.title)")
            Console.out("  \(insight.detail)")
            if !insight.debriefIDs.isEmpty {
                let ids = insight.debriefIDs.prefix(8).map(\.short).joined(separator: ", ")
                Console.out("  from: \(ids)\(insight.debriefIDs.count > 8 ? " and \(insight.debriefIDs.count - 8) more" : "")")
            }
        }
    }
}
