import BenchmarkCorpus
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

    init(size: Int) async throws {
        self.size = size
        let path = GeneratedStore.path(size: size)
        store = try await GeneratedStore.prepare(path, size: size)
        var readOnly = Configuration()
        readOnly.readonly = true
        raw = try DatabaseQueue(path: path, configuration: readOnly)
        let scratchPath = GeneratedStore.folder + "/scratch.sqlite"
        GeneratedStore.remove(scratchPath)
        var durable = Configuration()
        durable.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        scratch = try DatabaseQueue(path: scratchPath, configuration: durable)
        try await scratch.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "CREATE TABLE document (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        }
    }

    /// Runs `sql` on the raw connection and steps through every row.
    func rawRead(_ sql: String) throws {
        try raw.read { db in
            let rows = try Row.fetchCursor(db, sql: sql)
            while try rows.next() != nil {}
        }
    }
}
