import ArgumentParser
import DebriefKit
import DebriefSQLite
import Foundation

/// `debrief delete ID`: removes a debrief for good, after asking.
struct DeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete a debrief (asks first unless you pass --yes).")

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var target: DebriefIDArgument

    @Flag(help: "Delete without asking.")
    var yes = false

    func run() async throws {
        let store = try storeOptions.open()
        // The list row is enough, so a damaged debrief can still be deleted.
        let debrief = try await target.summary(in: store)
        let name = "“\(Console.oneLine(debrief.interview.title))” (\(debrief.id.short))"
        if !yes {
            guard Console.stdinIsTerminal else {
                throw DebriefError(.misuse, "Deleting \(name) can't be undone, so Debrief asks first.",
                                   recovery: "Add --yes to delete it without being asked.")
            }
            Console.note("Delete \(name)? This can't be undone. [y/N] ", newline: false)
            guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased().trimmingCharacters(in: .whitespaces)) else {
                Console.note("Kept \(name).")
                return
            }
        }
        _ = try await store.delete(debrief.id)
        Console.note("Deleted \(name).")
    }
}
