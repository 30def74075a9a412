import DebriefKit
import Foundation
import GRDB
import GRDBSQLite

/// Puts every debrief (or those `query`'s filters select) back together in id order, for an export: the debrief rows, their
/// answers and their events are each read in one pass, side by side, rather than with a
/// lookup per debrief.
///
/// A debrief whose stored document is not valid JSON (a damaged row) is skipped, never
/// spliced into the archive: SQLite checks each document as it is read, without decoding it.
struct DocumentWalk {
    private var documents: RawRows
    private var answers: GroupedRows
    private var events: GroupedRows

    init(_ db: Database, selecting filter: SQLiteStore.Selection = ([], [])) throws {
        documents = try RawRows(db, sql: "SELECT id, document, json_valid(CAST(document AS TEXT)) FROM debrief \(SQLiteStore.whereClause(filter)) ORDER BY id",
                                arguments: filter.arguments)
        answers = try GroupedRows(db, sql: "SELECT debriefId, json FROM answer ORDER BY debriefId, step")
        events = try GroupedRows(db, sql: "SELECT debriefId, body FROM event ORDER BY debriefId, seq")
    }

    /// Whether a debrief is left to append.
    var hasNext: Bool { documents.onRow }

    /// Appends the next debrief's full JSON document to `buffer` and returns nil, or returns
    /// the debrief's id and appends nothing when its document is damaged; call only while ``hasNext``.
    mutating func appendNext(to buffer: inout Data) throws -> DebriefID? {
        let id = documents.bytes(0)
        var damaged: DebriefID?
        if documents.integer(2) == 1 {
            try StoredDebrief.append(Data(documents.bytes(1)), to: &buffer, answers: { try answers.emit(for: id, to: $0) },
                                     transcript: { try events.emit(for: id, to: $0) })
        } else {
            damaged = DebriefID(rawValue: String(decoding: id, as: UTF8.self))
        }
        try documents.step()
        return damaged
    }
}
