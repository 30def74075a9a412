import DebriefKit
import Foundation

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

    /// Creates the folder (0700) and an empty file (0600) when missing, then inspects the file.
    static func prepare(_ path: String) throws -> State {
        let manager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try createFolder(folder, for: path, manager: manager)
        }
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw DebriefError(.storage, "\(path) is a folder, not a Debrief database.",
                               recovery: "Pass a file path with --store, e.g. \(path)/debriefs.sqlite.")
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        if fd >= 0 {
            close(fd)
            return .fresh
        }
        if errno != EEXIST {
            throw unwritable(path, reason: String(cString: strerror(errno)))
        }
        let state = try inspect(path)
        try checkWritable(path, folder: folder.isEmpty ? "." : folder)
        for file in [path, path + "-wal", path + "-shm"] where manager.fileExists(atPath: file) {
            chmod(file, 0o600)
        }
        return state
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

    private static func createFolder(_ folder: String, for path: String, manager: FileManager) throws {
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
