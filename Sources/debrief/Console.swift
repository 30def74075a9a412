import DebriefKit
import Foundation

/// Writing to the terminal: stdout for results, stderr for notes and progress.
enum Console {
    /// Prints `text` and a newline to standard output.
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Prints `text` (and a newline, unless it is a question) to standard error.
    static func note(_ text: String, newline: Bool = true) {
        FileHandle.standardError.write(Data((newline ? text + "\n" : text).utf8))
    }

    /// Prints a value as Debrief's JSON, pretty and with sorted keys.
    static func json(_ value: some Encodable) throws {
        FileHandle.standardOutput.write(try DebriefJSON.encoder(pretty: true).encode(value))
        out("")
    }

    /// `text` fit for one line of output (see `Interview.oneLine`): stored fields can come from
    /// an import or an older version, so rows never print them raw.
    static func oneLine(_ text: String) -> String {
        // Printable ASCII and accented Latin letters, with single spaces inside, are already one
        // line, and `plans` prints 100,000 of them: Unicode's character tables are for the rest.
        let scalars = text.unicodeScalars
        if scalars.first != " ", scalars.last != " ",
           scalars.allSatisfy({ (0x20...0x7E).contains($0.value) || (0xC0...0x24F).contains($0.value) }),
           !zip(scalars, scalars.dropFirst()).contains(where: { $0 == " " && $1 == " " }) {
            return text
        }
        return Interview.oneLine(text) ?? ""
    }

    /// Whether a person is reading standard error (so a progress bar makes sense).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Whether a person is typing on standard input (so a question can be asked).
    static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// `2026-11-24 14:05`, local time.
    static func timestamp(_ date: Date) -> String {
        // Calendar fields, not a DateFormatter per call: `list` prints 100,000 of these.
        var calendar = gregorian
        calendar.timeZone = .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04ld-%02ld-%02ld %02ld:%02ld", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0, parts.minute ?? 0)
    }

    private static let gregorian = Calendar(identifier: .gregorian)
}
