public import DebriefKit
import DebriefReflection
import DebriefReports
import DebriefSTAR
public import Foundation

/// Runs a whole debrief from a list of answers — the way a web backend or a coaching app
/// would drive Debrief without a terminal — and renders its summary.
///
/// ```swift
/// let coach = EmbeddedCoach()
/// let markdown = try await coach.run(answers: ["Acme", "Designer", …], format: "markdown")
/// ```
public struct EmbeddedCoach: Sendable {
    /// Where debriefs are kept; an in-memory store unless you pass your own.
    public let store: any DebriefStore
    private let clock: any DebriefClock
    private let calendar: Calendar

    /// A coach over `store`; inject `clock` and `calendar` for reproducible runs.
    public init(store: any DebriefStore = InMemoryStore(), clock: any DebriefClock = SystemClock(), calendar: Calendar = .current) {
        self.store = store
        self.clock = clock
        self.calendar = calendar
    }

    /// Sends every answer in order and returns the summary in `format` (`markdown` or `text`).
    /// Throws when the answers run out before the debrief is complete, saying where it stopped.
    public func run(answers: [String], format: String) async throws -> String {
        let session = try DebriefSession(plugins: [.reflection, .star], store: store, clock: clock, calendar: calendar)
        var last = try await session.start()
        for answer in answers where await session.outcome == .continuing {
            last = try await session.send(answer)
        }
        guard let debrief = await session.debrief, debrief.isFinished else {
            let question = last.last { $0.kind == .question }?.text ?? "the next question"
            throw DebriefError(.misuse, "The answers ran out before the debrief was complete; it stopped at: \(question)",
                               recovery: "Add answers to the file, or use \"/skip\" for questions to leave.")
        }
        let report = Report(debriefs: [debrief], generatedAt: clock.now())
        return try ReportsPlugin().reporter(for: format).render(report)
    }

    /// Reads answers from JSON: either `["Acme", "Designer", …]` or `{"answers": [ … ]}`.
    public static func answers(fromJSON data: Data) throws -> [String] {
        struct Wrapped: Decodable { let answers: [String] }
        if let list = try? JSONDecoder().decode([String].self, from: data) { return list }
        do {
            return try JSONDecoder().decode(Wrapped.self, from: data).answers
        } catch {
            throw DebriefError(.invalidData, "The answers file is not a JSON list of strings.",
                               recovery: "Write it as [\"first answer\", \"second answer\"] or {\"answers\": [ … ]}.")
        }
    }
}
