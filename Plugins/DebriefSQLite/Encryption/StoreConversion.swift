public import DebriefKit
public import Foundation
import GRDB

/// Converts a store in place, plain to encrypted and back, so that a crash or `kill -9` at any
/// moment leaves either the old store or the new one, whole.
///
/// The new store is built beside the old one (`debriefs.sqlite.converting`), its WAL folded in
/// and the file synced; then the old store is locked exclusively (no process can read or write
/// it), its WAL folded in, checked unchanged since it was read, and the new file is renamed over
/// it; the folder is synced. The practice deck moves into an encrypted store (and back out to
/// `practice.sqlite`). While converting, every debrief is claimed, so no session is open.
public enum StoreConversion {
    /// The points a conversion passes, in order (the tests kill the process at each).
    public enum Step: Int, CaseIterable, Sendable {
        case claimed = 1, read, debriefsWritten, deckWritten, newFileSynced, oldFileLocked, siblingsRemoved,
             replaced, folderSynced, oldFileWiped, cleanedUp
    }

    /// Encrypts the plain store at `path` (and its practice deck) under `passphrase`; returns
    /// how many debriefs it holds. The old file is overwritten with zeros once replaced.
    public static func encrypt(_ path: String, passphrase: Data, step: (Step) -> Void = { _ in }) async throws -> Int {
        guard !EncryptedStore.isEncrypted(at: path) else {
            throw DebriefError(.misuse, "\(path) is already encrypted.", recovery: "Use `debrief passphrase` to change its passphrase.")
        }
        let practicePath = SQLitePracticeStore.path(besideStore: path)
        let source = try SQLiteStore(path: path)
        let claims = try claimWholeStore(path)
        defer { claims.releaseWholeStore() }
        step(.claimed)
        let debriefs = try await source.loadAll(.all, transcripts: true)
        var deck: PracticeBackup?
        if FileManager.default.fileExists(atPath: practicePath) {
            let practice = try SQLitePracticeStore(path: practicePath)
            deck = try await practice.backup()
            try practice.close()
        }
        try source.close()
        step(.read)
        let temporary = path + ".converting"
        removeFiles(of: temporary)
        do {
            let key = DataKey.random()
            let target = try EncryptedStore(path: temporary, key: key, envelope: try KeyEnvelope.wrap(key, passphrase: passphrase))
            _ = try target.insert(debriefs)
            step(.debriefsWritten)
            if let deck { _ = try await target.restore(deck) }
            try target.close()
            step(.deckWritten)
            try finish(temporary)
            step(.newFileSynced)
            var locked = [try ExclusiveDatabase(path, expecting: Fingerprint(debriefs, deck: nil))]
            if let deck { locked.append(try ExclusiveDatabase(practicePath, expecting: Fingerprint([], deck: deck))) }
            step(.oldFileLocked)
            try replace(path, with: [(temporary, path)], wiping: locked, step: step)
        } catch {
            removeFiles(of: temporary)
            throw error
        }
        removeFiles(of: practicePath)
        step(.cleanedUp)
        return debriefs.count
    }

    /// Decrypts the encrypted store at `path` into a plain one (and `practice.sqlite` beside it);
    /// returns how many debriefs it holds. A wrong passphrase throws ``WrongPassphrase`` untouched.
    public static func decrypt(_ path: String, passphrase: Data, step: (Step) -> Void = { _ in }) async throws -> Int {
        let source = try EncryptedStore(path: path, passphrase: passphrase)
        let claims = try claimWholeStore(path)
        defer { claims.releaseWholeStore() }
        step(.claimed)
        let debriefs = try await source.loadAll(.all, transcripts: true)
        let deck = try await source.backup()
        try source.close()
        step(.read)
        let temporary = path + ".converting"
        let practicePath = SQLitePracticeStore.path(besideStore: path)
        let temporaryPractice = practicePath + ".converting"
        removeFiles(of: temporary)
        removeFiles(of: temporaryPractice)
        do {
            let target = try SQLiteStore(path: temporary)
            _ = try target.insert(debriefs)
            try target.close()
            step(.debriefsWritten)
            var moves: [(from: String, to: String)] = [(temporary, path)]
            if !deck.cards.isEmpty {
                let practice = try SQLitePracticeStore(path: temporaryPractice)
                _ = try await practice.restore(deck)
                try practice.close()
                try finish(temporaryPractice)
                moves.insert((temporaryPractice, practicePath), at: 0)
            }
            step(.deckWritten)
            try finish(temporary)
            step(.newFileSynced)
            let locked = try ExclusiveDatabase(path, expecting: Fingerprint(debriefs, deck: deck))
            step(.oldFileLocked)
            try replace(path, with: moves, wiping: [], keeping: locked, step: step)
        } catch {
            removeFiles(of: temporary)
            removeFiles(of: temporaryPractice)
            throw error
        }
        removeFiles(of: temporary)
        step(.cleanedUp)
        return debriefs.count
    }

    /// Re-wraps the data key of the encrypted store at `path` under `new`, in one transaction;
    /// the old wrapped key is overwritten in the file and no copy stays in the WAL.
    public static func changePassphrase(_ path: String, from old: Data, to new: Data) async throws {
        let store = try EncryptedStore(path: path, passphrase: old)
        let envelope = try KeyEnvelope.wrap(store.key, passphrase: new)
        try await store.write { db in try envelope.write(db) }
        try await store.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try store.close()
    }

    /// Every debrief of the store at `path`, claimed for the conversion.
    private static func claimWholeStore(_ path: String) throws -> ClaimFile {
        guard let claims = ClaimFile(storePath: path) else { throw DatabaseFile.unwritable(path, reason: "its folder is read-only") }
        guard claims.claimWholeStore() else {
            throw DebriefError(.busy, "A debrief in \(path) is open in another window.",
                               recovery: "Finish or pause it there (or close that window), then try again. Nothing was changed.")
        }
        return claims
    }

    /// Folds the WAL of the closed database at `path` into it, removes the WAL and shared-memory
    /// files (and a lock file), and syncs the file, so it can be renamed into place alone.
    private static func finish(_ path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
        for sibling in ["-wal", "-shm", "-lock"] { unlink(path + sibling) }
        try sync(path)
    }

    /// Renames each new file over its place (the store last), syncs the folder, then overwrites
    /// the old files of `wiping` with zeros, and closes the locked old databases.
    private static func replace(_ path: String, with moves: [(from: String, to: String)], wiping: [ExclusiveDatabase],
                                keeping locked: ExclusiveDatabase? = nil, step: (Step) -> Void) throws {
        let olds = wiping.map { $0.path }.map { open($0, O_WRONLY | O_CLOEXEC) }
        defer { olds.forEach { if $0 >= 0 { close($0) } } }
        for old in wiping.map(\.path) + [path] {
            unlink(old + "-wal")
            unlink(old + "-shm")
        }
        step(.siblingsRemoved)
        for move in moves where rename(move.from, move.to) != 0 {
            throw DatabaseFile.unwritable(move.to, reason: String(cString: strerror(errno)))
        }
        step(.replaced)
        let folder = (path as NSString).deletingLastPathComponent
        try sync(folder.isEmpty ? "." : folder)
        step(.folderSynced)
        for fd in olds where fd >= 0 { wipe(fd) }
        step(.oldFileWiped)
        wiping.forEach { $0.close() }
        locked?.close()
    }

    /// Overwrites the file open at `fd` with zeros and syncs it.
    private static func wipe(_ fd: Int32) {
        var info = stat()
        guard fstat(fd, &info) == 0 else { return }
        let zeros = [UInt8](repeating: 0, count: 1 << 16)
        var offset: off_t = 0
        while offset < info.st_size {
            let count = min(zeros.count, Int(info.st_size - offset))
            guard pwrite(fd, zeros, count, offset) == count else { return }
            offset += off_t(count)
        }
        fsync(fd)
    }

    private static func sync(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw DatabaseFile.unwritable(path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw DatabaseFile.unwritable(path, reason: String(cString: strerror(errno))) }
    }

    /// Removes a database at `path` and every file SQLite or Debrief keeps beside it.
    private static func removeFiles(of path: String) {
        for suffix in ["", "-wal", "-shm", "-journal", "-lock"] { unlink(path + suffix) }
    }
}
