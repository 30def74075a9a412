import DebriefKit
import Foundation
import GRDB

/// One row of an encrypted store's `debrief` table: plain ids, dates, revision and status, and
/// three boxes: the interview (what lists show), the whole debrief, and the folded answer text
/// that search scans.
struct SealedDebrief {
    let id: String
    let revision: Int
    let createdAt: Double
    let updatedAt: Double
    let status: String
    let summary: Data
    let document: Data
    let search: Data

    init(_ debrief: Debrief, key: DataKey) throws {
        id = debrief.id.rawValue
        revision = debrief.revision
        createdAt = debrief.createdAt.timeIntervalSince1970
        updatedAt = debrief.updatedAt.timeIntervalSince1970
        status = debrief.status.name.rawValue
        let encoder = DebriefJSON.encoder()
        summary = try key.seal(try encoder.encode(debrief.interview), context: "summary:" + id)
        document = try key.seal(try encoder.encode(debrief), context: "document:" + id)
        search = try key.seal(SearchEntries.encode(debrief), context: "search:" + id)
    }

    /// Inserts the row, or replaces the stored one with the same id.
    func write(_ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO debrief (id, revision, createdAt, updatedAt, status, summary, document, search) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET revision = excluded.revision, createdAt = excluded.createdAt, updatedAt = excluded.updatedAt,
                status = excluded.status, summary = excluded.summary, document = excluded.document, search = excluded.search
            """).execute(arguments: [id, revision, createdAt, updatedAt, status, summary, document, search])
    }

    /// The debrief sealed in `box`, the `document` of the row with `id`.
    static func debrief(_ id: String, box: Data, key: DataKey) throws -> Debrief {
        try SQLiteStore.decode(try key.open(box, context: "document:" + id))
    }

    /// The summary of a row of `id, revision, createdAt, updatedAt, status, summary`.
    static func summary(_ row: Row, key: DataKey) throws -> DebriefSummary {
        let id: String = row["id"]
        let interview = try DebriefJSON.decoder().decode(Interview.self, from: try key.open(row["summary"], context: "summary:" + id))
        return DebriefSummary(id: DebriefID(rawValue: id), interview: interview,
                              status: DebriefStatus.Name(rawValue: row["status"]) ?? .inProgress,
                              createdAt: Date(timeIntervalSince1970: row["createdAt"]),
                              updatedAt: Date(timeIntervalSince1970: row["updatedAt"]),
                              revision: row["revision"])
    }
}
