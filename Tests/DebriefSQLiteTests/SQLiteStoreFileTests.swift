import DebriefKit
import DebriefSQLite
import DebriefTesting
import Foundation
import GRDB
import Testing

/// Opening: what is created, with which permissions, and what is refused untouched.
@Suite struct SQLiteStoreFileTests {
    @Test func createsFolder0700AndFiles0600() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("nested/deeper/debriefs.sqlite")
        let store = try SQLiteStore(path: path)
        _ = try await store.save(StoreConformance.sample(), expectedRevision: 0)
        #expect(try permissions(folder.file("nested/deeper")) == 0o700)
        #expect(try permissions(folder.file("nested")) == 0o700)
        for file in [path, path + "-wal", path + "-shm"] {
            #expect(try permissions(file) == 0o600, "\(file)")
        }
    }

    @Test func tightensAnExistingDatabaseTo0600() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("debriefs.sqlite")
        try SQLiteStore(path: path).close()
        chmod(path, 0o644)
        _ = try SQLiteStore(path: path)
        #expect(try permissions(path) == 0o600)
    }

    @Test func migratesAnEmptyFile() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("empty.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let store = try SQLiteStore(path: path)
        _ = try await store.save(StoreConformance.sample(), expectedRevision: 0)
        #expect(try await store.list(.all).count == 1)
        try store.close()
        let queue = try DatabaseQueue(path: path)
        let applicationID = try await queue.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") }
        let tables = try await queue.read { try String.fetchSet($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        let migrations = try await queue.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
        let journal = try await queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(applicationID == 0x4442_5246)
        #expect(tables.isSuperset(of: ["debrief", "answer", "event", "answer_fts", "fact"]))
        #expect(migrations == ["v1", "v2", "v3", "fact-dates"])
        #expect(journal == "wal")
    }

    @Test func reopensWithWhatWasSaved() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("debriefs.sqlite")
        let first = try SQLiteStore(path: path)
        let saved = try await first.save(StoreConformance.sample(), expectedRevision: 0)
        try first.close()
        #expect(try await SQLiteStore(path: path).load(saved.id) == saved, "with the WAL file left by the last close")
        try checkpoint(path)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(try await SQLiteStore(path: path).load(saved.id) == saved, "with no WAL file")
    }

    @Test func checkpointsTheWALInTheBackground() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("busy.sqlite")
        let store = try SQLiteStore(path: path)
        let before = try size(path)
        for index in 0..<150 {
            _ = try await store.save(StoreConformance.sample(id: "busy-\(index)"), expectedRevision: 0)
        }
        var grown = false
        for _ in 0..<200 where !grown {
            grown = try size(path) > before + 200_000
            if !grown { try await Task.sleep(for: .milliseconds(50)) }
        }
        #expect(grown, "the saves reached the database file, not only the WAL")
        #expect(try await SQLiteStore(path: path).list(.all).count == 150)
    }

    @Test func aClosedStoreRefusesWork() async throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("closed.sqlite"))
        try store.close()
        let error = await #expect(throws: DebriefError.self) { _ = try await store.save(StoreConformance.sample(), expectedRevision: 0) }
        #expect(error?.code == .storage)
    }

    @Test func refusesGarbageUntouched() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("garbage.sqlite")
        let bytes = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) })
        try bytes.write(to: URL(fileURLWithPath: path))
        try expectRefused(path, containing: "not a Debrief database")
    }

    @Test func refusesATinyFileUntouched() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("notes.sqlite")
        try Data("my notes\n".utf8).write(to: URL(fileURLWithPath: path))
        try expectRefused(path, containing: "not a Debrief database")
    }

    @Test func refusesAForeignSQLiteDatabaseUntouched() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("other.sqlite")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE contact (name TEXT); INSERT INTO contact VALUES ('Ada')")
        }
        try expectRefused(path, containing: "another program")
    }

    @Test func refusesADamagedDebriefDatabaseUntouched() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("damaged.sqlite")
        let store = try SQLiteStore(path: path)
        _ = try await store.save(StoreConformance.sample(), expectedRevision: 0)
        try store.close()
        try checkpoint(path)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes.replaceSubrange(100..<1024, with: Data(repeating: 0xA5, count: 924))
        try bytes.write(to: URL(fileURLWithPath: path))
        try FileManager.default.removeItem(atPath: path + "-lock")
        try expectRefused(path, containing: "damaged", siblings: ["-wal", "-shm"])
    }

    @Test func refusesADatabaseFromANewerDebriefUntouched() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("newer.sqlite")
        try SQLiteStore(path: path).close()
        try checkpoint(path, after: "INSERT INTO grdb_migrations VALUES ('v99')")
        try FileManager.default.removeItem(atPath: path + "-lock")
        try expectRefused(path, containing: "newer version", siblings: ["-wal", "-shm"])
    }

    @Test func reportsAPlaceItCannotWriteWhenOpening() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("a-file")
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let error = try #require(throws: DebriefError.self) { try SQLiteStore(path: file + "/debriefs.sqlite") }
        #expect(error.code == .storage)
        #expect(error.message.contains(file + "/debriefs.sqlite"))
        #expect(error.recovery?.contains("--store") == true)
    }

    @Test func aReadOnlyStoreListsLoadsAndSearchesButNeverSaves() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("debriefs.sqlite")
        let writer = try SQLiteStore(path: path)
        let saved = try await writer.save(StoreConformance.sample(), expectedRevision: 0)
        try writer.close()
        try checkpoint(path)

        let store = try SQLiteStore(path: path, readOnly: true)
        #expect(store.isReadOnly)
        #expect(try await store.list(.all).map(\.id) == [saved.id])
        #expect(try await store.load(saved.id) == saved)
        let error = await #expect(throws: DebriefError.self) { try await store.save(saved) }
        #expect(error?.code == .storage && error?.message.contains(path) == true, "\(String(describing: error))")
        await #expect(throws: DebriefError.self) { try await store.claim(saved.id) }
    }

    @Test func aStoreThatCannotBeCreatedLeavesNoEmptyFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("debriefs.sqlite")
        // Over a WAL of the same name that SQLite can't open, creating the store fails after
        // the file exists, as on a full disk.
        try FileManager.default.createDirectory(atPath: path + "-wal", withIntermediateDirectories: false)
        #expect(throws: DebriefError.self) { try SQLiteStore(path: path) }
        #expect(!FileManager.default.fileExists(atPath: path), "the half-made store was removed")
    }

    @Test func defaultPathFollowsXDG() {
        #expect(SQLiteStore.defaultPath(environment: ["XDG_DATA_HOME": "/data", "HOME": "/home/ada"]) == "/data/debrief/debriefs.sqlite")
        #expect(SQLiteStore.defaultPath(environment: ["HOME": "/home/ada"]) == "/home/ada/.local/share/debrief/debriefs.sqlite")
        #expect(SQLiteStore.defaultPath(environment: ["XDG_DATA_HOME": "relative", "HOME": "/home/ada"])
            == "/home/ada/.local/share/debrief/debriefs.sqlite")
    }

    @Test func staticFactoryOpensTheStore() async throws {
        let folder = try TemporaryFolder()
        let store: any DebriefStore = try .sqlite(at: folder.file("factory.sqlite"))
        _ = try await store.save(StoreConformance.sample(), expectedRevision: 0)
        #expect(FileManager.default.fileExists(atPath: folder.file("factory.sqlite")))
    }

    /// Runs `sql`, then moves everything from the WAL into the main file, so the file alone holds the database.
    private func checkpoint(_ path: String, after sql: String = "SELECT 1") throws {
        let queue = try DatabaseQueue(path: path)
        try queue.inDatabase { db in
            try db.execute(sql: sql)
            try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        try queue.close()
    }

    private func size(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
    }

    private func permissions(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// Opening `path` fails with a storage error that names it, and leaves every byte as it was.
    private func expectRefused(_ path: String, containing text: String, siblings: [String] = ["-wal", "-shm", "-lock"],
                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = try #require(throws: DebriefError.self, sourceLocation: sourceLocation) { try SQLiteStore(path: path) }
        #expect(error.code == .storage, sourceLocation: sourceLocation)
        #expect(error.message.contains(path), "names the file: \(error)", sourceLocation: sourceLocation)
        #expect(error.message.contains(text), "says why: \(error)", sourceLocation: sourceLocation)
        #expect(error.recovery?.isEmpty == false, "says what to do", sourceLocation: sourceLocation)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "left byte-identical", sourceLocation: sourceLocation)
        for sibling in siblings {
            #expect(!FileManager.default.fileExists(atPath: path + sibling), "no \(sibling) file left beside it", sourceLocation: sourceLocation)
        }
    }
}
