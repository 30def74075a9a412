import ArgumentParser
import DebriefKit
import Foundation

/// `debrief show ID`: one debrief, as text, Markdown, JSON or a self-contained HTML page.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one debrief.",
        discussion: "The id can be shortened to its first few characters, as long as only one debrief starts with them. "
            + "json prints the whole debrief, transcript included.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var target: DebriefIDArgument
    @OptionGroup var report: ReportOptions

    func run() async throws {
        let debrief = try await target.debrief(in: storeOptions.openForReading())
        try report.write(Report(debriefs: [debrief], flow: PluginOptions.quietFlow(), generatedAt: Date()))
    }
}
