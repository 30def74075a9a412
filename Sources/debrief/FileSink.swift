import DebriefKit
import Foundation

/// An open file descriptor that output goes to, whose failures are said in words: a full
/// disk is "the disk is full", never `NSCocoaErrorDomain Code=640`.
struct FileSink {
    let descriptor: Int32
    /// How messages name it: a path, or "standard output".
    let name: String

    /// Standard output.
    static let standardOutput = FileSink(descriptor: STDOUT_FILENO, name: "standard output")

    /// Writes all of `data`, retrying short and interrupted writes.
    func write(_ data: Data) throws {
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Self.failure(errno, writing: name)
                }
                offset += written
            }
        }
    }

    /// What failed, for an `errno` from creating, writing or renaming `name`.
    static func failure(_ code: Int32, writing name: String) -> DebriefError {
        switch code {
        case ENOSPC, EDQUOT:
            DebriefError(.storage, "The disk is full, so Debrief couldn't finish writing \(name).",
                         recovery: "Free some space (or choose another disk) and try again; your debriefs are untouched.")
        case EFBIG:
            DebriefError(.storage, "\(name) would grow larger than this system lets a file be.",
                         recovery: "Write it to another disk, or raise the file-size limit (ulimit -f), and try again.")
        case EACCES, EPERM, EROFS:
            DebriefError(.storage, "Debrief isn't allowed to write \(name) (\(String(cString: strerror(code))).",
                         recovery: "Choose a folder you can write to.")
        case ENOENT, ENOTDIR:
            DebriefError(.storage, "The folder for \(name) doesn't exist.",
                         recovery: "Create the folder first, or choose another path.")
        default:
            DebriefError(.storage, "Writing \(name) failed (\(String(cString: strerror(code)))).",
                         recovery: "Check the disk and the path, then try again.")
        }
    }
}
