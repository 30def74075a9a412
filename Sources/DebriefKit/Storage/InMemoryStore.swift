import Foundation

/// A store that keeps debriefs in memory: for tests, previews and hosts that persist
/// elsewhere. Passes `StoreConformance` like any other store.
public actor InMemoryStore: DebriefStore {
    private var debriefs: [DebriefID: Debrief] = [:]

    /// A store holding `debriefs`.
    public init(_ debriefs: [Debrief] = []) {
        for debrief in debriefs { self.debriefs[debrief.id] = debrief }
    }

    public func save(_ debrief: Debrief, expectedRevision: Int) throws -> Debrief {
        let actual = debriefs[debrief.id]?.revision ?? 0
        guard actual == expectedRevision else {
            throw DebriefError.conflict(debrief.id, expected: expectedRevision, actual: actual)
        }
        var saved = debrief
        saved.revision = expectedRevision + 1
        debriefs[debrief.id] = saved
        return saved
    }

    public func load(_ id: DebriefID) -> Debrief? { debriefs[id] }

    public func list(_ query: DebriefQuery) -> [DebriefSummary] {
        let matching = debriefs.values.lazy.map(DebriefSummary.init).filter(query.matches)
            .sorted { ($0.updatedAt, $0.id) > ($1.updatedAt, $1.id) }
            .dropFirst(query.offset)
        return Array(query.limit.map { matching.prefix($0) } ?? matching)
    }

    public func search(_ text: String, limit: Int) -> [SearchHit] {
        let words = SearchText.words(text)
        guard !words.isEmpty else { return [] }
        var hits: [SearchHit] = []
        for debrief in debriefs.values.sorted(by: { ($0.updatedAt, $0.id) > ($1.updatedAt, $1.id) }) {
            for key in debrief.answers.keys.sorted() {
                let answer = debrief.answers[key]!.searchableText
                let folded = SearchText.fold(answer)
                if words.allSatisfy(folded.contains) {
                    hits.append(SearchHit(id: debrief.id, step: key, snippet: SearchText.snippet(answer, around: words[0])))
                    break
                }
            }
            if hits.count >= limit { break }
        }
        return hits
    }

    public func delete(_ id: DebriefID) -> Bool {
        debriefs.removeValue(forKey: id) != nil
    }
}
