#if Postgres
public import DebriefKit
import PostgresNIO

extension PostgresStore {
    /// Adds debriefs in one transaction, keeping their revisions; ids already stored are skipped.
    ///
    /// For imports (`debrief import`): all or nothing. A revision below 1 is stored as 1, the
    /// revision of a first save. Returns how many were added and how many were already there.
    public func insert(_ debriefs: [Debrief]) async throws -> (imported: Int, skipped: Int) {
        let records = try debriefs.map { debrief in
            var stored = debrief
            stored.revision = max(1, debrief.revision)
            return try PostgresRecord(stored)
        }
        return try await database.transaction { [logger = database.logger] connection in
            var imported = 0
            for record in records {
                let exists = try await connection.query("""
                    SELECT 1 FROM debrief WHERE owner = current_user AND id = \(record.id)
                    """, logger: logger).collect()
                guard exists.isEmpty else { continue }
                try await Self.write(record, expectedRevision: 0, connection, logger: logger)
                imported += 1
            }
            return (imported, records.count - imported)
        }
    }
}
#endif
