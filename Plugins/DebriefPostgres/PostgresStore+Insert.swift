#if Postgres
public import DebriefKit
import PostgresNIO

extension PostgresStore {
    /// Adds debriefs in one transaction, keeping their revisions; ids already stored are skipped.
    ///
    /// For imports (`debrief import`): all or nothing. A revision below 1 is stored as 1, the
    /// revision of a first save; an id given twice is added once, from its first copy.
    /// Returns how many were added and how many were already there. Writes 500 debriefs per
    /// statement, so 100,000 take a few hundred statements, not one per debrief.
    public func insert(_ debriefs: [Debrief]) async throws -> (imported: Int, skipped: Int) {
        var seen = Set<DebriefID>()
        let records = try debriefs.filter { seen.insert($0.id).inserted }.map { debrief in
            var stored = debrief
            stored.revision = max(1, debrief.revision)
            return try PostgresRecord(stored)
        }
        let imported = try await database.transaction { [logger = database.logger] connection in
            var imported = 0
            for first in stride(from: 0, to: records.count, by: 500) {
                let batch = records[first..<min(records.count, first + 500)]
                let added = Set(try await Self.insertRows(batch, connection, logger: logger))
                var answers = AnswerColumns(), events = EventColumns()
                for record in batch where added.contains(record.id) {
                    record.changedAnswers(from: [:], into: &answers)
                    try record.events(after: 0, into: &events)
                }
                try await Self.writeAnswers(answers, connection, logger: logger)
                try await Self.writeEvents(events, connection, logger: logger)
                imported += added.count
            }
            return imported
        }
        return (imported, debriefs.count - imported)
    }
}
#endif
