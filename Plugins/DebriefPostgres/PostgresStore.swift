#if Postgres
public import DebriefKit
import Foundation
import PostgresNIO

/// A ``DebriefKit/DebriefStore`` (and ``DebriefKit/PracticeStore``) on PostgreSQL, for many
/// people on one server: a career service, a bootcamp, a coaching platform.
///
/// Each person connects as their own PostgreSQL role, and row-level security keeps their rows
/// theirs: the database, not this code, decides who reads what (Documentation/Postgres.md).
/// Every save is one transaction whose `UPDATE … WHERE revision = expected` is the optimistic
/// check, so concurrent clients never lose an update. Search folds words as
/// ``DebriefKit/SearchText`` does and matches them, prefixes included, through a GIN index.
///
/// The schema is migrated before the first query; tables written by a newer Debrief are
/// refused untouched. Errors surface from the first call, as ``DebriefKit/DebriefError``s.
///
/// ```swift
/// let store = try PostgresStore(location: PostgresLocation("postgresql://alice@db/careers"))
/// let session = try DebriefSession(plugins: [.reflection], store: store)
/// ```
public final class PostgresStore: DebriefStore, PracticeStore {
    /// Where the store lives.
    public let location: PostgresLocation
    let database: PostgresDatabase
    let claims: PostgresClaims

    /// Connects (lazily) to `location`; the first call migrates the schema if needed.
    public init(location: PostgresLocation) {
        self.location = location
        database = PostgresDatabase(location, migrations: Self.migrations)
        claims = PostgresClaims(location)
    }

    public func save(_ debrief: Debrief, expectedRevision: Int) async throws -> Debrief {
        var saved = debrief
        saved.revision = expectedRevision + 1
        let record = try PostgresRecord(saved)
        try await database.transaction { [logger = database.logger] connection in
            try await Self.write(record, expectedRevision: expectedRevision, connection, logger: logger)
        }
        return saved
    }

    public func load(_ id: DebriefID) async throws -> Debrief? {
        guard let row = try await database.execute(PreparedStatements.LoadDebrief(id: id.rawValue)).first else { return nil }
        return try PostgresRecord.debrief(document: row.0, steps: row.1, answers: row.2, events: row.3)
    }

    public func list(_ query: DebriefQuery) async throws -> [DebriefSummary] {
        if query.company == nil, query.since == nil, query.status == nil, query.idPrefix == nil, query.interview.isEmpty {
            return try await database.execute(PreparedStatements.ListNewest(limit: query.limit, offset: query.offset))
        }
        let rows = try await database.rows(Self.selection(query, columns: Self.summaryColumns))
        return try rows.map(Self.summary)
    }

    public func loadAll(_ query: DebriefQuery, transcripts: Bool) async throws -> [Debrief] {
        try await debriefs(Self.selection(query, columns: "id"), transcripts: transcripts)
    }

    public func search(_ text: String, limit: Int) async throws -> [SearchHit] {
        let words = SearchText.words(text)
        guard !words.isEmpty, limit > 0 else { return [] }
        let quoted = words.map { "'" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''") + "'" }
        // Whole words first; prefixes ('negot':* for "negotiated") only when that finds too few,
        // so a word typed in full ranks its exact matches first.
        var hits = try await searchHits(quoted.joined(separator: " & "), words: words, limit: limit)
        if hits.count < limit {
            let seen = Set(hits.map(\.hit.id))
            let more = try await searchHits(quoted.map { $0 + ":*" }.joined(separator: " & "), words: words, limit: limit)
            hits += more.filter { !seen.contains($0.hit.id) }
            hits.sort { ($0.updatedAt, $0.hit.id.rawValue) > ($1.updatedAt, $1.hit.id.rawValue) }
        }
        return hits.prefix(limit).map(\.hit)
    }

    /// One hit per debrief whose answer matches the tsquery `pattern`, newest update first.
    private func searchHits(_ pattern: String, words: [String], limit: Int) async throws -> [(hit: SearchHit, updatedAt: Double)] {
        let rows = try await database.execute(PreparedStatements.SearchAnswers(pattern: pattern, limit: limit))
        return rows.map { id, step, text, updatedAt in
            let folded = SearchText.fold(text)
            let first = words.first { folded.contains($0) } ?? words[0]
            return (SearchHit(id: DebriefID(rawValue: id), step: StepKey(rawValue: step), snippet: SearchText.snippet(text, around: first)),
                    updatedAt)
        }
    }

    public func delete(_ id: DebriefID) async throws -> Bool {
        let rows = try await database.rows("DELETE FROM debrief WHERE owner = current_user AND id = \(id.rawValue) RETURNING 1")
        return !rows.isEmpty
    }

    /// Held by a PostgreSQL advisory lock on a connection of its own, which the server frees
    /// when the claim is dropped or the connection ends, however this process ends.
    public func claim(_ id: DebriefID) async throws -> DebriefClaim? {
        do {
            return try await claims.claim(id)
        } catch {
            throw database.storageError(error)
        }
    }
}

extension DebriefStore where Self == PostgresStore {
    /// The PostgreSQL store at `url`, for `DebriefSession(plugins: …, store: .postgres(url))`.
    public static func postgres(_ url: String) throws -> PostgresStore {
        PostgresStore(location: try PostgresLocation(url))
    }
}
#endif
