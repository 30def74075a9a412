import ArgumentParser
import DebriefKit

/// `debrief resume [ID]`: continues an unfinished debrief at the question where it stopped;
/// with the id of a finished one, opens its answers for changes, as `debrief edit` does.
struct ResumeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue a debrief where you left off.",
        discussion: "Without an id, continues the debrief you worked on most recently that isn't finished yet and isn't open in another window. "
            + "With the id of a finished debrief, shows your answers so you can change them or add a plan (as `debrief edit` does)."
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var pluginOptions: PluginOptions

    @Argument(help: ArgumentHelp("The debrief's id, or enough of its start to tell it apart (see `debrief list`).", valueName: "id"))
    var id: String?

    func run() async throws {
        let chat = try Chat(storeOptions, plugins: pluginOptions)
        if let id {
            return try await chat.run(resuming: chat.store.resolve(id).id)
        }
        guard let (latest, claim) = try await chat.unfinishedNobodyHolds() else {
            throw ValidationError("There's no unfinished debrief to continue that isn't open in another window. Run `debrief` to start a new one.")
        }
        try await chat.run(resuming: latest.id)
        withExtendedLifetime(claim) {}
    }
}
