import ArgumentParser

/// `debrief`: the root command. With no subcommand it runs ``StartCommand`` (a debrief in
/// the terminal); the other subcommands read and manage the store.
@main
struct DebriefCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debrief",
        abstract: "A calm, guided debrief after an interview that didn't lead to an offer.",
        discussion: """
        Run it with no command to start a debrief (or to continue one you haven't finished). \
        It takes about fifteen minutes (around thirty short questions), and every answer is saved as you go.
        """,
        version: "debrief 0.1.0",
        subcommands: [StartCommand.self, ResumeCommand.self, EditCommand.self,
                      ListCommand.self, ShowCommand.self, SearchCommand.self, DeleteCommand.self,
                      ExportCommand.self, ImportCommand.self, EncryptCommand.self, DecryptCommand.self, PassphraseCommand.self,
                      ReportCommand.self, InsightsCommand.self, EmailCommand.self, PlansCommand.self, PracticeCommand.self,
                      PluginsCommand.self],
        defaultSubcommand: StartCommand.self
    )
}
