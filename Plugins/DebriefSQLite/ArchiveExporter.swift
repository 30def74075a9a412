public import Foundation
import DebriefKit
import GRDB

/// Writes every debrief of a ``SQLiteStore`` as one versioned JSON document, a
/// ``DebriefKit/DebriefArchive``: `{"debriefs": [...], "format": "debrief-archive", "version": 1}`.
///
/// The stored JSON documents, answers and events are streamed as they are, from one consistent snapshot,
/// in chunks: exporting 100,000 debriefs neither decodes them nor holds them in memory.
///
/// ```swift
/// let output = FileHandle.standardOutput
/// let count = try ArchiveExporter(store: store).export { output.write($0) }
/// ```
public struct ArchiveExporter: Sendable {
    public let store: SQLiteStore

    public init(store: SQLiteStore) {
        self.store = store
    }

    /// Streams the archive to `write` in chunks of about `chunkSize` bytes; returns the number of debriefs.
    ///
    /// Debriefs come in id order, so an export of an import lists them in the same order.
    public func export(chunkSize: Int = 1 << 20, progress: (ArchiveProgress) -> Void = { _ in },
                       to write: (Data) throws -> Void) throws -> Int {
        do {
            return try store.pool.read { db in
                let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM debrief") ?? 0
                var buffer = Data("{\"debriefs\":[".utf8)
                var walk = try DocumentWalk(db)
                var done = 0
                while walk.hasNext {
                    if done > 0 { buffer.append(UInt8(ascii: ",")) }
                    try walk.appendNext(to: &buffer)
                    done += 1
                    if buffer.count >= chunkSize {
                        try write(buffer)
                        buffer.removeAll(keepingCapacity: true)
                    }
                    ArchiveProgress.every(done, of: total, progress)
                }
                buffer.append(contentsOf: "],\"format\":\"\(DebriefArchive.formatName)\",\"version\":\(DebriefArchive.currentVersion)}\n".utf8)
                try write(buffer)
                if total == 0 { progress(ArchiveProgress(done: 0, total: 0)) }
                return done
            }
        } catch {
            throw SQLiteStore.storageError(error, path: store.path)
        }
    }

    /// The whole archive in memory, for small stores and tests.
    public func data() throws -> Data {
        var data = Data()
        _ = try export { data.append($0) }
        return data
    }
}
