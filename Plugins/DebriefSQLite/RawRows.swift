import Foundation
import GRDB
import GRDBSQLite

/// Steps through a statement's rows with SQLite's own calls, for the export's millions of rows.
///
/// A GRDB row costs about a microsecond in Swift bookkeeping; an export of 100,000 debriefs
/// reads four million rows (answers and events), so that alone was seconds. Here a column's
/// bytes are read straight from SQLite's buffer: they stay valid until the next step.
struct RawRows {
    private let statement: Statement
    private let connection: SQLiteConnection
    /// Whether the statement is on a row.
    private(set) var onRow = false

    init(_ db: Database, sql: String, arguments: StatementArguments = []) throws {
        guard let connection = db.sqliteConnection else { throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "The database is closed.") }
        self.connection = connection
        statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        try step()
    }

    /// Moves to the next row; `onRow` is false once the rows run out.
    mutating func step() throws {
        let code = sqlite3_step(statement.sqliteStatement)
        guard code == SQLITE_ROW || code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)),
                                sql: statement.sql)
        }
        onRow = code == SQLITE_ROW
    }

    /// The bytes of column `index` of the current row (empty for NULL), valid until the next step.
    func bytes(_ index: Int32) -> UnsafeRawBufferPointer {
        let pointer = sqlite3_column_blob(statement.sqliteStatement, index)
        return UnsafeRawBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(statement.sqliteStatement, index)))
    }

    /// Column `index` of the current row as a string (empty for NULL).
    func string(_ index: Int32) -> String {
        String(decoding: bytes(index), as: UTF8.self)
    }

    /// Whether column `index` of the current row is NULL.
    func isNull(_ index: Int32) -> Bool {
        sqlite3_column_type(statement.sqliteStatement, index) == SQLITE_NULL
    }

    /// Column `index` of the current row as a floating-point number (0 for NULL).
    func double(_ index: Int32) -> Double {
        sqlite3_column_double(statement.sqliteStatement, index)
    }

    /// Column `index` of the current row as an integer (0 for NULL).
    func integer(_ index: Int32) -> Int64 {
        sqlite3_column_int64(statement.sqliteStatement, index)
    }
}
