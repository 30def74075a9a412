import DebriefKit
import DebriefSQLite
import Foundation
import Testing

/// The line `debrief` shows at a terminal when plans or practice cards are due: the real
/// binary in a pseudo-terminal, and over pipes.
@Suite struct DueLineTests {
    static var today: DayDate { DayDate(Date(), in: .current) }

    /// A completed debrief with one plan dated `planIn` days from today, and a practice deck
    /// beside the store with `cards` cards due `cardsIn` days from today.
    static func prepare(_ scenario: Scenario, planIn: Int, cards: Int, cardsIn: Int) async throws {
        let store = try SQLiteStore(path: scenario.storePath)
        let now = Date()
        var debrief = Debrief(id: DebriefID(rawValue: "0a1b2c3d-due"), createdAt: now, interview: Interview(company: "Acme", role: "Designer"))
        debrief.answers[StepKey("move.plan")] = Answer(value: .text("If they ask about salary, I will give my range"), raw: "", answeredAt: now)
        debrief.answers[StepKey("move.plan.date")] = Answer(value: .date(today.adding(days: planIn)), raw: "", answeredAt: now)
        debrief.status = .completed(at: now)
        _ = try await store.save(debrief, expectedRevision: 0)
        try store.close()
        let deck = try SQLitePracticeStore(path: SQLitePracticeStore.path(besideStore: scenario.storePath))
        _ = try await deck.merge((0..<cards).map { index in
            PracticeCard(id: "\(debrief.id.rawValue)/card-\(index)", kind: .struggledQuestion, debriefID: debrief.id,
                         question: "Why us?", lastAnswer: nil, schedule: .new(on: today.adding(days: cardsIn)))
        })
    }

    /// Starts `debrief ARGUMENTS` and returns what it showed before the first question's prompt.
    static func opening(_ scenario: Scenario, _ arguments: [String] = []) throws -> String {
        let process = try scenario.start(arguments)
        let before = try process.expectPrompt().before
        process.send("/pause\r")
        _ = try process.waitForExit()
        return before
    }

    @Test func theLineSaysWhatIsDueAndWhereToGo() async throws {
        let scenario = try Scenario()
        try await Self.prepare(scenario, planIn: 3, cards: 2, cardsIn: 0)
        let opening = try Self.opening(scenario)
        #expect(opening.contains("1 plan due this week · 2 practice cards ready — `debrief plans`, `debrief practice`"), "\(opening)")
    }

    @Test func onlyThePartsThatApplyAreShown() async throws {
        let scenario = try Scenario()
        try await Self.prepare(scenario, planIn: 30, cards: 1, cardsIn: -2)
        let opening = try Self.opening(scenario)
        #expect(opening.contains("1 practice card ready — `debrief practice`"), "\(opening)")
        #expect(!opening.contains("due this week"))
    }

    @Test func nothingIsShownWhenNothingIsDue() async throws {
        let scenario = try Scenario()
        try await Self.prepare(scenario, planIn: 30, cards: 3, cardsIn: 1)
        let opening = try Self.opening(scenario)
        #expect(!opening.contains("due this week") && !opening.contains("ready —"), "\(opening)")
    }

    @Test func quietShowsNothing() async throws {
        let scenario = try Scenario()
        try await Self.prepare(scenario, planIn: 3, cards: 2, cardsIn: 0)
        let opening = try Self.opening(scenario, ["--quiet"])
        #expect(!opening.contains("due this week") && !opening.contains("ready —"), "\(opening)")
    }

    @Test func aPipeShowsNothing() async throws {
        let scenario = try Scenario()
        try await Self.prepare(scenario, planIn: 3, cards: 2, cardsIn: 0)
        let process = try scenario.start(connection: .pipes)
        process.send("/pause\n")
        process.closeInput()
        #expect(try process.waitForExit() == 0)
        #expect(process.transcript.contains("debrief resume"), "the run did start: \(process.transcript)")
        #expect(!process.transcript.contains("due this week") && !process.transcript.contains("ready —"), "\(process.transcript)")
    }
}
