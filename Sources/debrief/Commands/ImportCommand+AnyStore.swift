import DebriefKit
import DebriefSQLite
import Foundation
#if Postgres
import DebriefPostgres
#endif

extension ImportCommand {
    /// Imports into a store other than plain SQLite (an encrypted store, PostgreSQL): the archive is read and checked exactly as for
    /// SQLite (``ArchiveImporter/checked(_:from:)``), then added in one transaction.
    func `import`(_ data: Data, into store: any DebriefStore) async throws {
        let archive = try ArchiveImporter.validate(data, from: file)
        let (debriefs, cleaned) = try ArchiveImporter.checked(archive.debriefs, from: file)
        if let encrypted = store as? EncryptedStore {
            var report = try encrypted.insert(debriefs)
            report.cleaned = cleaned
            if let deck = archive.practice { report.practiceCards = try await encrypted.restore(deck) }
            return Self.tell(report)
        }
        #if Postgres
        if let postgres = store as? PostgresStore {
            let (imported, skipped) = try await postgres.insert(debriefs)
            var report = ImportReport(imported: imported, skipped: skipped, cleaned: cleaned)
            if let deck = archive.practice { report.practiceCards = try await postgres.restore(deck) }
            return Self.tell(report)
        }
        #endif
        throw DebriefError(.storage, "This kind of store can't import archives.", recovery: "Import into a store file, or a postgresql:// store.")
    }
}
