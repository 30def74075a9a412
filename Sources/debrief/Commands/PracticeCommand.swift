import ArgumentParser
import DebriefInsights
import DebriefKit
import DebriefREPL
import DebriefSQLite
import Foundation

/// `debrief practice`: the cards due today — hard questions and STAR examples — with
/// spaced repetition (SM-2), each review saved as it is graded.
struct PracticeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Practise the questions you found hard and your STAR examples, spaced over days.",
        discussion: "Answer out loud or type it, see your last answer, then say how it went: again, hard, good or easy. "
            + "Cards come back sooner when they were hard (SM-2). /stop ends the round; every review is saved as you go.")

    @OptionGroup var storeOptions: StoreOptions

    @Option(parsing: .unconditional, help: "At most this many cards in one round.")
    var limit: Int = 10

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1.") }
    }

    func run() async throws {
        let variables = ProcessInfo.processInfo.environment
        let store = try storeOptions.open(variables)
        // A PostgreSQL store keeps the deck in its own database; a store file keeps it in practice.sqlite beside it.
        let practice: any PracticeStore = try store as? any PracticeStore
            ?? SQLitePracticeStore(path: SQLitePracticeStore.path(besideStore: storeOptions.path(in: variables)))
        let today = DayDate(Date(), in: .current)
        _ = try await practice.refresh(from: store, addedOn: today)
        var round = PracticeRound(cards: try await practice.due(on: today, limit: limit), on: today)

        let terminal = TerminalEnvironment.current(variables: variables)
        let editor = REPL.editor(for: terminal, recalling: [])
        defer { editor.restoreTerminal() }
        let renderer = MessageRenderer(terminal)
        TerminalOutput.write(renderer.render(round.start()))
        let grades = PracticeGrade.allCases.map(\.rawValue) + ["/stop"]
        while !round.isFinished {
            switch editor.readLine(prompt: "› ", completer: { prefix in grades.filter { $0.hasPrefix(prefix.lowercased()) } }) {
            case .line(let line):
                let turn = round.send(line)
                if let review = turn.review, let card = turn.card { try await practice.record(review, card: card) }
                TerminalOutput.write(renderer.render(turn.messages))
            case .cancelled:
                continue
            case .ended:
                TerminalOutput.write(renderer.render(round.send("/stop").messages))
            }
        }
    }
}
