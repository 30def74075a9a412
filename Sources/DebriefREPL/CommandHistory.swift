public import Foundation
import DebriefKit

/// The persistent up-arrow history: slash commands only, never answers.
///
/// Answers are private, so only lines that are a known command (with at most a number
/// after it, as in `/review 3`) are ever written. The file is created 0600 in a 0700
/// directory, rewritten whole (write then rename) and keeps the newest
/// ``limit`` lines. Commands typed in other runs come back with the up arrow.
///
/// ```swift
/// let history = CommandHistory(url: CommandHistory.defaultURL(variables: env))
/// history.record("/status")   // kept
/// history.record("Acme")      // ignored: an answer
/// ```
public struct CommandHistory: Sendable {
    public let url: URL
    /// The most lines the file keeps.
    public static let limit = 1000

    public init(url: URL) {
        self.url = url
    }

    /// `$XDG_STATE_HOME/debrief/history`, or `~/.local/state/debrief/history`.
    public static func defaultURL(variables: [String: String]) -> URL {
        let base: URL
        if let state = variables["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = URL(fileURLWithPath: state, isDirectory: true)
        } else {
            let home = variables["HOME"] ?? NSHomeDirectory()
            base = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".local/state", isDirectory: true)
        }
        return base.appendingPathComponent("debrief/history")
    }

    /// The names a history line may start with: the engine's commands and the REPL's own.
    public static let commandNames: Set<String> = Set(Conversation.commands.map(\.name) + REPL.commands.map(\.name))

    /// Whether a typed line is a command that may be kept.
    public static func isCommand(_ line: String) -> Bool {
        let words = line.trimmingCharacters(in: .whitespaces).split(separator: " ")
        guard let name = words.first, commandNames.contains(name.lowercased()) else { return false }
        return words.count == 1 || (words.count == 2 && words[1].allSatisfy(\.isASCII) && words[1].allSatisfy(\.isNumber))
    }

    /// The commands kept from earlier runs, oldest first.
    public func load() -> [String] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init).filter(Self.isCommand)
    }

    /// Adds `line` when it is a command; anything else is not written.
    /// Returns whether the line was kept.
    @discardableResult
    public func record(_ line: String) throws -> Bool {
        let command = line.trimmingCharacters(in: .whitespaces)
        guard Self.isCommand(command) else { return false }
        let lines = (load() + [command]).suffix(Self.limit)
        try write(lines.joined(separator: "\n") + "\n")
        return true
    }

    private func write(_ text: String) throws {
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let temporary = directory.appendingPathComponent(".history-\(UUID().uuidString)")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path]) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
        } catch {
            unlink(temporary.path)
            throw error
        }
    }
}
