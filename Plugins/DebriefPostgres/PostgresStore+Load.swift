#if Postgres
import DebriefKit
import PostgresNIO

extension PostgresStore {
    /// The debriefs whose ids `picked` selects, newest update first, each with its answers and
    /// (when `transcripts`) its events: one statement, so one consistent snapshot and one round trip.
    func debriefs(_ picked: PostgresQuery, transcripts: Bool) async throws -> [Debrief] {
        let events = transcripts
            ? "ARRAY(SELECT e.body FROM event e WHERE e.owner = d.owner AND e.debrief_id = d.id ORDER BY e.seq)"
            : "'{}'::text[]"
        let sql = """
            SELECT d.document,
                ARRAY(SELECT a.step FROM answer a WHERE a.owner = d.owner AND a.debrief_id = d.id ORDER BY a.step),
                ARRAY(SELECT a.json FROM answer a WHERE a.owner = d.owner AND a.debrief_id = d.id ORDER BY a.step),
                \(events)
            FROM (\(picked.sql)) p JOIN debrief d ON d.owner = current_user AND d.id = p.id
            ORDER BY d.updated_at DESC, d.id DESC
            """
        let rows = try await database.rows(PostgresQuery(unsafeSQL: sql, binds: picked.binds))
        return try rows.map { row in
            let (document, steps, answers, events) = try row.decode((String, [String], [String], [String]).self)
            return try PostgresRecord.debrief(document: document, steps: steps, answers: answers, events: events)
        }
    }
}
#endif
