public import DebriefKit
import Foundation

extension PracticeStore {
    /// Adds the cards of every debrief in `debriefs` that this store does not hold yet, and
    /// refreshes the question and last answer of those it does: run it before `debrief practice`.
    /// Returns how many cards were added.
    ///
    /// ```swift
    /// _ = try await practice.refresh(from: store, addedOn: today)
    /// var round = PracticeRound(cards: try await practice.due(on: today, limit: 20), on: today)
    /// ```
    ///
    /// Reads the store's facts a page at a time (``DebriefKit/DebriefStore/facts(_:)``), not whole debriefs.
    public func refresh(from debriefs: any DebriefStore, steps: StepMap = .default, addedOn day: DayDate) async throws -> Int {
        var found: [DebriefFacts] = []
        let query = FactQuery(steps: steps.practiceSteps.union([PracticeDeck.practiceFirst.step]), starAnswers: true)
        try await debriefs.forEachFactPage(query) { page in
            found += page.filter { !$0.answers.isEmpty }
        }
        return try await merge(PracticeDeck.cards(from: found, steps: steps, addedOn: day))
    }
}
