import ArgumentParser
import DebriefKit
import DebriefSQLite

/// `debrief search TEXT`: the answers that contain every word, with the matching snippet.
struct SearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find debriefs whose answers contain every word you type.",
        discussion: "Case and accents are ignored, and a word also matches longer words that start with it.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var filters: FilterOptions

    @Argument(help: ArgumentHelp("The words to look for.", valueName: "text"))
    var words: [String]

    @Option(parsing: .unconditional, help: "Show at most this many debriefs.")
    var limit = 20

    func validate() throws {
        if words.joined().allSatisfy({ $0.isWhitespace || $0.isPunctuation }) {
            throw ValidationError("Type at least one word to look for, e.g. `debrief search salary`.")
        }
        if limit < 1 { throw ValidationError("--limit needs a number of 1 or more.") }
    }

    func run() async throws {
        let store = try storeOptions.openForReading()
        let text = words.joined(separator: " ")
        let hits = try await store.search(text, limit: limit, in: filters.query())
        guard !hits.isEmpty else {
            Console.note("No answers\(filters.isFiltering ? " in the debriefs those filters select" : "") contain “\(text)”.")
            return
        }
        let flow = PluginOptions.quietFlow()
        for hit in hits {
            let debrief = try await store.load(hit.id)
            // The answer's short label, as `show` names it: never the step id.
            let label = debrief.flatMap { debrief in flow.step(hit.step.stepID)?.label(for: hit.step, in: debrief, flow: flow) } ?? "Other answer"
            Console.out("\(hit.id.short)  \(Console.oneLine(debrief?.interview.title ?? ""))  [\(Console.oneLine(label))]\n    \(Console.oneLine(hit.snippet))")
        }
    }
}
