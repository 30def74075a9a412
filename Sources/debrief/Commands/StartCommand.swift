import ArgumentParser
import DebriefKit

/// `debrief start` (and plain `debrief`): a new debrief, or the unfinished one if the person wants it.
struct StartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a new debrief, or continue one you haven't finished.",
        discussion: """
            If you have a debrief you haven't finished, you're asked whether to continue it first (only at a terminal). \
            One you left before writing anything is simply continued.
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var pluginOptions: PluginOptions

    func run() async throws {
        let chat = try Chat(storeOptions, plugins: pluginOptions)
        let unfinished = try await chat.store.list(DebriefQuery(status: .inProgress, limit: 1)).first
        // One left before anything was written is simply continued: asking about an
        // "Untitled interview" confuses, and a new one each time would pile up.
        if let unfinished, try await chat.store.load(unfinished.id)?.isUntouched == true {
            try await chat.run(resuming: unfinished.id)
        } else {
            try await chat.run(resuming: nil, offering: unfinished)
        }
    }
}
