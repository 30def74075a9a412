public import DebriefKit
import Foundation
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
        try insert(documents: { add in
            try withoutActuallyEscaping(add) { add in try produce { try add($0, nil) } }
        })
    }

    /// The page cache of an import, in KiB: a fixed bound, so memory stays flat however large the file.
    static let importCacheKiB = 65_536

    /// ``insert(_:)`` for debriefs read from JSON: `add` also takes the debrief's whole JSON
    /// document when there is one, and a new debrief's transcript is stored from its bytes
    /// (as they were checked by decoding) instead of being encoded again, which was the
    /// largest single cost of an import.
    func insert<Result>(documents produce: (_ add: (Debrief, Data?) throws -> Void) throws -> Result) throws -> (report: ImportReport, result: Result) {
        var added = 0
        defer { checkpointer.noteCommit(weight: added) }
        do {
            return try pool.write { db in
                // A large import inserts all over the indexes (ids are random): with SQLite's
                // 2 MB page cache, every page was spilled to the WAL and read back many times.
                try db.execute(sql: "PRAGMA cache_size = -\(Self.importCacheKiB)")
                defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
                var report = ImportReport()
                let exists = try db.cachedStatement(sql: "SELECT 1 FROM debrief WHERE id = ?")
                let result = try produce { debrief, json in
                    var stored = debrief
                    stored.revision = max(1, debrief.revision)
                    let record = try StoredDebrief(stored)
                    if try Bool.fetchOne(exists, arguments: [record.id]) == true {
                        report.skipped += 1
                    } else {
                        try record.write(db, over: nil, json: json)
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
