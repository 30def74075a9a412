import ArgumentParser
import DebriefKit
import DebriefREPL
import Foundation

/// `debrief start` (and plain `debrief`): a new debrief, or the unfinished one if the person wants it.
struct StartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a new debrief, or continue one you haven't finished.",
        discussion: """
            If you have a debrief you haven't finished, you're asked whether to continue it first (only at a terminal, \
            and never one that is open in another window). One you left before writing anything is simply continued. \
            Over a pipe, every run starts a debrief of its own. At a terminal, one line first says what is due \
            (plans dated this week, practice cards ready), unless --quiet.
            """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var pluginOptions: PluginOptions

    @Flag(help: "Don't say what is due (plans this week, practice cards) when starting.")
    var quiet = false

    func run() async throws {
        var chat = try Chat(storeOptions, plugins: pluginOptions)
        if chat.terminal.isInteractive, !quiet {
            // Nothing here may keep a debrief from starting: a line that can't be read is not shown.
            let today = DayDate(Date(), in: .current)
            chat.notice = try? await DueLine.read(chat.store, path: storeOptions.path(in: ProcessInfo.processInfo.environment), today: today).text
        }
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
