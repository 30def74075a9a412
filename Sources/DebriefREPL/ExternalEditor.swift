import Foundation

/// `/edit`: writes a long answer in the person's own editor.
///
/// The draft holds the person's answer, so it goes into a fresh file only this user can
/// read (0600, made by `mkstemps`) inside a folder only they can enter (`$TMPDIR/debrief-UID`,
/// 0700, refused when it is anyone else's or open to others). `$VISUAL` or `$EDITOR` (else
/// `vi`) opens it; the file is removed afterwards, or by ``SignalTrap`` when a signal ends the
/// run, and a draft a killed run left (its PID is in the name) by the next run's
/// ``removeLeftovers()``. The editor command may carry arguments (`code --wait`).
struct ExternalEditor: Sendable {
    var variables: [String: String]

    /// The editor command that `/edit` runs.
    var command: String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = variables[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty { return value }
        }
        return "vi"
    }

    /// Opens `draft` in the editor and returns what was saved, without trailing blank lines.
    func edit(_ draft: String) throws(EditFailure) -> String {
        let directory = folder
        guard Self.makePrivateFolder(directory) else { throw .noTemporaryFile(directory) }
        defer { rmdir(directory) }
        TemporaryFiles.removeLeftovers(in: directory, prefix: Self.prefix)
        var template = Array("\(directory)/\(Self.prefix)\(getpid())-XXXXXX.txt".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemps($0, 4) } ?? -1
        }
        guard descriptor >= 0 else { throw .noTemporaryFile(directory) }
        let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        TemporaryFiles.hold(path)
        defer { TemporaryFiles.remove(path) }
        fchmod(descriptor, 0o600)
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        guard (try? handle.write(contentsOf: Data(draft.utf8))) != nil, (try? handle.close()) != nil else {
            throw .noTemporaryFile(directory)
        }
        let status = ChildProcess.run(["/bin/sh", "-c", command + " \"$1\"", "sh", path], environment: variables)
        guard let status else { throw .couldNotStart(command) }
        guard status == 0 else { throw .failed(command, status) }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw .unreadable }
        return String(text.reversed().drop { $0.isNewline || $0 == " " }.reversed())
    }

    /// How every draft's name starts; the PID of the run that made it follows.
    static let prefix = "debrief-answer-"

    /// The private folder for drafts: `$TMPDIR/debrief-UID` (`/tmp` without TMPDIR).
    var folder: String {
        let base = variables["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return (base as NSString).appendingPathComponent("debrief-\(geteuid())")
    }

    /// Removes the drafts of runs that were killed (SIGKILL leaves no chance to clean up).
    func removeLeftovers() {
        TemporaryFiles.removeLeftovers(in: folder, prefix: Self.prefix)
        rmdir(folder)
    }

    /// Creates `path` as a 0700 folder, or accepts it when it already is one of this user's that
    /// nobody else can enter; a symbolic link or anyone else's folder is refused.
    static func makePrivateFolder(_ path: String) -> Bool {
        if mkdir(path, 0o700) != 0, errno != EEXIST { return false }
        var status = stat()
        return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR && status.st_uid == geteuid()
            && status.st_mode & 0o077 == 0
    }

    /// Why `/edit` did not produce an answer, said kindly.
    enum EditFailure: Error, CustomStringConvertible {
        case noTemporaryFile(String)
        case couldNotStart(String)
        case failed(String, Int32)
        case unreadable

        var description: String {
            switch self {
            case .noTemporaryFile(let directory):
                "I couldn't make a private file for your answer in \(directory). Set TMPDIR to a folder you can write to, or type the answer here."
            case .couldNotStart(let command):
                "I couldn't start your editor (\(command)). Set VISUAL or EDITOR to one that's installed, or type the answer here."
            case .failed(let command, let status):
                "Your editor (\(command)) stopped with status \(status), so nothing was sent. Your draft is still here — try /edit again, or type the answer."
            case .unreadable:
                "I couldn't read what the editor saved (it should be UTF-8 text). Nothing was sent; try /edit again, or type the answer."
            }
        }
    }
}
