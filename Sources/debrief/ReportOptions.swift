import ArgumentParser
import DebriefKit
import DebriefREPL
import DebriefReports
import Foundation

/// `--format` and `--output`, shared by `show` and `report`.
///
/// Text goes to the terminal with colour by the REPL's rules (a TTY, no `NO_COLOR`, not
/// `TERM=dumb`); a file gets no colour and is created private (0600), like the store.
struct ReportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("text, markdown, json or html.", valueName: "format"))
    var format: String = "text"

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of the terminal.", valueName: "file"))
    var output: String?

    func validate() throws {
        _ = try plugin.reporter(for: format)
    }

    /// The reporters, with colour only when text goes to a terminal that wants it.
    var plugin: ReportsPlugin {
        let terminal = TerminalEnvironment.current(variables: ProcessInfo.processInfo.environment)
        return ReportsPlugin(colour: output == nil && terminal.usesColour)
    }

    /// Renders `report` and writes it where asked.
    func write(_ report: Report) throws {
        let text = try plugin.reporter(for: format).render(report)
        guard let output else {
            Console.out(text.hasSuffix("\n") ? String(text.dropLast()) : text)
            return
        }
        guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw ValidationError("Couldn't write \(output); check the folder exists and that you can write to it.")
        }
        Console.note("Wrote \(output).")
    }
}
