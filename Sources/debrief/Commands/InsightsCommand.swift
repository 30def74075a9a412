import ArgumentParser
import DebriefKit
import Foundation

/// `debrief insights`: patterns across debriefs, each with its count and evidence.
struct InsightsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "insights",
        abstract: "What your debriefs show together: recurring questions, progress, plans still open.")

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "text for people; json for programs.")
    var format: OutputFormat = .text

    func run() async throws {
        let insights = try await PluginOptions.host().insights(from: storeOptions.openForReading())
        if format == .json { return try Console.json(insights) }
        guard !insights.isEmpty else {
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
