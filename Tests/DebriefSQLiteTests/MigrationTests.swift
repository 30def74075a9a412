import DebriefKit
@testable import DebriefSQLite
import DebriefTesting
import Foundation
import GRDB
import Testing

/// A store written by an earlier Debrief opens with every debrief intact.
@Suite struct MigrationTests {
    /// Writes `debrief` as the first schema did: answers inside the document, and answer
    /// rows holding only the searchable text.
    static func writeVersion1(_ debrief: Debrief, _ db: Database) throws {
        var withoutTranscript = debrief
        withoutTranscript.transcript = []
        try db.execute(sql: """
            INSERT INTO debrief (id, revision, createdAt, updatedAt, status, company, companyKey, role, interviewDate, stage, outcome, document)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [debrief.id.rawValue, debrief.revision, debrief.createdAt.timeIntervalSince1970,
                             debrief.updatedAt.timeIntervalSince1970, debrief.status.name.rawValue, debrief.interview.company,
                             debrief.interview.company.map(SearchText.fold), debrief.interview.role, debrief.interview.date?.iso,
                             debrief.interview.stage, debrief.interview.outcome,
                             String(decoding: try DebriefJSON.encoder().encode(withoutTranscript), as: UTF8.self)])
        for (key, answer) in debrief.answers {
            try db.execute(sql: "INSERT INTO answer (debriefId, step, text, raw, answeredAt) VALUES (?, ?, ?, ?, ?)",
                           arguments: [debrief.id.rawValue, key.rawValue, answer.value.searchableText, answer.raw,
                                       answer.answeredAt.timeIntervalSince1970])
        }
        try db.execute(sql: """
            INSERT INTO event (debriefId, seq, at, kind, step, body)
            SELECT ?, json_extract(e.value, '$.id'), json_extract(e.value, '$.at'), k.key, json_extract(k.value, '$.step'), e.value
            FROM json_each(?) AS e, json_each(e.value, '$.kind') AS k
            """, arguments: [debrief.id.rawValue, String(decoding: try DebriefJSON.encoder().encode(debrief.transcript), as: UTF8.self)])
    }

    @Test func answersMoveToTheirOwnRows() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("v1.sqlite")
        var debriefs = (0..<1_001).map { StoreConformance.sample(id: String(format: "old-%04d", $0)) }
        debriefs[7].answers[StepKey("reflect.why")] = Answer(value: .text("The naïve ballroom question"), raw: "ballroom",
                                                            answeredAt: debriefs[7].updatedAt)
        let queue = try DatabaseQueue(path: path)
        try SQLiteStore.migrator.migrate(queue, upTo: "v1")
        let version1 = debriefs
        try await queue.write { db in
            for debrief in version1 { try Self.writeVersion1(debrief, db) }
        }
        try queue.close()

        let store = try SQLiteStore(path: path)
        #expect(try await store.load(debriefs[7].id) == debriefs[7])
        #expect(try await store.loadAll(.all, transcripts: true).count == debriefs.count, "batches of 1,000 cover every debrief")
        #expect(try await store.search("ballroom", limit: 5).map(\.id) == [debriefs[7].id], "the full-text index still finds it")
        let archive = String(decoding: try ArchiveExporter(store: store).data(), as: UTF8.self)
        #expect(archive.contains(String(decoding: try DebriefJSON.encoder().encode(debriefs[0]), as: UTF8.self)))

        var changed = debriefs[0]
        changed.answers[StepKey("feelings.now")] = Answer(value: .scale(2), raw: "2", answeredAt: changed.updatedAt)
        changed = try await store.save(changed)
        #expect(try await store.load(changed.id) == changed)
        let documents = try await store.pool.read { try String.fetchAll($0, sql: "SELECT document FROM debrief") }
        #expect(documents.allSatisfy { $0.hasPrefix(#"{"answers":{},"#) })
    }

    /// A reading command opens the store read-only; a store an older Debrief wrote takes its upgrade first.
    @Test func openingAnOldStoreToReadUpgradesItThenReads() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("v1.sqlite")
        let queue = try DatabaseQueue(path: path)
        try SQLiteStore.migrator.migrate(queue, upTo: "v1")
        let old = StoreConformance.sample(id: "old-0001")
        try await queue.write { try Self.writeVersion1(old, $0) }
        try queue.close()

        let store = try SQLiteStore(path: path, readOnly: true)
        #expect(store.isReadOnly)
        #expect(try await store.load(old.id) == old)
        let applied = try await store.pool.read { try SQLiteStore.migrator.hasCompletedMigrations($0) }
        #expect(applied, "the upgrade ran before the read-only open")
    }
}
