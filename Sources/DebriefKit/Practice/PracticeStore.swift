/// Keeps practice cards and their reviews. The contract (DebriefTesting's `PracticeStoreConformance` checks it):
///
/// - ``merge(_:)`` adds cards it does not hold (by id) and refreshes the question and last
///   answer of those it does, keeping their schedule; it returns how many were added.
/// - ``cards()`` returns every card, ordered by id.
/// - ``due(on:limit:)`` returns the cards due on a day (``SM2/State/isDue(on:)``), ordered
///   like ``PracticeCard/due(_:on:)``, at most `limit` of them.
/// - ``dueCount(on:)`` is how many cards ``due(on:limit:)`` returns without a limit. The
///   default counts them; a store should count without reading the cards.
/// - ``record(_:card:)`` stores the card's new schedule and appends the review, together;
///   it throws ``DebriefError/Code/notFound`` for a card it does not hold.
/// - ``reviews(of:)`` returns a card's reviews in the order recorded.
/// - All methods are safe to call concurrently.
public protocol PracticeStore: Sendable {
    func merge(_ cards: [PracticeCard]) async throws -> Int
    func cards() async throws -> [PracticeCard]
    func due(on day: DayDate, limit: Int?) async throws -> [PracticeCard]
    func dueCount(on day: DayDate) async throws -> Int
    func record(_ review: PracticeReview, card: PracticeCard) async throws
    func reviews(of cardID: String) async throws -> [PracticeReview]
}

extension PracticeStore {
    /// Counts the cards ``due(on:limit:)`` returns: correct for any store, and it reads every card.
    public func dueCount(on day: DayDate) async throws -> Int {
        try await due(on: day, limit: nil).count
    }
}
