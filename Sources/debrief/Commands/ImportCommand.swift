import ArgumentParser
import DebriefKit
import DebriefSQLite
import Foundation

/// `debrief import FILE`: adds the debriefs of an archive written by `debrief export`.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the debriefs from an archive made by `debrief export`.",
        discussion: """
        The whole file is checked first: if anything in it is wrong (an id that is not a UUID, say), nothing is imported. \
        Text is checked as if you had typed it: line breaks in one-line fields (company, role, stage, outcome) and \
        control characters are removed, and each debrief that changed is named. \
        Debriefs you already have (same id) are left as they are.
        """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The archive to read.", valueName: "file"))
    var file: String

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw DebriefError(.invalidData, "Debrief can't read \(file).", recovery: "Check the path and that the file is readable.")
        }
        let store = try storeOptions.open()
        guard let sqlite = store as? SQLiteStore else { return try await self.import(data, into: store) }
        let report = try ArchiveImporter(store: sqlite).import(data, from: file, progress: ProgressBar(label: "Importing").update)
        Self.tell(report)
    }

    /// What the import cleaned, then how many it added.
    static func tell(_ report: ImportReport) {
        for (id, fields) in report.cleaned.sorted(by: { $0.key < $1.key }) {
            Console.note("Debrief \(id.short): removed line breaks or control characters from \(fields.joined(separator: ", ")), as typing would have.")
        }
        Console.note(summary(report))
    }

    /// "Imported 3 debriefs; 1 was already here and was left as it was."
    static func summary(_ report: ImportReport) -> String {
        let imported = "Imported \(report.imported) debrief\(report.imported == 1 ? "" : "s")"
        switch report.skipped {
        case 0: return imported + "."
        case 1: return imported + "; 1 was already here and was left as it was."
        default: return imported + "; \(report.skipped) were already here and were left as they were."
        }
    }
}
