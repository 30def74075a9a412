public import Foundation

/// Narrows debriefs by their interview: its day, how it ended and how far it got. Part of
/// ``DebriefQuery`` and ``FactQuery``, so every command that reads many debriefs (`list`,
/// `search`, `report`, `insights`, `export`) narrows them the same way, and a store applies it
/// in its own query language where it can.
///
/// Every part is optional and they combine: a debrief passes when it passes each part given.
///
/// ```swift
/// let filter = InterviewFilter(since: DayDate(iso: "2026-10-01"), outcome: "no reply")
/// let summaries = try await store.list(DebriefQuery(interview: filter))
/// ```
public struct InterviewFilter: Sendable, Hashable {
    /// Only interviews on or after this day.
    public var since: DayDate?
    /// Only interviews on or before this day.
    public var until: DayDate?
    /// Only interviews that ended this way, compared ignoring case and accents ("no reply").
    public var outcome: String?
    /// Only interviews whose stage contains this text, ignoring case and accents ("final").
    public var stage: String?

    /// A filter; with no part given, every debrief passes.
    public init(since: DayDate? = nil, until: DayDate? = nil, outcome: String? = nil, stage: String? = nil) {
        self.since = since
        self.until = until
        self.outcome = outcome
        self.stage = stage
    }

    /// Whether no part is given.
    public var isEmpty: Bool { since == nil && until == nil && outcome == nil && stage == nil }

    /// The day a debrief is filed under: its interview's day, or, when it has none, the day it
    /// was started in the local time zone (SQLite's `localtime`).
    public static func day(of interview: Interview, createdAt: Date) -> DayDate {
        interview.date ?? DayDate(createdAt, in: Calendar.current)
    }

    /// Whether a debrief with this interview, started at `createdAt`, passes.
    public func matches(_ interview: Interview, createdAt: Date) -> Bool {
        if since != nil || until != nil {
            let day = Self.day(of: interview, createdAt: createdAt)
            if let since, day < since { return false }
            if let until, day > until { return false }
        }
        if let outcome, SearchText.fold(interview.outcome ?? "") != SearchText.fold(outcome) { return false }
        if let stage, !SearchText.fold(interview.stage ?? "").contains(SearchText.fold(stage)) { return false }
        return true
    }
}
