import DebriefKit
import DebriefSQLite
import DebriefTesting
import Foundation
import GRDB
import Testing

/// The relational columns and the full-text index stay in step with the stored debrief.
@Suite struct SQLiteStoreIndexTests {
    @Test func searchFollowsEditedAndRemovedAnswers() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("index.sqlite")
        let store = try SQLiteStore(path: path)
        var debrief = try await store.save(StoreConformance.sample(id: "edited"), expectedRevision: 0)
        #expect(try await store.search("launch slipped", limit: 5).map(\.step) == [StepKey("star.example")])

        debrief.answers[StepKey("star.example")] = Answer(value: .text("Negotiated the deadline"), raw: "Negotiated the deadline", answeredAt: debrief.updatedAt)
        debrief.answers[StepKey("reflect.struggled.list")] = nil
        debrief = try await store.save(debrief)

        #expect(try await store.search("launch", limit: 5).isEmpty, "the old text is gone from the index")
        #expect(try await store.search("naïve", limit: 5).isEmpty, "a removed answer is gone from the index")
        #expect(try await store.search("négotiated", limit: 5).map(\.snippet) == ["Negotiated the deadline"])
        _ = try await store.delete(debrief.id)
        try store.close()
        try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO answer_fts(answer_fts) VALUES ('integrity-check')")
        }
    }

    @Test func searchMatchesWordPrefixesWithinOneAnswer() async throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("index.sqlite"))
        _ = try await store.save(StoreConformance.sample(id: "prefix"), expectedRevision: 0)
        #expect(try await store.search("rebu pla", limit: 5).map(\.step) == [StepKey("star.example")])
        #expect(try await store.search("conflict mission", limit: 5).isEmpty, "words from two different answers do not match together")
        #expect(try await store.search(#""quoted" OR NOT"#, limit: 5).isEmpty, "search syntax in the text is taken literally")
    }

    @Test func wholeWordsComeBeforePrefixes() async throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("index.sqlite"))
        for (id, text) in [("exact", "We talked about the negotiation"), ("longer", "Negotiations went well")] {
            var debrief = StoreConformance.sample(id: id)
            debrief.answers = [StepKey("notes"): Answer(value: .text(text), raw: text, answeredAt: debrief.createdAt)]
            _ = try await store.save(debrief, expectedRevision: 0)
        }
        #expect(try await store.search("negotiation", limit: 1).map(\.id.rawValue) == ["exact"])
        #expect(Set(try await store.search("negotiation", limit: 5).map(\.id.rawValue)) == ["exact", "longer"])
        #expect(Set(try await store.search("negot", limit: 5).map(\.id.rawValue)) == ["exact", "longer"])
    }

    @Test func listSummariesMatchTheStoredDebriefs() async throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("index.sqlite"))
        let saved = try await store.save(StoreConformance.sample(id: "summary", company: "Société Générale"), expectedRevision: 0)
        let summaries = try await store.list(DebriefQuery(company: "SOCIETE"))
        #expect(summaries == [DebriefSummary(saved)], "the company filter ignores case and accents")
        #expect(try await store.list(DebriefQuery(idPrefix: "SUMM")).map(\.id) == [saved.id])
        #expect(try await store.list(DebriefQuery(idPrefix: "summz")).isEmpty)
    }

    /// A save re-encodes only changed answers and keeps them in their own rows, yet the
    /// debrief it gives back, loaded or exported, is exactly the bytes DebriefJSON writes.
    @Test func storedDocumentIsDebriefJSON() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("index.sqlite")
        let store = try SQLiteStore(path: path)
        var debrief = try await store.save(StoreConformance.sample(id: "bytes"), expectedRevision: 0)
        debrief.answers[StepKey("feelings.now")] = Answer(value: .scale(4), raw: "4", answeredAt: debrief.updatedAt)
        debrief.answers[StepKey("zz.last \"quoted\"")] = Answer(value: .text("at the end"), raw: "at the end", answeredAt: debrief.updatedAt)
        debrief.answers[StepKey("Aa.first")] = Answer(value: .text("upper case sorts first"), raw: "x", answeredAt: debrief.updatedAt)
        debrief.answers[StepKey("reflect.why")] = nil
        debrief = try await store.save(debrief)

        let archive = String(decoding: try ArchiveExporter(store: store).data(), as: UTF8.self)
        let expected = String(decoding: try DebriefJSON.encoder().encode(debrief), as: UTF8.self)
        #expect(archive.hasPrefix(#"{"debriefs":["# + expected + "],"))
        try store.close()

        var bare = debrief
        bare.answers = [:]
        bare.transcript = []
        let stored = try await DatabaseQueue(path: path).read {
            try String.fetchOne($0, sql: "SELECT document FROM debrief WHERE id = 'bytes'")
        }
        #expect(stored == String(decoding: try DebriefJSON.encoder().encode(bare), as: UTF8.self), "answers and transcript live in their own rows")
        #expect(try await SQLiteStore(path: path).load(debrief.id) == debrief)
    }

    @Test func transcriptSurvivesItsEventRows() async throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("index.sqlite"))
        var debrief = try await store.save(StoreConformance.sample(id: "events"), expectedRevision: 0)
        for index in 0..<3 {
            debrief.log(.said(text: "Note \(index) — “quoted”", source: nil), at: debrief.updatedAt)
            debrief = try await store.save(debrief)
        }
        debrief.answers[StepKey("transcript")] = Answer(value: .text(#""transcript":[]"#), raw: #""transcript":[]"#, answeredAt: debrief.updatedAt)
        debrief = try await store.save(debrief)
        let loaded = try #require(try await store.load(debrief.id))
        #expect(loaded == debrief, "text that looks like the transcript's placeholder does not confuse loading")
        #expect(loaded.transcript == debrief.transcript)
        #expect(loaded.transcript.map(\.id) == Array(1...loaded.transcript.count))
    }
}
