import ArgumentParser
import DebriefKit
import DebriefREPL

/// `debrief start` (and plain `debrief`): a new debrief, or the unfinished one if the person wants it.
struct StartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start a new debrief (the default).",
        discussion: "If you have a debrief you haven't finished, you're asked whether to continue it first (only at a terminal)."
    )

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let chat = try await Chat(storeOptions)
        let unfinished = try await chat.store.list(DebriefQuery(status: .inProgress, limit: 1)).first
        chat.repl.greet()
        var resuming: DebriefID?
        if let unfinished, chat.terminal.isInteractive {
            guard let answer = await chat.repl.offerToResume(unfinished) else { return }
            resuming = answer ? unfinished.id : nil
        }
        try await chat.run(resuming: resuming)
    }
}
