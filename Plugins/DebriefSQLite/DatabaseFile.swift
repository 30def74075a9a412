import DebriefKit
import Foundation
import GRDB

/// Checks the place a store will live before SQLite touches it, so that a foreign or
/// damaged file is refused untouched and a read-only place is reported up front.
///
/// The check reads only the 100-byte SQLite header: the magic string, the
/// `application_id` Debrief sets on creation, and the schema cookie (zero while no
/// table was ever created, as after a crash between creating the file and migrating it).
enum DatabaseFile {
    /// `PRAGMA application_id` of a Debrief database: "DBRF".
    static let applicationID: Int32 = 0x4442_5246

    /// What was found at the path.
    enum State: Equatable {
        /// No tables yet: the migrator will create them.
        case fresh
        /// A Debrief database.
        case debrief
    }

    /// How a database was opened.
    struct Opened {
        let pool: DatabasePool
        /// The lock file; nil when the store was opened read-only.
        let claims: ClaimFile?
    }

    /// Opens the database at `path`, creating it (folder 0700, file 0600) and migrating it
    /// under the lock file's creation lock, so processes opening a new store at once never
    /// race. An existing Debrief database that this user may not write is opened read-only,
    /// or any when `readOnly` asks for that (one that needs an upgrade takes it first, and one
    /// that doesn't exist yet, or is still being created, is created first, where it can be). A foreign, damaged or newer file is refused
    /// before anything is written beside it, and a file this call created is removed again
    /// when creating it fails (a full disk leaves no empty store behind).
    static func open(_ path: String, readOnly: Bool, configuration: Configuration, migrator: DatabaseMigrator,
                     encrypted: Bool = false) throws -> Opened {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try createFolder(folder, for: path) }
        let place = folder.isEmpty ? "." : folder
        let exists = try existing(path)
        if exists { try checkEncryption(path, expected: encrypted) }
        if exists, try inspect(path) == .debrief, readOnly || !canWrite(path, folder: place) {
            try check(path, migrator: migrator)
            if readOnly, canWrite(path, folder: place), try !isCurrent(path, migrator: migrator) {
                // Reading a store an older Debrief wrote: take the upgrade first, then read.
                try open(path, readOnly: false, configuration: configuration, migrator: migrator).pool.close()
            }
            return Opened(pool: try retryingWhileBusy { try openReadOnly(path, configuration: configuration, migrator: migrator) }, claims: nil)
        }
        guard let claims = ClaimFile(storePath: path) else { throw unwritable(path, reason: "the folder \(place) is read-only") }
        return try retryingWhileBusy { try claims.whileCreating {
            let created = try createFile(path)
            do {
                if !created {
                    try checkWritable(path, folder: place)
                    if try inspect(path) == .debrief { try check(path, migrator: migrator) }
                    for file in [path, path + "-wal", path + "-shm", ClaimFile.path(for: path)] { chmod(file, 0o600) }
                }
                let pool = try DatabasePool(path: path, configuration: configuration)
                try migrator.migrate(pool)
                return Opened(pool: pool, claims: claims)
            } catch {
                if created {
                    for file in [path, path + "-wal", path + "-shm"] { unlink(file) }
                }
                throw error
            }
        } }
    }

    /// Runs `open` again while SQLite answers busy at once, as it does (without waiting out the
    /// busy timeout) while another process recovers or checkpoints the WAL of a store it just
    /// opened or closed; a few tries over about a second, then the error stands.
    private static func retryingWhileBusy<T>(_ open: () throws -> T) throws -> T {
        for _ in 0..<40 {
            do {
                return try open()
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
                usleep(25_000)
            }
        }
        return try open()
    }

    /// Whether something is at `path`; a folder there is refused.
    private static func existing(_ path: String) throws -> Bool {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return false }
        if isFolder.boolValue {
            throw DebriefError(.storage, "\(path) is a folder, not a Debrief database.",
                               recovery: "Pass a file path with --store, e.g. \(path)/debriefs.sqlite.")
        }
        return true
    }

    /// Creates an empty file (0600); false when one was there already.
    private static func createFile(_ path: String) throws -> Bool {
        let fd = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd >= 0 {
            close(fd)
            return true
        }
        if errno != EEXIST { throw unwritable(path, reason: String(cString: strerror(errno))) }
        return false
    }

    /// Reads an existing database through a read-only connection before opening it for
    /// writing, so a damaged one or one from a newer Debrief is refused without a change:
    /// the `-wal` and `-shm` files SQLite makes for reading are removed again on refusal.
    static func check(_ path: String, migrator: DatabaseMigrator) throws {
        let siblings = [path + "-wal", path + "-shm"].filter { !FileManager.default.fileExists(atPath: $0) }
        do {
            var configuration = Configuration()
            configuration.readonly = true
            configuration.busyMode = .timeout(10)
            let queue = try readOnly(path, configuration: configuration, DatabaseQueue.init)
            defer { try? queue.close() }
            try queue.read { db in
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
                if try migrator.hasBeenSuperseded(db) {
                    throw DebriefError(.storage, "\(path) was written by a newer version of Debrief.",
                                       recovery: "Update Debrief to open it; it was left untouched.")
                }
            }
        } catch {
            for file in siblings { unlink(file) }
            throw error
        }
    }

    /// A read-only connection made by `open`. A WAL database whose `-shm` file is missing in a
    /// folder this user may not write opens only as immutable: SQLite can't make that file,
    /// and no one here can change the store.
    private static func readOnly<Connection>(_ path: String, configuration: Configuration,
                                             _ open: (String, Configuration) throws -> Connection) throws -> Connection {
        do {
            return try open(path, configuration)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY || error.resultCode == .SQLITE_CANTOPEN {
            let folder = (path as NSString).deletingLastPathComponent
            guard access(folder.isEmpty ? "." : folder, W_OK) != 0 else { throw error }
            let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
            return try open("file:\(encoded)?immutable=1", configuration)
        }
    }

    /// A store this user may read but not write: listing, showing and exporting still work.
    private static func openReadOnly(_ path: String, configuration: Configuration, migrator: DatabaseMigrator) throws -> DatabasePool {
        var configuration = configuration
        configuration.readonly = true
        let pool = try readOnly(path, configuration: configuration, DatabasePool.init)
        guard try pool.read(migrator.hasCompletedMigrations) else {
            throw DebriefError(.storage, "\(path) was written by an older Debrief and needs an upgrade, which a read-only store can't take.",
                               recovery: "Open it once where it can be written, or copy it somewhere writable and pass that path with --store.")
        }
        return pool
    }

    /// Whether every migration has run on the database at `path`, read without changing it.
    private static func isCurrent(_ path: String, migrator: DatabaseMigrator) throws -> Bool {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        let queue = try readOnly(path, configuration: configuration, DatabaseQueue.init)
        defer { try? queue.close() }
        return try queue.read(migrator.hasCompletedMigrations)
    }

    /// Reads the header of an existing file and refuses anything that is not Debrief's.
    static func inspect(_ path: String) throws -> State {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw DebriefError(.storage, "Debrief can't read \(path).",
                               recovery: "Check the file's permissions, or pass another path with --store.")
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        if header.isEmpty { return .fresh }
        let magic = Data("SQLite format 3\0".utf8)
        guard header.count == 100, header.prefix(16) == magic else { throw notDebrief(path) }
        let applicationID = Int32(bitPattern: bigEndian(header, at: 68))
        if applicationID == DatabaseFile.applicationID { return .debrief }
        if applicationID == 0, bigEndian(header, at: 40) == 0 { return .fresh }
        throw DebriefError(.storage, "\(path) is a database of another program, not a Debrief store.",
                           recovery: "Debrief left it untouched. Pass another path with --store or DEBRIEF_STORE.")
    }

    /// The refusal for a file that is not a database or whose header is damaged.
    static func notDebrief(_ path: String) -> DebriefError {
        DebriefError(.storage, "\(path) is not a Debrief database, or it is damaged.",
                     recovery: "Debrief left it untouched. Move it aside (or restore a backup there, see Documentation/Storage.md), or pass another path with --store.")
    }

    /// The refusal for a place Debrief may not write.
    static func unwritable(_ path: String, reason: String) -> DebriefError {
        DebriefError(.storage, "Debrief can't save to \(path): \(reason).",
                     recovery: "Choose a writable place with --store or DEBRIEF_STORE, or fix the folder's permissions.")
    }

    private static func createFolder(_ folder: String, for path: String) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw unwritable(path, reason: "\(folder) is a file, not a folder") }
            return
        }
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw unwritable(path, reason: "the folder \(folder) can't be created")
        }
    }

    private static func canWrite(_ path: String, folder: String) -> Bool {
        access(path, R_OK | W_OK) == 0 && access(folder, W_OK | X_OK) == 0
    }

    private static func checkWritable(_ path: String, folder: String) throws {
        if access(path, R_OK | W_OK) != 0 {
            throw unwritable(path, reason: "the file is read-only")
        }
        if access(folder, W_OK | X_OK) != 0 {
            throw unwritable(path, reason: "the folder \(folder) is read-only")
        }
    }

    private static func bigEndian(_ data: Data, at offset: Int) -> UInt32 {
        data[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }
}
