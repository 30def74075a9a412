public import DebriefKit
import GRDB

extension SQLiteStore {
    /// Adds debriefs in one transaction, keeping their revisions; ids already stored are skipped.
    ///
    /// For imports and bulk loads: all or nothing, and far faster than one ``save(_:expectedRevision:)``
    /// per debrief. A revision below 1 is stored as 1, the revision of a first save.
    ///
    /// ```swift
    /// let report = try store.insert(archive.debriefs)
    /// ```
    public func insert(_ debriefs: [Debrief], progress: (ArchiveProgress) -> Void = { _ in }) throws -> ImportReport {
        let records = try debriefs.map { debrief in
            var stored = debrief
            stored.revision = max(1, debrief.revision)
            return try StoredDebrief(stored)
        }
        defer { checkpointer.noteCommit(weight: records.count) }
        do {
            return try pool.write { db in
                var report = ImportReport()
                let exists = try db.cachedStatement(sql: "SELECT 1 FROM debrief WHERE id = ?")
                for (index, record) in records.enumerated() {
                    if try Bool.fetchOne(exists, arguments: [record.id]) == true {
                        report.skipped += 1
                    } else {
                        try record.write(db, over: nil)
                        report.imported += 1
                    }
                    ArchiveProgress.every(index + 1, of: records.count, progress)
                }
                return report
            }
        } catch {
            throw Self.storageError(error, path: path)
        }
    }
}
