import ArgumentParser
import DebriefKit
import DebriefREPL

/// `debrief`: starts a new debrief, or offers to pick up an unfinished one.
@main
struct DebriefCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debrief",
        abstract: "A calm, guided debrief after an interview that didn't lead to an offer.",
        discussion: """
        Run it with no command to start a debrief (or to continue one you haven't finished). \
        It takes about ten minutes, and every answer is saved as you go.
        """,
        version: "debrief 0.1.0",
        subcommands: [ResumeCommand.self]
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
