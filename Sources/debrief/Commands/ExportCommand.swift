import ArgumentParser
import DebriefKit
import DebriefSQLite
import Foundation

/// `debrief export [--output FILE [--force]]`: every debrief, transcripts included, as one JSON document.
///
/// A debrief whose saved document is damaged is left out (the archive stays valid JSON),
/// named on standard error, and the command exits 1 so a backup script notices.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every debrief to a JSON archive (standard output unless --output).",
        discussion: "The archive keeps everything: debriefs with their transcripts and plans, and the practice deck with its schedule; `debrief import` reads it back. It is a good backup. "
            + "With filters it keeps only the debriefs they select, and their practice cards. "
            + "An existing file is replaced only after you say yes, or with --force.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var destination: OutputOptions
    @OptionGroup var filters: FilterOptions

    @Flag(help: "Write an encrypted store's archive in plain JSON; without it the archive is encrypted with the store's passphrase.")
    var plaintext = false

    func run() async throws {
        let file = try destination.file()
        let store = try storeOptions.openForReading()
        let query = try filters.query()
        guard let sqlite = store as? SQLiteStore else { return try await export(store, matching: query, to: file) }
        let exporter = ArchiveExporter(store: sqlite)
        let deck = try await Self.practice(beside: sqlite)?.kept(for: query, in: store)
        let bar = ProgressBar(label: "Exporting")
        let report: ArchiveExportReport
        if let file {
            report = try file.write { sink in try exporter.export(matching: query, practice: deck, progress: bar.update, to: sink.write) }
            Console.note("Exported \(report.exported) debrief\(report.exported == 1 ? "" : "s") to \(file.path).")
        } else {
            report = try exporter.export(matching: query, practice: deck, progress: bar.update, to: FileSink.standardOutput.write)
        }
        guard report.damaged.isEmpty else {
            Console.note("Error: \(ArchiveExporter.damaged(report.damaged))")
            throw ExitCode.failure
        }
    }

    /// The practice deck beside `store`, if one was ever made (exporting never creates one).
    static func practice(beside store: SQLiteStore) async throws -> PracticeBackup? {
        let path = SQLitePracticeStore.path(besideStore: store.path)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try await SQLitePracticeStore(path: path).backup()
    }
}
