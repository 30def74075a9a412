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
        try insert { add in
            for (index, debrief) in debriefs.enumerated() {
                try add(debrief)
                ArchiveProgress.every(index + 1, of: debriefs.count, progress)
            }
        }.report
    }

    /// Adds each debrief `produce` hands to `add`, as it comes, in one transaction: what
    /// `produce` throws rolls every one of them back. Returns the report and what `produce` returned.
    public func insert<Result>(_ produce: (_ add: (Debrief) throws -> Void) throws -> Result) throws -> (report: ImportReport, result: Result) {
        var added = 0
        defer { checkpointer.noteCommit(weight: added) }
        do {
            return try pool.write { db in
                var report = ImportReport()
                let exists = try db.cachedStatement(sql: "SELECT 1 FROM debrief WHERE id = ?")
                let result = try produce { debrief in
                    var stored = debrief
                    stored.revision = max(1, debrief.revision)
                    let record = try StoredDebrief(stored)
                    if try Bool.fetchOne(exists, arguments: [record.id]) == true {
                        report.skipped += 1
                    } else {
                        try record.write(db, over: nil)
                        report.imported += 1
                    }
                }
                added = report.total
                return (report, result)
            }
        } catch {
            throw Self.storageError(error, path: path)
        }
    }
}
