import GRDB

/// Walks rows of `(debriefId, json)` sorted by debrief id, handing out each debrief's pieces
/// in turn, so an export reads all answers (or events) in one pass beside the debriefs.
///
/// Ids compare as SQLite orders them, by their UTF-8 bytes.
struct GroupedRows {
    private var rows: RawRows

    init(_ db: Database, sql: String) throws {
        rows = try RawRows(db, sql: sql)
    }

    /// Hands the pieces of debrief `id` to `emit`, skipping rows of debriefs before it.
    mutating func emit(for id: UnsafeRawBufferPointer, to emit: (UnsafeRawBufferPointer) -> Void) throws {
        while rows.onRow, rows.bytes(0).lexicographicallyPrecedes(id) {
            try rows.step()
        }
        while rows.onRow, rows.bytes(0).elementsEqual(id) {
            emit(rows.bytes(1))
            try rows.step()
        }
    }
}
