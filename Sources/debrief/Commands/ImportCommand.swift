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
        If anything in the file is wrong (an id that is not a UUID, say), nothing is imported. \
        Text is checked as if you had typed it: line breaks in one-line fields (company, role, stage, outcome) and \
        control characters are removed, and each debrief that changed is named. \
        Debriefs and practice cards you already have (same id) are left as they are. \
        A file of any size is read a piece at a time.
        """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("The archive to read.", valueName: "file"))
    var file: String

    func run() async throws {
        let store = try storeOptions.open()
        let encrypted = EncryptedArchive.isEncrypted(file)
        guard let sqlite = store as? SQLiteStore, !encrypted else {
            guard var data = FileManager.default.contents(atPath: file) else {
                throw DebriefError(.invalidData, "Debrief can't read \(file).", recovery: "Check the path and that the file is readable.")
            }
            if encrypted { data = try Self.decrypt(data, from: file) }
            guard let sqlite = store as? SQLiteStore else { return try await self.import(data, into: store) }
            return Self.tell(try await ArchiveImporter(store: sqlite, practice: try Self.practice(beside: sqlite)).import(data, from: file))
        }
        let report = try await ArchiveImporter(store: sqlite, practice: try Self.practice(beside: sqlite))
            .import(contentsOf: file, progress: ProgressBar(label: "Importing").update)
        Self.tell(report)
    }

    private static func practice(beside store: SQLiteStore) throws -> SQLitePracticeStore {
        try SQLitePracticeStore(path: SQLitePracticeStore.path(besideStore: store.path))
    }

    /// The plain archive inside an encrypted one, opened with the passphrase of the store that wrote it.
    static func decrypt(_ data: Data, from file: String) throws -> Data {
        let passphrase = try Passphrase.current(for: file, ProcessInfo.processInfo.environment)
        do {
            return try EncryptedArchive.open(data, passphrase: passphrase, from: file)
        } catch {
            throw Passphrase.ending(error)
        }
    }

    /// What the import cleaned, then how many it added.
    static func tell(_ report: ImportReport) {
        for (id, fields) in report.cleaned.sorted(by: { $0.key < $1.key }) {
            Console.note("Debrief \(id.short): removed line breaks or control characters from \(fields.joined(separator: ", ")), as typing would have.")
        }
        Console.note(summary(report))
    }

    /// "Imported 3 debriefs; 1 was already here and was left as it was. Added 2 practice cards."
    static func summary(_ report: ImportReport) -> String {
        let imported = "Imported \(report.imported) debrief\(report.imported == 1 ? "" : "s")"
        let debriefs = switch report.skipped {
        case 0: imported + "."
        case 1: imported + "; 1 was already here and was left as it was."
        default: imported + "; \(report.skipped) were already here and were left as they were."
        }
        let cards = report.practiceCards
        return debriefs + (cards == 0 ? "" : " Added \(cards) practice card\(cards == 1 ? "" : "s").")
    }
}
