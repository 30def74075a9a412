import DebriefKit
import DebriefSQLite
import Foundation
import GRDB

/// The data one size of the suite runs on: the generated store, a raw read-only
/// connection to the same file, and a scratch WAL file for the raw write baseline.
///
/// Stores are generated once per size (seeded, so every run sees the same data) into
/// `Benchmarks/.data/` and reused by later runs and by every benchmark process.
final class Fixture: @unchecked Sendable {
    let size: Int
    let store: SQLiteStore
    /// Read-only, on the store's file: the baselines run the bare SQL the store builds on.
    let raw: DatabaseQueue
    /// A separate file with the store's settings (WAL, synchronous = NORMAL), for bare commits.
    let scratch: DatabaseQueue

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".data").path

    init(size: Int) async throws {
        self.size = size
        try FileManager.default.createDirectory(atPath: Self.folder, withIntermediateDirectories: true)
        let path = Self.folder + "/debriefs-\(size)-v2.sqlite"
        store = try await Self.prepare(path, size: size)
        var readOnly = Configuration()
        readOnly.readonly = true
        raw = try DatabaseQueue(path: path, configuration: readOnly)
        let scratchPath = Self.folder + "/scratch.sqlite"
        Self.remove(scratchPath)
        var durable = Configuration()
        durable.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        scratch = try DatabaseQueue(path: scratchPath, configuration: durable)
        try await scratch.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "CREATE TABLE document (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        }
    }

    /// Opens the store for `size`, generating it (10,000 debriefs per transaction) unless a complete one is there.
    static func prepare(_ path: String, size: Int) async throws -> SQLiteStore {
        if FileManager.default.fileExists(atPath: path) {
            let count = try? await DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM debrief") }
            if count == size { return try SQLiteStore(path: path) }
            remove(path)
        }
        let store = try SQLiteStore(path: path)
        var corpus = Corpus(seed: 2026)
        let clock = ContinuousClock()
        let start = clock.now
        for first in stride(from: 0, to: size, by: 10_000) {
            _ = try store.insert((first..<min(size, first + 10_000)).map { corpus.debrief($0) })
        }
        FileHandle.standardError.write(Data("Generated \(size) debriefs in \(clock.now - start) into \(path).\n".utf8))
        return store
    }

    /// Runs `sql` on the raw connection and steps through every row.
    func rawRead(_ sql: String) throws {
        try raw.read { db in
            let rows = try Row.fetchCursor(db, sql: sql)
            while try rows.next() != nil {}
        }
    }

    private static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
