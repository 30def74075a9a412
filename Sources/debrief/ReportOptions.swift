import ArgumentParser
import DebriefKit
import DebriefREPL
import Foundation

/// `--format`, `--output` and `--force`, shared by `show` and `report`.
///
/// Text goes to the terminal with colour by the REPL's rules (a TTY, no `NO_COLOR`, not
/// `TERM=dumb`); a file gets no colour and is written as an ``OutputFile`` (private, 0600, like the store).
struct ReportOptions: ParsableArguments {
    @Option(help: ArgumentHelp("text, markdown, json or html.", valueName: "format"))
    var format: String = "text"

    @OptionGroup var destination: OutputOptions

    func validate() throws {
        _ = try reporter
    }

    /// The plugins, with colour only when text goes to a terminal that wants it.
    var plugins: PluginSet {
        let terminal = TerminalEnvironment.current(variables: ProcessInfo.processInfo.environment)
        return PluginOptions.host(colour: destination.output == nil && terminal.usesColour)
    }

    /// The reporter of `--format`, from whichever plugin contributes it.
    var reporter: any Reporter {
        get throws { try plugins.reporter(for: format) }
    }

    /// Renders `report` and writes it where asked.
    func write(_ report: Report) throws {
        let file = try destination.file()
        let text = try reporter.render(report)
        guard let file else {
            try FileSink.standardOutput.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
            return
        }
        try file.write { try $0.write(Data(text.utf8)) }
        Console.note("Wrote \(file.path).")
    }
}
