import Foundation
import GRDB

/// Walks rows of `(debriefId, json)` sorted by debrief id, handing out each debrief's
/// pieces in turn: an export reads all answers (or events) in one pass beside the debriefs.
///
/// Ids are compared as SQLite orders them, by their UTF-8 bytes, straight from SQLite's
/// buffers: no string is made.
struct GroupedRows {
    private let rows: RowCursor
    private var current: Row?

    init(_ rows: RowCursor) throws {
        self.rows = rows
        current = try rows.next()
    }

    /// Hands the pieces of debrief `id` to `emit`, skipping rows of debriefs before it.
    mutating func emit(for id: Data, to emit: (Data) -> Void) throws {
        while let row = current, try row.withUnsafeData(atIndex: 0, { $0?.lexicographicallyPrecedes(id) }) == true {
            current = try rows.next()
        }
        while let row = current, try row.withUnsafeData(atIndex: 0, { $0 == id }) == true {
            try row.withUnsafeData(atIndex: 1) { $0.map(emit) }
            current = try rows.next()
        }
    }
}
