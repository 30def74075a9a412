public import DebriefKit
import Foundation
import GRDB

/// The embedded default ``DebriefKit/DebriefStore``: one SQLite file, through GRDB.
///
/// One `DatabasePool` in WAL mode per store, so reads never wait for a save and
/// several processes can share the file; a busy timeout rides out short locks.
/// Every save is one transaction that checks the revision, writes the debrief, its
/// answers (with their full-text index) and its new transcript events together.
///
/// Opening refuses, untouched, a file that is not a Debrief database or is damaged.
/// A lock file beside the database (`debriefs.sqlite-lock`) lets processes create the
/// store at once without a race, and holds each debrief for one session (``claim(_:)``).
///
/// ```swift
/// let store = try SQLiteStore(path: SQLiteStore.defaultPath())
/// let session = try DebriefSession(plugins: [.reflection], store: store)
/// ```
public final class SQLiteStore: DebriefStore {
    /// The database file.
    public let path: String
    let pool: DatabasePool
    let checkpointer: Checkpointer
    /// The lock file behind ``claim(_:)``; nil when read-only.
    private let claims: ClaimFile?
    private let encodingCache = EncodingCache()

    /// Opens (or creates) the store at `path`; the folder is created 0700, the files 0600.
    ///
    /// A store this user may read but not write, or any store when `readOnly` is true, opens
    /// read-only: lists, loads, searches and exports work, saves fail with a storage error
    /// (check ``isReadOnly`` before starting a conversation). Reading that way never changes the
    /// file; a store that doesn't exist yet, or needs an upgrade, is created or upgraded first. Throws a ``DebriefKit/DebriefError``
    /// with code `storage` that names the path and what to do when the file is foreign,
    /// damaged, from a newer Debrief, or can't be created.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        var configuration = Self.configuration
        checkpointer = Checkpointer(path: path, configuration: configuration)
        configuration.prepareDatabase { db in
            db.add(function: Self.fold)
            if db.configuration.readonly {
                // Readers map the file instead of copying every page through read(2). Reads
                // that walk the whole file (export, facts, a whole list) turn the map off
                // (`unmapped`), or every page they touch would stay in the process.
                try db.execute(sql: "PRAGMA mmap_size = \(Self.readerMapSize)")
            } else {
                try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0")
            }
        }
        do {
            let opened = try DatabaseFile.open(path, readOnly: readOnly, configuration: configuration, migrator: Self.migrator)
            pool = opened.pool
            claims = opened.claims
        } catch {
            throw Self.storageError(error, path: path)
        }
    }

    /// Whether the store was opened read-only (see ``init(path:readOnly:)``).
    public var isReadOnly: Bool { claims == nil }

    /// `debrief_fold(text)`: ``DebriefKit/SearchText/fold(_:)`` in SQL, for the interview filters.
    static let fold = DatabaseFunction("debrief_fold", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map(SearchText.fold)
    }

    /// How much of the file readers map: SQLite's default upper limit, 2 GB.
    static let readerMapSize = 0x7FFF_0000

    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "Debrief"
        return configuration
    }

    /// Closes the database; later calls fail with a storage error.
    public func close() throws {
        checkpointer.close()
        try pool.close()
    }

    public func save(_ debrief: Debrief, expectedRevision: Int) async throws -> Debrief {
        var saved = debrief
        saved.revision = expectedRevision + 1
        let record = try StoredDebrief(saved, cache: encodingCache)
        try await write { db in
            let current = try Row.fetchOne(db.cachedStatement(sql: "SELECT \(StoredDebrief.currentColumns) FROM debrief WHERE id = ?"),
                                           arguments: [record.id])
            let actual: Int = current?["revision"] ?? 0
            guard actual == expectedRevision else {
                throw DebriefError.conflict(record.debrief.id, expected: expectedRevision, actual: actual)
            }
            try record.write(db, over: current)
        }
        checkpointer.noteCommit()
        return saved
    }

    public func load(_ id: DebriefID) async throws -> Debrief? {
        let document = try await read { db -> Data? in
            try Row.fetchOne(db, sql: "SELECT id, document FROM debrief WHERE id = ?", arguments: [id.rawValue])
                .map { try Self.document($0, in: db, transcript: true) }
        }
        return try document.map { try Self.decode($0) }
    }

    public func list(_ query: DebriefQuery) async throws -> [DebriefSummary] {
        let (filter, arguments) = Self.selection(query)
        let sql = """
            SELECT id, revision, createdAt, updatedAt, status, company, role, interviewDate, stage, outcome
            FROM debrief \(filter) ORDER BY updatedAt DESC, id DESC LIMIT ? OFFSET ?
            """
        return try await readUnmapped { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.summary)
        }
    }

    /// The WHERE clause and arguments (ending with LIMIT and OFFSET) that select `query`.
    static func selection(_ query: DebriefQuery) -> (filter: String, arguments: StatementArguments) {
        var filter = filters(query)
        filter.arguments += [query.limit ?? -1, query.offset]
        return (whereClause(filter), filter.arguments)
    }

    /// `WHERE` and the conditions of `selection`, or nothing when it has none.
    static func whereClause(_ selection: Selection) -> String {
        selection.clauses.isEmpty ? "" : "WHERE " + selection.clauses.joined(separator: " AND ")
    }

    /// Conditions on the `debrief` table, to join with AND, and their arguments.
    typealias Selection = (clauses: [String], arguments: StatementArguments)

    /// The conditions on the `debrief` table that `query`'s filters make, with their arguments.
    static func filters(_ query: DebriefQuery) -> Selection {
        var clauses: [String] = []
        var arguments = StatementArguments()
        if let company = query.company {
            clauses.append("instr(companyKey, ?) > 0")
            arguments += [SearchText.fold(company)]
        }
        if let since = query.since {
            clauses.append("updatedAt >= ?")
            arguments += [since.timeIntervalSince1970]
        }
        if let status = query.status {
            clauses.append("status = ?")
            arguments += [status.rawValue]
        }
        if let prefix = query.idPrefix?.lowercased() {
            clauses.append("id >= ? AND id < ?")
            arguments += [prefix, prefix + "\u{10FFFF}"]
        }
        let interview = interviewFilters(query.interview)
        return (clauses + interview.clauses, arguments + interview.arguments)
    }

    /// The conditions an ``DebriefKit/InterviewFilter`` makes, as ``DebriefKit/InterviewFilter/matches(_:createdAt:)``
    /// decides them: the day is the interview's, else the start's in local time; text is folded
    /// by `debrief_fold` (``DebriefKit/SearchText/fold(_:)``).
    static func interviewFilters(_ filter: InterviewFilter) -> Selection {
        var clauses: [String] = []
        var arguments = StatementArguments()
        let day = "coalesce(interviewDate, date(createdAt, 'unixepoch', 'localtime'))"
        if let since = filter.since {
            clauses.append("\(day) >= ?")
            arguments += [since.iso]
        }
        if let until = filter.until {
            clauses.append("\(day) <= ?")
            arguments += [until.iso]
        }
        if let outcome = filter.outcome {
            clauses.append("debrief_fold(coalesce(outcome, '')) = ?")
            arguments += [SearchText.fold(outcome)]
        }
        if let stage = filter.stage {
            clauses.append("instr(debrief_fold(coalesce(stage, '')), ?) > 0")
            arguments += [SearchText.fold(stage)]
        }
        return (clauses, arguments)
    }

    public func search(_ text: String, limit: Int) async throws -> [SearchHit] {
        try await search(text, limit: limit, in: .all)
    }

    /// Filters as it searches: the query's conditions join the full-text match.
    public func search(_ text: String, limit: Int, in query: DebriefQuery) async throws -> [SearchHit] {
        let words = SearchText.words(text).map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        guard !words.isEmpty, limit > 0 else { return [] }
        return try await read { db in
            // Whole words first: FTS5 streams those, so common words stop after `limit` debriefs.
            // Prefixes ("negot" for "negotiated") only when that finds too few: prefix doclists are
            // read in full, which is cheap for rare words and slow for common ones.
            var hits = SearchHits(limit: limit, filters: Self.filters(query))
            try hits.collect(db, pattern: words.joined(separator: " "))
            if !hits.isFull {
                try hits.collect(db, pattern: words.map { $0 + "*" }.joined(separator: " "))
            }
            return hits.newestFirst
        }
    }

    /// Held through the store's lock file, which the system frees when this process ends.
    public func claim(_ id: DebriefID) async throws -> DebriefClaim? {
        guard let claims else { throw DatabaseFile.unwritable(path, reason: "the store is read-only") }
        return claims.claim(id)
    }

    public func delete(_ id: DebriefID) async throws -> Bool {
        try await write { db in
            try db.execute(sql: "DELETE FROM debrief WHERE id = ?", arguments: [id.rawValue])
            return db.changesCount > 0
        }
    }
}

extension DebriefStore where Self == SQLiteStore {
    /// The SQLite store at `path`, for `DebriefSession(plugins: …, store: .sqlite(at: path))`.
    public static func sqlite(at path: String) throws -> SQLiteStore {
        try SQLiteStore(path: path)
    }
}
