import ArgumentParser
import DebriefKit
import DebriefSQLite
import Foundation

/// `debrief`: runs a debrief in the terminal; its subcommands read and manage the store.
@main
struct DebriefCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "debrief",
        abstract: "A calm, guided debrief after an interview that didn't lead to an offer.",
        subcommands: [ListCommand.self, ShowCommand.self, SearchCommand.self, DeleteCommand.self,
                      ExportCommand.self, ImportCommand.self])

    @OptionGroup var storeOptions: StoreOptions

    /// Plain stdin/stdout wiring of one session over the SQLite store; the REPL replaces it.
    func run() async throws {
        let session = try DebriefSession(flow: Flow([Demo.chapter]), store: try storeOptions.open())
        show(try await session.start())
        while await session.outcome == .continuing {
            if let state = await session.promptState {
                FileHandle.standardOutput.write(Data("\(state.progress) › ".utf8))
            }
            guard let line = readLine(strippingNewline: true) else {
                Console.note("\nInput ended before the debrief was complete; your answers are saved.")
                throw ExitCode(1)
            }
            show(try await session.send(line))
        }
    }

    private func show(_ messages: [Message]) {
        for message in messages { Console.out(message.text) }
    }
}
