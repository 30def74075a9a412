import DebriefInsights
import DebriefKit
import DebriefSQLite

/// The one calm line `debrief` shows at a terminal when something is due:
/// "2 plans due this week · 5 practice cards ready — `debrief plans`, `debrief practice`".
///
/// It reads days only, never what people wrote: open plans dated from today through the six
/// days after (``PlanBook/dueCount(in:from:through:steps:)``) and the deck's cards due today
/// (``PracticeStore/dueCount(on:)``), both through indexes, so it costs a few milliseconds on a
/// large store (Documentation/Performance.md).
struct DueLine: Equatable {
    /// Open plans dated this week.
    var plans: Int
    /// Practice cards due today.
    var cards: Int

    /// The line, or nil when nothing is due.
    var text: String? {
        var parts: [String] = []
        var commands: [String] = []
        if plans > 0 {
            parts.append("\(plans) \(plans == 1 ? "plan" : "plans") due this week")
            commands.append("`debrief plans`")
        }
        if cards > 0 {
            parts.append("\(cards) practice \(cards == 1 ? "card" : "cards") ready")
            commands.append("`debrief practice`")
        }
        guard !parts.isEmpty else { return nil }
        return parts.joined(separator: " · ") + " — " + commands.joined(separator: ", ")
    }

    /// What is due on `today` in `store`, and in the practice deck beside a store file at
    /// `path` when one was ever made (reading never creates one).
    static func read(_ store: any DebriefStore, path: String, today: DayDate) async throws -> DueLine {
        let plans = try await PlanBook.dueCount(in: store, from: today, through: today.adding(days: 6))
        let cards = if let deck = store as? any PracticeStore {
            try await deck.dueCount(on: today)
        } else {
            try await SQLitePracticeStore.dueCount(at: SQLitePracticeStore.path(besideStore: path), on: today)
        }
        return DueLine(plans: plans, cards: cards ?? 0)
    }
}
