import Foundation

/// `/edit`: writes a long answer in the person's own editor.
///
/// The draft goes into a fresh temporary file that only this user can read (0600, made
/// by `mkstemps`), `$VISUAL` or `$EDITOR` (else `vi`) opens it, and the file is removed
/// afterwards whatever happens. The editor command may carry arguments (`code --wait`).
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
        let directory = variables["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(directory)/debrief-answer-XXXXXX.txt".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemps($0, 4) } ?? -1
        }
        guard descriptor >= 0 else { throw .noTemporaryFile(directory) }
        let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { unlink(path) }
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
