public import DebriefSQLite
import DebriefKit
import Foundation
import GRDB

/// The generated stores every benchmark reads: seeded, so every run sees the same data.
public enum GeneratedStore {
    /// `Benchmarks/.data/`, git-ignored: stores are generated once per size and reused.
    public static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent(".data").path

    /// Where the store of `size` debriefs lives: a folder of its own, named after the schema it
    /// was written with, so the practice deck `debrief practice` keeps beside it is its own too.
    public static func path(size: Int) -> String {
        folder + "/debriefs-\(size)-v3/debriefs.sqlite"
    }

    /// Opens the store at `path`, generating `size` debriefs (10,000 per transaction) unless a complete one is there.
    public static func prepare(_ path: String, size: Int) async throws -> SQLiteStore {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
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

    /// Removes a database file and its companions.
    public static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-lock"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
