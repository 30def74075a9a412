import DebriefKit
import Foundation
import GRDB

extension SQLiteStore {
    /// Runs `body` in an immediate write transaction; errors become ``DebriefError``s.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write(body)
        } catch {
            throw Self.storageError(error, path: path)
        }
    }

    /// Runs `body` on a snapshot; errors become ``DebriefError``s.
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(body)
        } catch {
            throw Self.storageError(error, path: path)
        }
    }

    /// Runs `body` on a snapshot read through SQLite's own small page cache, not the memory map.
    ///
    /// For reads that pick rows from all through the file (facts, a whole list, an export):
    /// mapped, every page read brings its neighbours into the process, the whole file by the
    /// end (250 MB of resident memory for a list of 10,000, 2 GB for an export of 100,000).
    /// The connection maps again for the next reader.
    func readUnmapped<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await read { db in try Self.unmapped(db, body) }
    }

    /// Runs `body` on `db` with the memory map turned off (see ``readUnmapped(_:)``).
    static func unmapped<T>(_ db: Database, _ body: (Database) throws -> T) throws -> T {
        try db.execute(sql: "PRAGMA mmap_size = 0")
        defer { try? db.execute(sql: "PRAGMA mmap_size = \(Self.readerMapSize)") }
        return try body(db)
    }

    /// Hands the first column of every row, as SQLite holds its bytes, to `emit`.
    static func emitAll(_ rows: RowCursor, to emit: (UnsafeRawBufferPointer) -> Void) throws {
        while let row = try rows.next() {
            try row.withUnsafeData(atIndex: 0) { $0?.withUnsafeBytes(emit) }
        }
    }

    /// Decodes one document as rebuilt by ``StoredDebrief/append(_:to:answers:transcript:)``.
    static func decode(_ document: Data, with decoder: JSONDecoder = DebriefJSON.decoder()) throws -> Debrief {
        do {
            return try decoder.decode(Debrief.self, from: document)
        } catch {
            throw DebriefError(.invalidData, "A saved debrief is damaged, so Debrief can't read it.",
                               recovery: "Update Debrief if a newer version wrote it; otherwise `debrief export` saves the others, and you can delete this one.")
        }
    }

    /// A list row as a summary.
    static func summary(_ row: Row) -> DebriefSummary {
        let date: String? = row["interviewDate"]
        let interview = Interview(company: row["company"], role: row["role"], date: date.flatMap(DayDate.init(iso:)),
                                  stage: row["stage"], outcome: row["outcome"])
        return DebriefSummary(id: DebriefID(rawValue: row["id"]), interview: interview,
                              status: DebriefStatus.Name(rawValue: row["status"]) ?? .inProgress,
                              createdAt: Date(timeIntervalSince1970: row["createdAt"]),
                              updatedAt: Date(timeIntervalSince1970: row["updatedAt"]),
                              revision: row["revision"])
    }

    /// Turns any error from SQLite or GRDB into a ``DebriefError`` that names the file and what to do.
    static func storageError(_ error: any Error, path: String) -> any Error {
        if error is DebriefError || error is CancellationError { return error }
        guard let error = error as? DatabaseError else {
            return DebriefError(.storage, "The store at \(path) failed: \(error).", recovery: "Try again; if it keeps failing, export your debriefs and report the problem.")
        }
        switch error.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return DebriefError(.storage, "The Debrief database at \(path) is damaged.",
                                recovery: "Debrief did not change it. Restore a backup (see Documentation/Storage.md), or move it aside to start a new one.")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return DebriefError(.storage, "The store at \(path) is busy: another Debrief has been writing to it for a while.",
                                recovery: "Try again in a moment.")
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN, .SQLITE_AUTH:
            return DatabaseFile.unwritable(path, reason: error.message ?? "permission denied")
        case .SQLITE_FULL:
            return DebriefError(.storage, "The disk holding \(path) is full.", recovery: "Free some space and try again; nothing was lost.")
        case .SQLITE_IOERR:
            return DebriefError(.storage, "Reading or writing \(path) failed (\(error.message ?? "I/O error")).",
                                recovery: "Check the disk, then try again.")
        default:
            return DebriefError(.storage, "The store at \(path) failed: \(error.message ?? "\(error.resultCode)").",
                                recovery: "Try again; if it keeps failing, export your debriefs and report the problem.")
        }
    }
}
