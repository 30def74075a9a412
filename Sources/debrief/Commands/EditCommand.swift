import ArgumentParser
import DebriefKit

/// `debrief edit ID`: opens a debrief's answers for changes. A finished one is completed
/// again when the person types done; an unfinished one carries on where it stopped.
struct EditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change answers in a debrief, or add a plan, after it's finished.",
        discussion: "Shows your answers, numbered: type a number to change that answer, and done when you're finished — "
            + "the debrief is then complete again. A debrief you haven't finished carries on where you left off (/review changes earlier answers). "
            + "`debrief resume ID` on a finished debrief does the same."
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var pluginOptions: PluginOptions
    @OptionGroup var target: DebriefIDArgument

    func run() async throws {
        let chat = try Chat(storeOptions, plugins: pluginOptions)
        try await chat.run(resuming: target.summary(in: chat.store).id)
    }
}
