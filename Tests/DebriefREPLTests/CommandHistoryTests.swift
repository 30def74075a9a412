@testable import DebriefREPL
import Foundation
import Testing

@Suite struct CommandHistoryTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-history-\(UUID().uuidString)")
    var history: CommandHistory { CommandHistory(url: folder.appendingPathComponent("debrief/history")) }

    @Test(arguments: ["/help", "/status", "/review 3", "/edit", "  /quit  "])
    func commandsAreKept(line: String) {
        #expect(CommandHistory.isCommand(line))
    }

    @Test(arguments: ["Acme", "//usr/bin was my answer", "/usr/bin", "/review my private note", "/review 3 4", "partly", ""])
    func answersAreNot(line: String) {
        #expect(!CommandHistory.isCommand(line))
    }

    @Test func recordWritesOnlyCommandsIntoAPrivateFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try history.record("/status"))
        #expect(try !history.record("I froze on the system design question"))
        #expect(try history.record("/review 2"))
        #expect(history.load() == ["/status", "/review 2"])
        let text = try String(contentsOf: history.url, encoding: .utf8)
        #expect(!text.contains("froze"))
        let file = try FileManager.default.attributesOfItem(atPath: history.url.path)[.posixPermissions] as? Int
        let directory = try FileManager.default.attributesOfItem(atPath: history.url.deletingLastPathComponent().path)[.posixPermissions] as? Int
        #expect(file == 0o600)
        #expect(directory == 0o700)
    }

    @Test func keepsTheNewestThousandLines() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: history.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try (1...1005).map { "/review \($0)" }.joined(separator: "\n").write(to: history.url, atomically: true, encoding: .utf8)
        try history.record("/status")
        let lines = history.load()
        #expect(lines.count == CommandHistory.limit)
        #expect(lines.first == "/review 7")
        #expect(lines.last == "/status")
    }

    @Test func loadDropsAnswersWrittenByHand() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: history.url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "/help\nAcme\n/skip\n".write(to: history.url, atomically: true, encoding: .utf8)
        #expect(history.load() == ["/help", "/skip"])
    }

    @Test func followsXDGStateHome() {
        #expect(CommandHistory.defaultURL(variables: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/a"]).path == "/x/state/debrief/history")
        #expect(CommandHistory.defaultURL(variables: ["XDG_STATE_HOME": "relative", "HOME": "/home/a"]).path == "/home/a/.local/state/debrief/history")
    }
}
