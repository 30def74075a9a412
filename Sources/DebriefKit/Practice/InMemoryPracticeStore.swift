/// Practice cards in memory: for tests, previews and hosts that persist elsewhere.
public actor InMemoryPracticeStore: PracticeStore {
    private var stored: [String: PracticeCard] = [:]
    private var log: [String: [PracticeReview]] = [:]

    /// An empty store.
    public init() {}

    /// Adds unknown cards and refreshes known ones, keeping schedules; returns how many were added.
    public func merge(_ cards: [PracticeCard]) -> Int {
        var added = 0
        for card in cards {
            if var existing = stored[card.id] {
                existing.question = card.question
                existing.lastAnswer = card.lastAnswer
                stored[card.id] = existing
            } else {
                stored[card.id] = card
                added += 1
            }
        }
        return added
    }

    /// Every card, by id.
    public func cards() -> [PracticeCard] {
        stored.values.sorted { $0.id < $1.id }
    }

    /// The cards due on `day`, at most `limit`.
    public func due(on day: DayDate, limit: Int?) -> [PracticeCard] {
        let due = PracticeCard.due(Array(stored.values), on: day)
        return Array(limit.map { due.prefix($0) } ?? due[...])
    }

    /// Stores `card`'s new schedule and appends `review`.
    public func record(_ review: PracticeReview, card: PracticeCard) throws {
        guard stored[card.id] != nil, review.cardID == card.id else {
            throw DebriefError(.notFound, "No practice card \"\(card.id)\" to record a review for.",
                               recovery: "Rebuild the deck from your debriefs, then practise again.")
        }
        stored[card.id] = card
        log[card.id, default: []].append(review)
    }

    /// The reviews of a card, oldest first.
    public func reviews(of cardID: String) -> [PracticeReview] {
        log[cardID] ?? []
    }
}
