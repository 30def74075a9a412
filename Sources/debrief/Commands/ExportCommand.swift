import ArgumentParser
import DebriefKit
import DebriefSQLite
import Foundation

/// `debrief export [--output FILE]`: every debrief, transcripts included, as one JSON document.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every debrief to a JSON archive (standard output unless --output).",
        discussion: "The archive keeps everything, transcripts included; `debrief import` reads it back. It is a good backup.")

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the archive to this file (readable only by you).", valueName: "file"))
    var output: String?

    func run() async throws {
        let exporter = ArchiveExporter(store: try storeOptions.open())
        let bar = ProgressBar(label: "Exporting")
        guard let output else {
            let stdout = FileHandle.standardOutput
            _ = try exporter.export(progress: bar.update) { stdout.write($0) }
            return
        }
        let count = try Self.writeAtomically(to: output) { file in
            try exporter.export(progress: bar.update) { try file.write(contentsOf: $0) }
        }
        Console.note("Exported \(count) debrief\(count == 1 ? "" : "s") to \(output).")
    }

    /// Writes through a temporary file beside `path` (0600), renamed over it only when complete,
    /// so a failed export never leaves half a backup behind.
    static func writeAtomically(to path: String, _ body: (FileHandle) throws -> Int) throws -> Int {
        let temporary = path + ".partial-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: nil, attributes: [.posixPermissions: 0o600]),
              let file = FileHandle(forWritingAtPath: temporary) else {
            throw DebriefError(.storage, "Debrief can't write to \(path).", recovery: "Choose a folder you can write to.")
        }
        do {
            let count = try body(file)
            try file.synchronize()
            try file.close()
            guard rename(temporary, path) == 0 else {
                throw DebriefError(.storage, "Debrief can't replace \(path).", recovery: "Check the folder's permissions.")
            }
            return count
        } catch {
            try? file.close()
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }
}
