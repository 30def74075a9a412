import DebriefKit
import DebriefSQLite
import Foundation

/// One test's private world: a temporary folder for the store, XDG directories and HOME,
/// and helpers that move through whatever flow the binary ships without knowing its wording.
final class Scenario {
    let folder: URL
    var environment: [String: String]

    var storePath: String { folder.appendingPathComponent("debriefs.sqlite").path }
    var historyFile: URL { folder.appendingPathComponent("state/debrief/history") }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        environment = [
            "PATH": "/usr/local/bin:/usr/bin:/bin",
            "HOME": folder.path,
            "TERM": "xterm-256color",
            "LANG": "C.UTF-8",
            "NO_COLOR": "1",
            "XDG_STATE_HOME": folder.appendingPathComponent("state").path,
            "XDG_DATA_HOME": folder.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
            "TMPDIR": folder.path,
        ]
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Starts `debrief ARGUMENTS --store <temp>`.
    func start(_ arguments: [String] = [], connection: DebriefProcess.Connection = .terminal) throws -> DebriefProcess {
        try DebriefProcess(arguments + ["--store", storePath], environment: environment, connection: connection)
    }

    /// The debriefs in the store, loaded the way the next run will see them.
    func stored() async throws -> [Debrief] {
        let store = try SQLiteStore(path: storePath)
        var debriefs: [Debrief] = []
        for summary in try await store.list(.all) {
            if let debrief = try await store.load(summary.id) { debriefs.append(debrief) }
        }
        return debriefs
    }

    /// Answers that fit most prompts, tried in turn until one is accepted: a text prompt takes
    /// the first, a scale the second, a date the third, a choice the fourth; an empty line ends a list.
    static let answers = ["partly", "3", "yesterday", "1", "", "I would ask about the team first."]

    /// Answers the current question with the first of ``answers`` it accepts; returns the next
    /// prompt's position, or nil when the process left (the debrief ended).
    @discardableResult
    static func answer(_ process: DebriefProcess, at position: Int) throws -> Int? {
        for answer in answers {
            process.send(answer + "\r")
            guard let next = try? process.expectPrompt() else { return nil }
            if next.position != position { return next.position }
        }
        process.send("/skip\r")
        return try process.expectPrompt().position
    }

    /// Answers every question until the process leaves.
    static func answerAll(_ process: DebriefProcess) throws {
        var position: Int? = try process.expectPrompt().position
        var turns = 0
        while let current = position, turns < 200 {
            position = try answer(process, at: current)
            turns += 1
        }
    }

    /// Starts a debrief and skips to its first free-text question; returns the process and that prompt's position.
    func startAtTextQuestion() throws -> (process: DebriefProcess, position: Int) {
        let process = try start()
        let first = try process.expectPrompt().position
        return (process, try Self.skip(process, toPromptWithHint: TextPrompt().hint ?? "", from: first))
    }

    /// At the first free-text question, types `first` ending in `\`, then `second`; pauses once
    /// the answer is accepted and returns every raw answer stored.
    func answerOverTwoLines(_ first: String, then second: String) async throws -> [String] {
        let (process, position) = try startAtTextQuestion()
        process.send(first + "\\\r")
        try process.expect(" … ")
        process.send(second + "\r")
        let next = try process.expectPrompt()
        guard next.position == position + 1 else { throw DebriefProcess.Failure(description: "The answer was not accepted:\n\(next.before)") }
        process.send("/pause\r")
        guard try process.waitForExit() == 0 else { throw DebriefProcess.Failure(description: "/pause did not exit 0:\n\(process.transcript)") }
        return try await stored().flatMap { $0.answers.values.map(\.raw) }
    }

    /// Skips forward until the current question's help shows `hint` (the kind of prompt
    /// wanted); returns the prompt position.
    static func skip(_ process: DebriefProcess, toPromptWithHint hint: String, from position: Int) throws -> Int {
        var position = position
        for _ in 0..<60 {
            process.send("/help\r")
            let help = try process.expectPrompt()
            if help.before.contains(hint) { return position }
            process.send("/skip\r")
            position = try process.expectPrompt().position
        }
        throw DebriefProcess.Failure(description: "No question with the hint “\(hint)”.")
    }

    /// The first line of the question shown before a prompt: the block after the last blank line.
    static func question(in before: String) -> String {
        let cleaned = before.replacingOccurrences(of: "\r", with: "")
        let block = cleaned.components(separatedBy: "\n\n").last ?? cleaned
        return block.split(separator: "\n").first.map(String.init) ?? ""
    }

    /// The short id in a "debrief resume <id>" line.
    static func resumeID(in text: String) throws -> String {
        guard let match = text.firstMatch(of: try Regex(#"debrief resume ([0-9a-f]{8})"#)),
              let id = match.output[1].substring else {
            throw DebriefProcess.Failure(description: "No resume command in:\n\(text)")
        }
        return String(id)
    }
}
