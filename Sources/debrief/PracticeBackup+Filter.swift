import DebriefKit

extension PracticeBackup {
    /// The cards (and their reviews) of the debriefs `query` selects: a filtered export keeps
    /// the practice of what it exports, no more.
    func kept(for query: DebriefQuery, in store: any DebriefStore) async throws -> PracticeBackup {
        guard query != .all else { return self }
        let chosen = Set(try await store.list(query).map(\.id))
        let kept = cards.filter { chosen.contains($0.debriefID) }
        let ids = Set(kept.map(\.id))
        return PracticeBackup(cards: kept, reviews: reviews.filter { ids.contains($0.cardID) })
    }
}
