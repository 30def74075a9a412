public import Foundation
public import DebriefKit
import GRDB

/// Writes every debrief of a ``SQLiteStore`` as one versioned JSON document, a
/// ``DebriefKit/DebriefArchive``: `{"debriefs": [...], "practice": {...}, "format": "debrief-archive", "version": 2}`,
/// the practice deck included when one is given.
///
/// The stored JSON documents, answers and events are streamed as they are, from one consistent snapshot,
/// in chunks: exporting 100,000 debriefs neither decodes them nor holds them in memory, and
/// reads through SQLite's page cache rather than the memory map, so its memory stays flat.
/// A debrief whose stored document is damaged is left out and named in the report, so
/// the archive is always valid JSON.
///
/// ```swift
/// let output = FileHandle.standardOutput
/// let report = try ArchiveExporter(store: store).export { output.write($0) }
/// ```
public struct ArchiveExporter: Sendable {
    public let store: SQLiteStore

    public init(store: SQLiteStore) {
        self.store = store
    }

    /// Streams the archive of the debriefs `query`'s filters select (every one by default), with
    /// `practice` when given, to `write` in chunks of about `chunkSize` bytes; returns what was
    /// written and which damaged debriefs were left out.
    ///
    /// Debriefs come in id order, so an export of an import lists them in the same order.
    /// Errors thrown by `write` come back as they are.
    public func export(matching query: DebriefQuery = .all, practice: PracticeBackup? = nil, chunkSize: Int = 1 << 20,
                       progress: (ArchiveProgress) -> Void = { _ in }, to write: (Data) throws -> Void) throws -> ArchiveExportReport {
        let filter = SQLiteStore.filters(query)
        let deck = try practice.map { try DebriefJSON.encoder().encode($0) }
        do {
            return try store.pool.read { db in
                try SQLiteStore.unmapped(db) { db in try stream(db, filter: filter, deck: deck, chunkSize: chunkSize, progress: progress, to: write) }
            }
        } catch {
            throw SQLiteStore.storageError(error, path: store.path)
        }
    }

    /// The archive of the debriefs `filter` selects from `db`'s snapshot, with the encoded `deck`, to `write`.
    private func stream(_ db: Database, filter: SQLiteStore.Selection, deck: Data?, chunkSize: Int, progress: (ArchiveProgress) -> Void,
                        to write: (Data) throws -> Void) throws -> ArchiveExportReport {
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM debrief \(SQLiteStore.whereClause(filter))", arguments: filter.arguments) ?? 0
        var buffer = Data("{\"debriefs\":[".utf8)
        var walk = try DocumentWalk(db, selecting: filter)
        var report = ArchiveExportReport()
        var done = 0
        while walk.hasNext {
            let mark = buffer.count
            if report.exported > 0 { buffer.append(UInt8(ascii: ",")) }
            if let damaged = try walk.appendNext(to: &buffer) {
                buffer.removeSubrange(mark...)
                report.damaged.append(damaged)
            } else {
                report.exported += 1
            }
            done += 1
            if buffer.count >= chunkSize {
                try write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
            ArchiveProgress.every(done, of: total, progress)
        }
        buffer.append(contentsOf: "]".utf8)
        if let deck { buffer.append(contentsOf: ",\"practice\":".utf8 + deck) }
        buffer.append(contentsOf: ",\"format\":\"\(DebriefArchive.formatName)\",\"version\":\(DebriefArchive.currentVersion)}\n".utf8)
        try write(buffer)
        if total == 0 { progress(ArchiveProgress(done: 0, total: 0)) }
        return report
    }

    /// The whole archive in memory, for small stores and tests; refuses a store with a damaged debrief.
    public func data(practice: PracticeBackup? = nil) throws -> Data {
        var data = Data()
        let report = try export(practice: practice) { data.append($0) }
        if !report.damaged.isEmpty { throw Self.damaged(report.damaged) }
        return data
    }

    /// The error for debriefs left out of an archive: which ones, and what to do.
    public static func damaged(_ ids: [DebriefID]) -> DebriefError {
        let named = ids.prefix(5).map(\.short).joined(separator: ", ") + (ids.count > 5 ? " and \(ids.count - 5) more" : "")
        let one = ids.count == 1
        return DebriefError(.invalidData, "\(one ? "Debrief" : "Debriefs") \(named) \(one ? "is" : "are") damaged (\(one ? "its" : "their") saved document is not valid JSON), so the archive leaves \(one ? "it" : "them") out.",
                            recovery: "Everything else was exported. Remove \(one ? "it" : "each") with `debrief delete \(ids[0].short)`, then bring \(one ? "it" : "them") back from an older backup with `debrief import` if you have one.")
    }
}
