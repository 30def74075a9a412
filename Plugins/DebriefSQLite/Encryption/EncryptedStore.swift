public import DebriefKit
public import Foundation
import GRDB

/// A ``DebriefKit/DebriefStore`` and ``DebriefKit/PracticeStore`` in one SQLite file whose
/// every field holding a person's words is sealed with AES-GCM (see Documentation/Storage.md,
/// "Encryption at rest").
///
/// Ids, dates, revisions, statuses and practice due days stay plain, so lists and the due
/// line need no key; the interview, the whole debrief, the text search reads, and each
/// practice card and review are boxes that only the data key opens. The data key is wrapped
/// by the passphrase (``KeyEnvelope``). Make one with `debrief encrypt` (``StoreConversion``).
///
/// ```swift
/// let store = try EncryptedStore(path: path, passphrase: Data("correct horse".utf8))
/// let session = try DebriefSession(plugins: [.reflection], store: store)
/// ```
public final class EncryptedStore: DebriefStore {
    /// The database file.
    public let path: String
    let pool: DatabasePool
    /// The lock file behind ``claim(_:)``; nil when read-only.
    private let claims: ClaimFile?
    let key: DataKey
    let envelope: KeyEnvelope

    /// Opens the encrypted store at `path` with `passphrase`.
    ///
    /// The key is unwrapped through a read-only connection before anything can be written, so
    /// a wrong passphrase throws ``WrongPassphrase`` and leaves the file as it was. A plain,
    /// foreign or damaged file is refused as ``SQLiteStore/init(path:readOnly:)`` refuses it.
    public convenience init(path: String, passphrase: Data, readOnly: Bool = false) throws {
        let (envelope, key) = try Self.unwrapKey(at: path, passphrase: passphrase)
        try self.init(path: path, key: key, envelope: envelope, readOnly: readOnly)
    }

    /// Opens, or creates with `envelope` written in, the store at `path`.
    init(path: String, key: DataKey, envelope: KeyEnvelope, readOnly: Bool = false) throws {
        self.path = path
        self.key = key
        self.envelope = envelope
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "Debrief"
        configuration.prepareDatabase { db in
            // Nothing plain is written, but what is deleted is zeroed and sorts stay in memory anyway.
            try db.execute(sql: "PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY")
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        }
        do {
            let opened = try DatabaseFile.open(path, readOnly: readOnly, configuration: configuration,
                                               migrator: Self.migrator(creating: envelope), encrypted: true)
            pool = opened.pool
            claims = opened.claims
        } catch {
            throw SQLiteStore.storageError(error, path: path)
        }
    }

    /// Whether the file at `path` is an encrypted Debrief store (reads its 100-byte header).
    public static func isEncrypted(at path: String) -> Bool {
        DatabaseFile.isEncrypted(path)
    }

    /// Closes the database; later calls fail with a storage error.
    public func close() throws {
        try pool.close()
    }

    public func save(_ debrief: Debrief, expectedRevision: Int) async throws -> Debrief {
        var saved = debrief
        saved.revision = expectedRevision + 1
        let row = try SealedDebrief(saved, key: key)
        try await write { db in
            let actual = try Int.fetchOne(db.cachedStatement(sql: "SELECT revision FROM debrief WHERE id = ?"), arguments: [row.id]) ?? 0
            guard actual == expectedRevision else {
                throw DebriefError.conflict(debrief.id, expected: expectedRevision, actual: actual)
            }
            try row.write(db)
        }
        return saved
    }

    public func load(_ id: DebriefID) async throws -> Debrief? {
        let box = try await read { db in
            try Data.fetchOne(db, sql: "SELECT document FROM debrief WHERE id = ?", arguments: [id.rawValue])
        }
        return try box.map { try SealedDebrief.debrief(id.rawValue, box: $0, key: key) }
    }

    public func list(_ query: DebriefQuery) async throws -> [DebriefSummary] {
        // The interview (company, date, stage, outcome) is sealed: with one of its filters every
        // row is opened and filtered here.
        let sealedFilter = query.company != nil || !query.interview.isEmpty
        var plain = query
        plain.company = nil
        plain.interview = InterviewFilter()
        if sealedFilter {
            plain.limit = nil
            plain.offset = 0
        }
        let (filter, arguments) = SQLiteStore.selection(plain)
        let key = key
        let summaries = try await read { db in
            try Row.fetchAll(db, sql: """
                SELECT id, revision, createdAt, updatedAt, status, summary FROM debrief \(filter)
                ORDER BY updatedAt DESC, id DESC LIMIT ? OFFSET ?
                """, arguments: arguments).map { try SealedDebrief.summary($0, key: key) }
        }
        guard sealedFilter else { return summaries }
        let matching = summaries.filter(query.matches).dropFirst(query.offset)
        return Array(query.limit.map { matching.prefix($0) } ?? matching)
    }

    public func delete(_ id: DebriefID) async throws -> Bool {
        try await write { db in
            try db.execute(sql: "DELETE FROM debrief WHERE id = ?", arguments: [id.rawValue])
            return db.changesCount > 0
        }
    }

    /// Held through the store's lock file, which the system frees when this process ends.
    public func claim(_ id: DebriefID) async throws -> DebriefClaim? {
        guard let claims else { throw DatabaseFile.unwritable(path, reason: "the store is read-only") }
        return claims.claim(id)
    }

    /// Adds debriefs in one transaction, keeping their revisions (at least 1); ids already
    /// stored are skipped. For imports and conversions.
    public func insert(_ debriefs: [Debrief]) throws -> ImportReport {
        let rows = try debriefs.map { debrief in
            var stored = debrief
            stored.revision = max(1, debrief.revision)
            return try SealedDebrief(stored, key: key)
        }
        do {
            return try pool.write { db in
                var report = ImportReport()
                let exists = try db.cachedStatement(sql: "SELECT 1 FROM debrief WHERE id = ?")
                for row in rows {
                    if try Bool.fetchOne(exists, arguments: [row.id]) == true {
                        report.skipped += 1
                    } else {
                        try row.write(db)
                        report.imported += 1
                    }
                }
                return report
            }
        } catch {
            throw SQLiteStore.storageError(error, path: path)
        }
    }

    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write(body)
        } catch {
            throw SQLiteStore.storageError(error, path: path)
        }
    }

    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(body)
        } catch {
            throw SQLiteStore.storageError(error, path: path)
        }
    }
}
