import DebriefKit
import Foundation

/// One run of the binary on pipes, from start to exit: its status and everything it printed.
struct FaultRun {
    let status: Int32
    let output: String

    /// Runs `debrief ARGUMENTS` in `environment`, typing `input` and then ending it.
    init(_ arguments: [String], environment: [String: String], input: [UInt8] = [], timeout: Double = 60) throws {
        let process = try DebriefProcess(arguments, environment: environment, connection: .pipes)
        process.send(bytes: input)
        process.closeInput()
        status = try process.waitForExit(timeout: timeout)
        output = process.transcript
    }

    /// Whether the process was killed by a signal (a crash, a trap) rather than exiting.
    var diedBySignal: Bool { status >= 128 }

    /// What in ``output`` shows a crash or an internal error meant for programmers, if anything.
    var leak: String? { Self.leak(in: output) }

    /// Text only a crash or a leaked Swift/Foundation/SQLite error prints; a message for people never does.
    static let leakSigns = [
        "Fatal error", "Swift runtime failure", "Stack dump", "Program crashed", "💣", "Illegal instruction",
        "DecodingError", "EncodingError", "NSCocoaErrorDomain", "Error Domain=", "The operation couldn",
        "SQLite error", "GRDB", "DatabaseError",
    ]

    /// The first of ``leakSigns`` found in `text`, with what surrounds it.
    static func leak(in text: String) -> String? {
        for sign in leakSigns {
            if let range = text.range(of: sign) {
                let start = text.index(range.lowerBound, offsetBy: -60, limitedBy: text.startIndex) ?? text.startIndex
                let end = text.index(range.upperBound, offsetBy: 200, limitedBy: text.endIndex) ?? text.endIndex
                return String(text[start..<end])
            }
        }
        return nil
    }

    /// Every debrief in the store at `store`, read back the way a person would: `debrief export` to a new file.
    static func exported(store: String, environment: [String: String]) throws -> [Debrief] {
        let file = URL(fileURLWithPath: store).deletingLastPathComponent().appendingPathComponent("export-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let run = try FaultRun(["export", "--store", store, "--output", file], environment: environment)
        guard run.status == 0, let data = FileManager.default.contents(atPath: file) else {
            throw DebriefProcess.Failure(description: "debrief export failed (\(run.status)):\n\(run.output)")
        }
        return try DebriefJSON.decoder().decode(DebriefArchive.self, from: data).debriefs
    }
}
