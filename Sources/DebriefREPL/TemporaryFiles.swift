import Foundation
import Synchronization

/// The temporary files this process holds, so none outlives it.
///
/// Their owners remove them when done; ``SignalTrap`` removes whatever is left before it
/// leaves on SIGTERM, SIGHUP or SIGINT. A SIGKILL cannot be caught, so every name carries
/// the PID that made it (`PREFIX<pid>-…`) and the next run removes those whose process is
/// gone with ``removeLeftovers(in:prefix:)``.
public enum TemporaryFiles {
    private static let held = Mutex<Set<String>>([])
    /// The trap that cleans up in commands without a REPL, kept for the life of the process.
    private static let trap = Mutex<SignalTrap?>(nil)

    /// Remembers `path` until it is ``forget(_:)``-ed or removed.
    public static func hold(_ path: String) {
        _ = held.withLock { $0.insert(path) }
    }

    /// Stops tracking `path` (it was renamed into place).
    public static func forget(_ path: String) {
        _ = held.withLock { $0.remove(path) }
    }

    /// Removes `path` and stops tracking it.
    public static func remove(_ path: String) {
        unlink(path)
        forget(path)
    }

    /// Removes every held file; the signal path calls it just before the process leaves.
    static func removeAll() {
        for path in held.withLock({ $0 }) { unlink(path) }
    }

    /// Makes SIGTERM, SIGHUP and SIGINT remove the held files and leave with 128 + the signal,
    /// for commands that write files without a REPL (which has its own trap).
    public static func removeOnSignals() {
        trap.withLock { trap in
            if trap == nil { trap = SignalTrap(interruptLeaves: true) { signal, _ in exit(128 + signal) } }
        }
    }

    /// Removes the files in `folder` named `PREFIX<pid>-…`, owned by this user, whose process
    /// is no longer running: what a killed run left behind.
    public static func removeLeftovers(in folder: String, prefix: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = pid_t(name.dropFirst(prefix.count).prefix { $0 != "-" }), !isRunning(pid) else { continue }
            let path = (folder as NSString).appendingPathComponent(name)
            var status = stat()
            guard lstat(path, &status) == 0, status.st_uid == geteuid(), status.st_mode & S_IFMT == S_IFREG else { continue }
            unlink(path)
        }
    }

    /// Whether process `pid` exists (one we may not signal still exists).
    static func isRunning(_ pid: pid_t) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }
}
