import ArgumentParser

/// `--output FILE` and `--force`, shared by every command that can write a file.
struct OutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Write to this file (readable only by you) instead of standard output. Only a regular file or a new path.",
        valueName: "file"))
    var output: String?

    @Flag(help: "Replace the --output file if it exists, without asking.")
    var force = false

    /// The file to write, checked and (at a terminal) confirmed; nil for standard output.
    func file() throws -> OutputFile? {
        try output.map { try OutputFile(path: $0, force: force) }
    }
}
