import DebriefKit
import Foundation
import GRDB

extension EncryptedStore {
    /// The encrypted schema, `encrypted-v1`. Its envelope is written when the store is created;
    /// opening an existing store never runs it (`envelope` is nil then).
    static func migrator(creating envelope: KeyEnvelope?) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("encrypted-v1") { db in
            guard let envelope else {
                throw DebriefError(.storage, "An encrypted store can only be made by `debrief encrypt`.", recovery: "Run `debrief encrypt`.")
            }
            try db.execute(sql: """
                PRAGMA application_id = \(DatabaseFile.applicationID);
                PRAGMA user_version = \(DatabaseFile.encryptedMarker);
                CREATE TABLE encryption (
                    version INTEGER NOT NULL, kdf TEXT NOT NULL, rounds INTEGER NOT NULL, blockSize INTEGER NOT NULL,
                    parallelism INTEGER NOT NULL, salt BLOB NOT NULL, wrappedKey BLOB NOT NULL);
                CREATE TABLE debrief (
                    id TEXT PRIMARY KEY NOT NULL, revision INTEGER NOT NULL, createdAt REAL NOT NULL, updatedAt REAL NOT NULL,
                    status TEXT NOT NULL, summary BLOB NOT NULL, document BLOB NOT NULL, search BLOB NOT NULL);
                CREATE INDEX debrief_updated ON debrief(updatedAt, id);
                CREATE TABLE practice_card (id TEXT PRIMARY KEY NOT NULL, due TEXT NOT NULL, card BLOB NOT NULL);
                CREATE TABLE practice_review (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    cardID TEXT NOT NULL REFERENCES practice_card(id) ON DELETE CASCADE,
                    review BLOB NOT NULL);
                CREATE INDEX practice_review_card ON practice_review(cardID);
                """)
            try envelope.write(db)
        }
        return migrator
    }

    /// The envelope of the encrypted store at `path`, read through a read-only connection, and
    /// the data key `passphrase` unwraps from it; the `-wal` and `-shm` files that reading made
    /// are removed again when either fails, so a wrong passphrase leaves the folder as it was.
    static func unwrapKey(at path: String, passphrase: Data) throws -> (KeyEnvelope, DataKey) {
        guard FileManager.default.fileExists(atPath: path) else {
            throw DebriefError(.storage, "There is no store at \(path).", recovery: "Check --store or DEBRIEF_STORE.")
        }
        _ = try DatabaseFile.inspect(path)
        try DatabaseFile.checkEncryption(path, expected: true)
        let siblings = [path + "-wal", path + "-shm"].filter { !FileManager.default.fileExists(atPath: $0) }
        do {
            let envelope = try envelope(at: path)
            return (envelope, try envelope.unwrap(passphrase: passphrase, for: path))
        } catch {
            for file in siblings { unlink(file) }
            throw error
        }
    }

    private static func envelope(at path: String) throws -> KeyEnvelope {
        do {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(10)
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT * FROM encryption") else {
                    throw DebriefError.undecryptable(path, reason: "its key is missing")
                }
                return KeyEnvelope(version: row["version"], kdf: row["kdf"], rounds: row["rounds"], blockSize: row["blockSize"],
                                   parallelism: row["parallelism"], salt: row["salt"], wrappedKey: row["wrappedKey"])
            }
        } catch {
            throw SQLiteStore.storageError(error, path: path)
        }
    }
}

extension KeyEnvelope {
    /// Stores the envelope as the one row of the `encryption` table.
    func write(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM encryption")
        try db.execute(sql: """
            INSERT INTO encryption (version, kdf, rounds, blockSize, parallelism, salt, wrappedKey) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [version, kdf, rounds, blockSize, parallelism, salt, wrappedKey])
    }
}
