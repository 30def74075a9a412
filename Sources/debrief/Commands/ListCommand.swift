import ArgumentParser
import DebriefKit
import DebriefSQLite
import Foundation

/// `debrief list`: your debriefs, newest first.
struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List your debriefs, most recently updated first.")

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var filters: FilterOptions

    @Option(help: "Only debriefs with this status.")
    var status: StatusFilter?

    @Option(parsing: .unconditional, help: "Show at most this many.")
    var limit: Int?

    @Option(help: "text for people, json for programs.")
    var format: OutputFormat = .text

    /// The statuses as typed at the command line.
    enum StatusFilter: String, ExpressibleByArgument, CaseIterable {
        case inProgress = "in-progress", completed

        var name: DebriefStatus.Name { self == .completed ? .completed : .inProgress }
    }

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit needs a number of 1 or more.") }
    }

    func run() async throws {
        let store = try storeOptions.openForReading()
        let query = try filters.query(status: status?.name, limit: limit)
        if format == .json { return try Console.json(try await store.list(query)) }
        // Streamed a page at a time: the first lines show at once and memory stays flat, however many there are.
        var page = query
        var shown = 0
        repeat {
            page.offset = shown
            page.limit = min(shown == 0 ? 100 : 5_000, (limit ?? .max) - shown)
            let summaries = try await store.list(page)
            if summaries.isEmpty { break }
            Console.out(summaries.map(Self.line).joined(separator: "\n"))
            shown += summaries.count
            if summaries.count < page.limit ?? 0 { break }
        } while shown < limit ?? .max
        if shown == 0 {
            let filtered = filters.isFiltering || status != nil
            Console.note(filtered ? "No debriefs match those filters." : "No debriefs yet. Run `debrief` to start one.")
        }
    }

    /// `3f2a9c1e  2026-11-26 14:05  in progress  Designer at Acme (interview 2026-11-24)`:
    /// always one line, whatever the stored title holds.
    static func line(_ summary: DebriefSummary) -> String {
        let status = summary.status == .completed ? "done       " : "in progress"
        let day = summary.interview.date.map { " (interview \($0.iso))" } ?? ""
        return "\(summary.id.short)  \(Console.timestamp(summary.updatedAt))  \(status)  \(Console.oneLine(summary.interview.title))\(day)"
    }
}
