public import DebriefKit

extension PracticeStore {
    /// Adds the cards of every debrief in `debriefs` that this store does not hold yet, and
    /// refreshes the question and last answer of those it does: run it before `debrief practice`.
    /// Returns how many cards were added.
    ///
    /// ```swift
    /// _ = try await practice.refresh(from: store, addedOn: today)
    /// var round = PracticeRound(cards: try await practice.due(on: today, limit: 20), on: today)
    /// ```
    public func refresh(from debriefs: any DebriefStore, steps: StepMap = .default, addedOn day: DayDate) async throws -> Int {
        try await merge(PracticeDeck.cards(from: try await Insights.loadAll(from: debriefs), steps: steps, addedOn: day))
    }
}
