import DebriefKit
import Foundation

extension DatabaseFile {
    /// `PRAGMA user_version` of an encrypted Debrief store: "DBEC". It sits in the 100-byte
    /// header beside the application id, so a plain store tells an encrypted one from a read
    /// of 100 bytes, and an older Debrief refuses one as a newer store (its migration is unknown).
    static let encryptedMarker: Int32 = 0x4442_4543

    /// Whether the Debrief store at `path` is encrypted; false for anything else or nothing there.
    static func isEncrypted(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 100), header.count == 100 else { return false }
        func field(_ offset: Int) -> Int32 { Int32(bitPattern: header[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }) }
        return field(68) == applicationID && field(60) == encryptedMarker
    }

    /// Refuses, untouched, a plain store opened as encrypted or the other way round.
    static func checkEncryption(_ path: String, expected: Bool) throws {
        guard isEncrypted(path) != expected else { return }
        if expected {
            throw DebriefError(.storage, "\(path) is not encrypted.", recovery: "Open it as a plain store, or run `debrief encrypt` first.")
        }
        throw DebriefError(.storage, "\(path) is encrypted.",
                           recovery: "Open it with its passphrase: the debrief command asks for it (or reads DEBRIEF_PASSPHRASE_FILE); in Swift, use EncryptedStore.")
    }
}
