import DebriefKit
import DebriefSQLite
import Foundation

extension ExportCommand {
    /// Exports a store other than SQLite through the ``DebriefStore`` API (and its deck, when it
    /// keeps one): the same archive,
    /// debriefs in id order, built in memory (SQLite's exporter streams instead). An encrypted
    /// store's archive is sealed with its key (``EncryptedArchive``) unless `--plaintext`.
    func export(_ store: any DebriefStore, matching query: DebriefQuery, to file: OutputFile?) async throws {
        let debriefs = try await store.loadAll(query, transcripts: true).sorted { $0.id.rawValue < $1.id.rawValue }
        let deck = try await (store as? any PracticeStore)?.backup().kept(for: query, in: store)
        var data = try DebriefJSON.encoder().encode(DebriefArchive(debriefs: debriefs, practice: deck))
        data.append(UInt8(ascii: "\n"))
        if let encrypted = store as? EncryptedStore, !plaintext { data = try encrypted.sealArchive(data) }
        guard let file else { return try FileSink.standardOutput.write(data) }
        try file.write { sink in try sink.write(data) }
        Console.note("Exported \(debriefs.count) debrief\(debriefs.count == 1 ? "" : "s") to \(file.path).")
    }
}
