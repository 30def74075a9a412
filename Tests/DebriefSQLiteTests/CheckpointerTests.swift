import DebriefKit
@testable import DebriefSQLite
import DebriefTesting
import Foundation
import GRDB
import Testing

/// The background checkpoint waits for a quiet store, and still runs under a steady stream of saves.
@Suite struct CheckpointerTests {
    /// A store file in WAL mode with commits in its WAL, and a checkpointer on it.
    private func checkpointer(idle: DispatchTimeInterval, in folder: TemporaryFolder) async throws -> Checkpointer {
        let path = folder.file("wal.sqlite")
        let store = try SQLiteStore(path: path)
        _ = try await store.save(StoreConformance.sample(), expectedRevision: 0)
        try store.close()
        return Checkpointer(path: path, configuration: Configuration(), idle: idle)
    }

    @Test func waitsWhileSavesKeepComing() async throws {
        let folder = try TemporaryFolder()
        let checkpointer = try await checkpointer(idle: .seconds(60), in: folder)
        checkpointer.noteCommit(weight: Checkpointer.interval + 50)
        #expect(checkpointer.completedRuns == 0, "due, but no quiet moment yet")
        for _ in 0..<(Checkpointer.limit - Checkpointer.interval - 50) { checkpointer.noteCommit() }
        #expect(checkpointer.completedRuns == 1, "the limit forces one")
        checkpointer.close()
    }

    /// Saves that never pause once let the WAL grow without end: a passive checkpoint never
    /// copies the frames written while it runs, so SQLite never starts the WAL over.
    @Test func aSteadyStreamOfSavesStillEmptiesTheWAL() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("stream.sqlite")
        let store = try SQLiteStore(path: path)
        var debrief = try await store.save(StoreConformance.sample(), expectedRevision: 0)
        for turn in 1..<Checkpointer.limit {
            debrief.answers[StepKey("stream.answer")] = Answer(value: .text("turn \(turn)"), raw: "turn \(turn)", answeredAt: debrief.updatedAt)
            debrief = try await store.save(debrief)
        }
        #expect(store.checkpointer.completedRuns == 1, "no quiet moment came, the limit forced it")
        let wal = try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int
        #expect(wal == 0, "the WAL was emptied, not left to grow")
        #expect(try await store.load(debrief.id) == debrief)
        try store.close()
    }

    @Test func runsOnceTheStoreIsQuiet() async throws {
        let folder = try TemporaryFolder()
        let checkpointer = try await checkpointer(idle: .milliseconds(20), in: folder)
        checkpointer.noteCommit(weight: Checkpointer.interval - 1)
        try await Task.sleep(for: .milliseconds(100))
        #expect(checkpointer.completedRuns == 0, "not due yet")
        checkpointer.noteCommit()
        var runs = 0
        for _ in 0..<500 where runs == 0 {
            try await Task.sleep(for: .milliseconds(20))
            runs = checkpointer.completedRuns
        }
        #expect(runs == 1)
        checkpointer.close()
    }

    @Test func closingDropsTheWaitingCheckpoint() async throws {
        let folder = try TemporaryFolder()
        let checkpointer = try await checkpointer(idle: .milliseconds(20), in: folder)
        checkpointer.noteCommit(weight: Checkpointer.interval)
        checkpointer.close()
        try await Task.sleep(for: .milliseconds(100))
        #expect(checkpointer.completedRuns == 0)
    }
}
