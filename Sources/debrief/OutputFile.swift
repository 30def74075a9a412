import ArgumentParser
import DebriefKit
import DebriefREPL
import Foundation

/// A file that `--output` names, written so that nothing else at that path is harmed.
///
/// Only a regular file or a new path is written: a symbolic link, a folder or a special file
/// (a device such as /dev/full, a FIFO, a socket) is refused before any work, so no output
/// can be sent through a link or replace a device. An existing file is replaced only after
/// a yes at a terminal, or with `--force`. The text goes to a private temporary file beside
/// it (`NAME.partial-PID-…`, 0600, opened with O_EXCL and O_NOFOLLOW so nothing planted there
/// is followed), which is renamed into place only when complete and only if the path still
/// holds what was checked. A signal removes the temporary file; one left by a killed run is
/// removed by the next write to the same path.
struct OutputFile {
    let path: String
    /// The file found at `path` when it was checked (device and inode), or nil for a new path.
    private let existing: (device: UInt64, inode: UInt64)?

    /// Checks `path` and, when it holds a file, asks before replacing it (unless `force`).
    init(path: String, force: Bool) throws {
        self.path = path
        var status = stat()
        guard lstat(path, &status) == 0 else {
            guard errno == ENOENT else { throw FileSink.failure(errno, writing: path) }
            existing = nil
            return
        }
        if let kind = Self.refusedKind(status.st_mode) {
            throw DebriefError(.misuse, "\(path) is \(kind), and Debrief writes only to a regular file or a new path.",
                               recovery: kind == "a folder"
                                ? "Give a file name inside it, such as \((path as NSString).appendingPathComponent("debrief.json"))."
                                : "Give the path of a regular file or a new one; to send the output elsewhere, leave out --output and use a pipe.")
        }
        existing = (UInt64(status.st_dev), UInt64(status.st_ino))
        if !force { try Self.confirmReplacing(path) }
    }

    /// How a path that must not be written is described, or nil for a regular file.
    static func refusedKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFLNK: "a symbolic link"
        case S_IFDIR: "a folder"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }

    /// Asks at a terminal whether to replace `path`; refuses without one.
    private static func confirmReplacing(_ path: String) throws {
        guard Console.stdinIsTerminal else {
            throw DebriefError(.misuse, "\(path) already exists, and Debrief replaces a file only when you say so.",
                               recovery: "Add --force to replace it, or choose another name.")
        }
        Console.note("\(path) already exists. Replace it? [y/N] ", newline: false)
        guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased().trimmingCharacters(in: .whitespaces)) else {
            Console.note("Left \(path) as it was; nothing was written.")
            throw ExitCode.success
        }
    }

    /// Writes through `body` into a temporary file, then puts it in place; on any failure
    /// the temporary file is removed and `path` is left as it was.
    func write<T>(_ body: (FileSink) throws -> T) throws -> T {
        let folder = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        let prefix = (path as NSString).lastPathComponent + ".partial-"
        TemporaryFiles.removeLeftovers(in: folder, prefix: prefix)
        TemporaryFiles.removeOnSignals()
        signal(SIGXFSZ, SIG_IGN)
        let temporary = (folder as NSString).appendingPathComponent(prefix + "\(getpid())-" + UUID().uuidString.prefix(8).lowercased())
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw FileSink.failure(errno, writing: path) }
        TemporaryFiles.hold(temporary)
        var open = true
        defer {
            if open { close(descriptor) }
            TemporaryFiles.remove(temporary)
        }
        let result = try body(FileSink(descriptor: descriptor, name: path))
        guard fsync(descriptor) == 0 else { throw FileSink.failure(errno, writing: path) }
        open = false
        guard close(descriptor) == 0 else { throw FileSink.failure(errno, writing: path) }
        try putInPlace(temporary)
        return result
    }

    /// Moves the finished file to `path`: without replacing anything when `path` was new, and
    /// over the very file that was checked otherwise.
    private func putInPlace(_ temporary: String) throws {
        let changed = DebriefError(.misuse, "\(path) changed while Debrief was writing it, so it was left alone.",
                                   recovery: "Check what is there now, then try again.")
        guard let existing else {
            // link(2) never replaces: something that appeared at the path meanwhile stays.
            if link(temporary, path) == 0 { return }
            guard [EPERM, EOPNOTSUPP, EMLINK].contains(errno) else {
                throw errno == EEXIST ? changed : FileSink.failure(errno, writing: path)
            }
            // A file system without hard links: rename, if the path is still free.
            var status = stat()
            guard lstat(path, &status) != 0, errno == ENOENT else { throw changed }
            guard rename(temporary, path) == 0 else { throw FileSink.failure(errno, writing: path) }
            return
        }
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
              UInt64(status.st_dev) == existing.device, UInt64(status.st_ino) == existing.inode else { throw changed }
        guard rename(temporary, path) == 0 else { throw FileSink.failure(errno, writing: path) }
    }
}
