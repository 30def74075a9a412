import DebriefKit
import GRDB

/// Gathers one hit per debrief from full-text queries, until `limit` debriefs are found.
struct SearchHits {
    let limit: Int
    /// Conditions on the debrief (`d`) a hit must meet, with their arguments.
    let filters: SQLiteStore.Selection
    private var hits: [(hit: SearchHit, updatedAt: Double)] = []
    private var seen: Set<String> = []

    init(limit: Int, filters: SQLiteStore.Selection = ([], [])) {
        self.limit = limit
        self.filters = filters
    }

    /// The filters as a condition on the joined debrief: the ids they select, read once.
    private var chosen: String {
        filters.clauses.isEmpty ? "" : "AND d.id IN (SELECT id FROM debrief \(SQLiteStore.whereClause(filters)))"
    }

    var isFull: Bool { hits.count >= limit }

    /// The hits, newest update first.
    var newestFirst: [SearchHit] {
        hits.sorted { ($0.updatedAt, $0.hit.id) > ($1.updatedAt, $1.hit.id) }.map(\.hit)
    }

    /// Adds the debriefs whose answers match the FTS5 `pattern`, most recently written answers first:
    /// FTS5 streams rowids in reverse without sorting, so reading stops as soon as the limit is reached.
    mutating func collect(_ db: Database, pattern: String) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT a.debriefId, a.step, snippet(answer_fts, 0, '', '', '…', 12), d.updatedAt
            FROM answer_fts JOIN answer a ON a.id = answer_fts.rowid JOIN debrief d ON d.id = a.debriefId
            WHERE answer_fts MATCH ? \(chosen) ORDER BY answer_fts.rowid DESC
            """, arguments: [pattern] + filters.arguments)
        while !isFull, let row = try rows.next() {
            let id: String = row[0]
            if seen.insert(id).inserted {
                hits.append((SearchHit(id: DebriefID(rawValue: id), step: StepKey(rawValue: row[1]), snippet: row[2]), row[3]))
            }
        }
    }
}
