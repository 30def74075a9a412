import ArgumentParser
import DebriefKit

/// `debrief start` (and plain `debrief`): a new debrief, or the unfinished one if the person wants it.
struct StartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a new debrief, or continue one you haven't finished.",
        discussion: "If you have a debrief you haven't finished, you're asked whether to continue it first (only at a terminal)."
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var pluginOptions: PluginOptions

    func run() async throws {
        let chat = try Chat(storeOptions, plugins: pluginOptions)
        let unfinished = try await chat.store.list(DebriefQuery(status: .inProgress, limit: 1)).first
        try await chat.run(resuming: nil, offering: unfinished)
    }
}
