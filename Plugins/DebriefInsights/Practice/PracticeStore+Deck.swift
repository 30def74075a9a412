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
        var found: [(day: DayDate, created: Date, id: DebriefID, cards: [PracticeCard])] = []
        try await debriefs.forEachFactPage(FactQuery(steps: steps.practiceSteps, starAnswers: true)) { page in
            for facts in page {
                let cards = PracticeDeck.cards(of: facts, steps: steps, addedOn: day)
                if !cards.isEmpty { found.append((facts.day, facts.createdAt, facts.id, cards)) }
            }
        }
        found.sort { ($0.day, $0.created, $0.id) < ($1.day, $1.created, $1.id) }
        return try await merge(found.flatMap(\.cards))
    }
}
