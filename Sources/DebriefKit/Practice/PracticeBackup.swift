/// A practice deck as an archive carries it: every card with its schedule, and every review.
///
/// Export writes it next to the debriefs, so a move to a new machine keeps what is due when;
/// import adds the cards it doesn't hold, with their reviews, and leaves the ones it does.
public struct PracticeBackup: Codable, Sendable, Equatable {
    /// Every card, with its schedule.
    public var cards: [PracticeCard]
    /// Every review, oldest first per card.
    public var reviews: [PracticeReview]

    /// A backup of these cards and reviews.
    public init(cards: [PracticeCard], reviews: [PracticeReview]) {
        self.cards = cards
        self.reviews = reviews
    }
}

extension PracticeStore {
    /// The whole deck: every card and its reviews.
    public func backup() async throws -> PracticeBackup {
        let cards = try await cards()
        var reviews: [PracticeReview] = []
        for card in cards { reviews += try await self.reviews(of: card.id) }
        return PracticeBackup(cards: cards, reviews: reviews)
    }

    /// Adds the cards of `backup` this store doesn't hold, each with its schedule and reviews;
    /// cards it holds keep their own. Returns how many cards were added.
    public func restore(_ backup: PracticeBackup) async throws -> Int {
        let held = Set(try await cards().map(\.id))
        let new = backup.cards.filter { !held.contains($0.id) }
        guard try await merge(new) > 0 else { return 0 }
        let byID = Dictionary(new.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for review in backup.reviews {
            guard let card = byID[review.cardID] else { continue }
            try await record(review, card: card)
        }
        return new.count
    }
}
