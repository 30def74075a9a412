import ArgumentParser
import DebriefKit
import Foundation

/// `debrief plans`: the if-then plans from every debrief, and `plans done N`.
struct PlansCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plans",
        abstract: "Your if-then plans with their dates; `debrief plans done N` marks one done.",
        subcommands: [List.self, Done.self],
        defaultSubcommand: List.self)

    /// `debrief plans [list]`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List your plans, open ones first.")

        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let book = try await PlanBook.load(from: storeOptions.openForReading())
            guard !book.plans.isEmpty else {
                Console.note("No plans yet. The last part of each debrief asks for one or two.")
                return
            }
            for plan in book.plans.sorted(by: { ($0.isDone ? 1 : 0, $0.number) < ($1.isDone ? 1 : 0, $1.number) }) {
                let state = plan.doneOn.map { "done \($0.iso)" } ?? plan.due.map { "by \($0.iso)" } ?? "open"
                Console.out("\(plan.number). \(Console.oneLine(plan.text))  [\(state)] — \(Console.oneLine(plan.interviewTitle))")
            }
        }
    }

    /// `debrief plans done N`.
    struct Done: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark plan N (as `debrief plans` numbers it) done today.")

        @OptionGroup var storeOptions: StoreOptions

        @Argument(help: ArgumentHelp("The plan's number in `debrief plans`.", valueName: "n"))
        var number: Int

        func run() async throws {
            let now = Date()
            let plan = try await PlanBook.markDone(number, in: storeOptions.open(), on: DayDate(now, in: .current), at: now)
            Console.out("Marked done: \(plan.text). Well done — that's the reflection turning into practice.")
        }
    }
}
