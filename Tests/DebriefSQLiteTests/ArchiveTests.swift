import DebriefKit
import DebriefSQLite
import DebriefTesting
import Foundation
import GRDB
import Testing

@Suite struct ArchiveTests {
    /// Three debriefs: two in progress, one completed, with different companies and times.
    static func filledStore(_ path: String) async throws -> SQLiteStore {
        let store = try SQLiteStore(path: path)
        for (index, company) in ["Acme Café", "Globex", "Initech"].enumerated() {
            var debrief = StoreConformance.sample(id: "debrief-\(index)", company: company,
                                                  at: Date(timeIntervalSince1970: 1_795_687_200 + Double(index) * 86_400.25))
            if index == 1 { debrief.status = .completed(at: debrief.updatedAt) }
            debrief = try await store.save(debrief, expectedRevision: 0)
            if index == 2 { _ = try await store.save(debrief) }
        }
        return store
    }

    @Test func exportImportExportGivesTheSameDebriefs() async throws {
        let folder = try TemporaryFolder()
        let source = try await Self.filledStore(folder.file("source.sqlite"))
        let exported = try ArchiveExporter(store: source).data()

        let target = try SQLiteStore(path: folder.file("target.sqlite"))
        let report = try ArchiveImporter(store: target).import(exported, from: "export.json")
        #expect(report.imported == 3 && report.skipped == 0)
        let again = try ArchiveExporter(store: target).data()

        #expect(try Self.debriefsArray(again) == Self.debriefsArray(exported))
        let archive = try DebriefJSON.decoder().decode(DebriefArchive.self, from: again)
        #expect(archive.format == "debrief-archive" && archive.version == 1)
        #expect(archive.debriefs.map(\.revision) == [1, 1, 2])
        for debrief in archive.debriefs {
            #expect(try await source.load(debrief.id) == debrief, "the archive holds exactly the stored debrief")
        }
        #expect(try await target.search("conflict", limit: 10).count == 3, "imported answers are searchable")
    }

    @Test func importSkipsDebriefsAlreadyPresent() async throws {
        let folder = try TemporaryFolder()
        let store = try await Self.filledStore(folder.file("store.sqlite"))
        var changed = try #require(try await store.load(DebriefID(rawValue: "debrief-0")))
        changed.interview.role = "Changed here"
        _ = try await store.save(changed)
        var extra = StoreConformance.sample(id: "new-one")
        extra.revision = 4
        let archive = try DebriefJSON.encoder().encode(DebriefArchive(debriefs: [StoreConformance.sample(id: "debrief-0"), extra]))

        let report = try ArchiveImporter(store: store).import(archive, from: "archive.json")

        #expect(report.imported == 1 && report.skipped == 1 && report.total == 2)
        #expect(try await store.load(DebriefID(rawValue: "debrief-0"))?.interview.role == "Changed here")
        #expect(try await store.load(DebriefID(rawValue: "new-one"))?.revision == 4)
    }

    @Test(arguments: [
        ("not json at all", "not valid JSON"),
        (#"{"format": "something-else", "version": 1, "debriefs": []}"#, "debrief-archive"),
        (#"{"format": "debrief-archive", "version": 9, "debriefs": []}"#, "version 9"),
        (#"{"format": "debrief-archive", "version": 1, "debriefs": [{"id": "x"}]}"#, "missing"),
    ])
    func aBadFileChangesNothing(document: String, reason: String) async throws {
        let folder = try TemporaryFolder()
        let store = try await Self.filledStore(folder.file("store.sqlite"))
        let before = try ArchiveExporter(store: store).data()
        let error = try #require(throws: DebriefError.self) {
            try ArchiveImporter(store: store).import(Data(document.utf8), from: "bad.json")
        }
        #expect(error.code == .invalidData)
        #expect(error.message.contains("bad.json") && error.message.contains(reason), "\(error)")
        #expect(error.recovery?.contains("Nothing was imported") == true)
        #expect(try ArchiveExporter(store: store).data() == before)
    }

    @Test func aValidFileWithOneBadDebriefImportsNothing() async throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("store.sqlite"))
        let good = String(decoding: try DebriefJSON.encoder().encode(StoreConformance.sample(id: "good")), as: UTF8.self)
        let document = #"{"format": "debrief-archive", "version": 1, "debriefs": ["# + good + #", {"id": "bad", "createdAt": "yesterday"}]}"#
        #expect(throws: DebriefError.self) { try ArchiveImporter(store: store).import(Data(document.utf8), from: "mixed.json") }
        #expect(try await store.list(.all).isEmpty)
    }

    @Test func exportReportsProgressToTheEnd() async throws {
        let folder = try TemporaryFolder()
        let store = try await Self.filledStore(folder.file("store.sqlite"))
        var seen: [ArchiveProgress] = []
        var chunks = 0
        let count = try ArchiveExporter(store: store).export(chunkSize: 10, progress: { seen.append($0) }, to: { _ in chunks += 1 })
        #expect(count == 3)
        #expect(seen.last == ArchiveProgress(done: 3, total: 3))
        #expect(chunks == 4, "one chunk per debrief past the chunk size, and the closing one")
    }

    @Test func anEmptyStoreExportsAnEmptyArchive() throws {
        let folder = try TemporaryFolder()
        let data = try ArchiveExporter(store: try SQLiteStore(path: folder.file("empty.sqlite"))).data()
        #expect(try DebriefJSON.decoder().decode(DebriefArchive.self, from: data) == DebriefArchive(debriefs: []))
    }

    /// The `debriefs` array of an archive, parsed, for comparing documents without caring about spacing.
    static func debriefsArray(_ data: Data) throws -> NSArray {
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
        return try #require(object["debriefs"] as? NSArray)
    }
}
