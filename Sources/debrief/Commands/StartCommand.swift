import ArgumentParser
import DebriefKit
import DebriefREPL

/// `debrief start` (and plain `debrief`): a new debrief, or the unfinished one if the person wants it.
struct StartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a new debrief, or continue one you haven't finished.",
        discussion: """
            If you have a debrief you haven't finished, you're asked whether to continue it first (only at a terminal, \
            and never one that is open in another window). One you left before writing anything is simply continued. \
            Over a pipe, every run starts a debrief of its own.
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var pluginOptions: PluginOptions

    func run() async throws {
        let chat = try Chat(storeOptions, plugins: pluginOptions)
        // A script's lines belong to the debrief it starts: it can't answer an offer, and
        // another run's unfinished debrief is not its own.
        guard chat.terminal.isInteractive, let (unfinished, claim) = try await chat.unfinishedNobodyHolds() else {
            return try await chat.run(resuming: nil)
        }
        // One left before anything was written is simply continued: asking about an
        // "Untitled interview" confuses, and a new one each time would pile up.
        if try await chat.store.load(unfinished.id)?.isUntouched == true {
            try await chat.run(resuming: unfinished.id)
        } else {
            try await chat.run(resuming: nil, offering: unfinished)
        }
        withExtendedLifetime(claim) {}
    }
}
