import DebriefKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The store's lock file (`debriefs.sqlite-lock`, 0600): byte-range locks on it serialise
/// creating the database and hold each debrief for one session.
///
/// The kernel drops these locks when the file is closed, and a process's files close however
/// it ends, so a crashed or killed session never holds a debrief for ever. On Linux they are
/// open-file-description locks: two stores in one process exclude each other as two
/// processes do. Byte 0 guards creation and migration; a debrief's byte is found by hashing
/// its id into the rest of the range (a collision of two ids would only make one wait).
final class ClaimFile: @unchecked Sendable {
    /// The lock file beside a store at `storePath`.
    static func path(for storePath: String) -> String { storePath + "-lock" }

    private let fd: Int32
    /// Serialises ``held``.
    private let lock = NSLock()
    /// How many claims this store has on each debrief; the byte is unlocked at zero.
    private var held: [DebriefID: Int] = [:]

    /// Opens (creating, 0600) the lock file; nil when its folder is read-only.
    init?(storePath: String) {
        fd = open(Self.path(for: storePath), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return nil }
    }

    deinit {
        close(fd)
    }

    /// Runs `body` while holding byte 0, waiting for another process that holds it.
    func whileCreating<T>(_ body: () throws -> T) throws -> T {
        _ = setLock(F_WRLCK, at: 0, wait: true)
        defer { _ = setLock(F_UNLCK, at: 0, wait: false) }
        return try body()
    }

    /// A claim on `id`, or nil while another store (in any process) holds it.
    func claim(_ id: DebriefID) -> DebriefClaim? {
        lock.lock()
        defer { lock.unlock() }
        let count = held[id, default: 0]
        guard count > 0 || setLock(F_WRLCK, at: Self.offset(of: id), wait: false) else { return nil }
        held[id] = count + 1
        return DebriefClaim(id) { [self] in release(id) }
    }

    /// Every debrief's byte at once, for converting the store (``StoreConversion``): nil while
    /// any session, here or in another process, holds one. Byte 0 is taken too, waiting, so no
    /// process opens the store for writing until ``releaseWholeStore()``.
    func claimWholeStore() -> Bool {
        guard setLock(F_WRLCK, at: 1, length: 0, wait: false) else { return false }
        _ = setLock(F_WRLCK, at: 0, wait: true)
        return true
    }

    /// Gives back what ``claimWholeStore()`` took.
    func releaseWholeStore() {
        _ = setLock(F_UNLCK, at: 0, length: 0, wait: false)
    }

    private func release(_ id: DebriefID) {
        lock.lock()
        defer { lock.unlock() }
        let count = held[id, default: 0] - 1
        held[id] = count > 0 ? count : nil
        if count == 0 { _ = setLock(F_UNLCK, at: Self.offset(of: id), wait: false) }
    }

    /// Where `id`'s lock sits: a stable hash (FNV-1a; Swift's `Hasher` differs per process) past byte 0.
    static func offset(of id: DebriefID) -> off_t {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in id.rawValue.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        return off_t(1 + hash & 0x3FFF_FFFF_FFFF_FFFF)
    }

    /// Locks `length` bytes from `offset` (0: to the end of any file).
    private func setLock(_ type: Int32, at offset: off_t, length: off_t = 1, wait: Bool) -> Bool {
        var range = flock()
        range.l_type = Int16(type)
        range.l_whence = Int16(SEEK_SET)
        range.l_start = offset
        range.l_len = length
        while fcntl(fd, wait ? Self.setLockWait : Self.setLock, &range) != 0 {
            if errno != EINTR { return false }
        }
        return true
    }

    #if os(Linux)
    /// `F_OFD_SETLK` and `F_OFD_SETLKW`: locks owned by the open file, not the process.
    private static let setLock: Int32 = 37
    private static let setLockWait: Int32 = 38
    #else
    /// Process-owned locks where open-file locks are missing: two stores in one process share them.
    private static let setLock = F_SETLK
    private static let setLockWait = F_SETLKW
    #endif
}
