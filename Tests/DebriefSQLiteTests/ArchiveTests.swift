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
            var debrief = StoreConformance.sample(id: Self.id(index), company: company,
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
        let report = try await ArchiveImporter(store: target).import(exported, from: "export.json")
        #expect(report.imported == 3 && report.skipped == 0)
        let again = try ArchiveExporter(store: target).data()

        #expect(try Self.debriefsArray(again) == Self.debriefsArray(exported))
        let archive = try DebriefJSON.decoder().decode(DebriefArchive.self, from: again)
        #expect(archive.format == "debrief-archive" && archive.version == 2)
        #expect(archive.debriefs.map(\.revision) == [1, 1, 2])
        for debrief in archive.debriefs {
            #expect(try await source.load(debrief.id) == debrief, "the archive holds exactly the stored debrief")
        }
        #expect(try await target.search("conflict", limit: 10).count == 3, "imported answers are searchable")
    }

    @Test func importSkipsDebriefsAlreadyPresent() async throws {
        let folder = try TemporaryFolder()
        let store = try await Self.filledStore(folder.file("store.sqlite"))
        var changed = try #require(try await store.load(DebriefID(rawValue: Self.id(0))))
        changed.interview.role = "Changed here"
        _ = try await store.save(changed)
        var extra = StoreConformance.sample(id: Self.id(9))
        extra.revision = 4
        let archive = try DebriefJSON.encoder().encode(DebriefArchive(debriefs: [StoreConformance.sample(id: Self.id(0)), extra]))

        let report = try await ArchiveImporter(store: store).import(archive, from: "archive.json")

        #expect(report.imported == 1 && report.skipped == 1 && report.total == 2)
        #expect(try await store.load(DebriefID(rawValue: Self.id(0)))?.interview.role == "Changed here")
        #expect(try await store.load(DebriefID(rawValue: Self.id(9)))?.revision == 4)
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
        let error = try await #require(throws: DebriefError.self) {
            try await ArchiveImporter(store: store).import(Data(document.utf8), from: "bad.json")
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
        await #expect(throws: DebriefError.self) { try await ArchiveImporter(store: store).import(Data(document.utf8), from: "mixed.json") }
        #expect(try await store.list(.all).isEmpty)
    }

    @Test func exportReportsProgressToTheEnd() async throws {
        let folder = try TemporaryFolder()
        let store = try await Self.filledStore(folder.file("store.sqlite"))
        var seen: [ArchiveProgress] = []
        var chunks = 0
        let report = try ArchiveExporter(store: store).export(chunkSize: 10, progress: { seen.append($0) }, to: { _ in chunks += 1 })
        #expect(report == ArchiveExportReport(exported: 3))
        #expect(seen.last == ArchiveProgress(done: 3, total: 3))
        #expect(chunks == 4, "one chunk per debrief past the chunk size, and the closing one")
    }

    @Test func anEmptyStoreExportsAnEmptyArchive() throws {
        let folder = try TemporaryFolder()
        let data = try ArchiveExporter(store: try SQLiteStore(path: folder.file("empty.sqlite"))).data()
        #expect(try DebriefJSON.decoder().decode(DebriefArchive.self, from: data) == DebriefArchive(debriefs: []))
    }

    /// A debrief id (a UUID) numbered `number`.
    static func id(_ number: Int) -> String {
        "00000000-0000-4000-8000-" + String(repeating: "0", count: 12 - String(number).count) + String(number)
    }

    @Test func aDamagedDocumentIsLeftOutOfTheArchiveAndNamed() async throws {
        let folder = try TemporaryFolder()
        let store = try await Self.filledStore(folder.file("store.sqlite"))
        try await DatabaseQueue(path: store.path).write { db in
            try db.execute(sql: #"UPDATE debrief SET document = '{"answers":{}, "broken' WHERE id = ?"#, arguments: [Self.id(1)])
        }
        var data = Data()
        let report = try ArchiveExporter(store: store).export { data.append($0) }
        #expect(report == ArchiveExportReport(exported: 2, damaged: [DebriefID(rawValue: Self.id(1))]))
        let archive = try DebriefJSON.decoder().decode(DebriefArchive.self, from: data)
        #expect(archive.debriefs.map(\.id.rawValue) == [Self.id(0), Self.id(2)], "the archive is valid and holds the others")
        let error = try #require(throws: DebriefError.self) { try ArchiveExporter(store: store).data() }
        #expect(error.message.contains(DebriefID(rawValue: Self.id(1)).short) && error.message.contains("damaged"), "\(error)")
        let loaded = try await #require(throws: DebriefError.self) { try await store.load(DebriefID(rawValue: Self.id(1))) }
        #expect(loaded.message.contains("damaged") && !loaded.message.contains("DecodingError"), "\(loaded)")
    }

    @Test(arguments: ["", "not-a-uuid", "../../etc/passwd"])
    func importRefusesAnIdThatIsNotAUUID(id: String) async throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("store.sqlite"))
        let archive = try DebriefJSON.encoder().encode(DebriefArchive(debriefs: [StoreConformance.sample(id: Self.id(1)), StoreConformance.sample(id: id)]))
        let error = try await #require(throws: DebriefError.self) { try await ArchiveImporter(store: store).import(archive, from: "hostile.json") }
        #expect(error.code == .invalidData && error.message.contains("not a UUID") && error.recovery?.contains("Nothing was imported") == true,
                "\(error)")
        #expect(try await store.list(.all).isEmpty)
    }

    @Test func importCleansTextAsIfTyped() async throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("store.sqlite"))
        var debrief = StoreConformance.sample(id: Self.id(1).uppercased())
        debrief.interview.role = "Designer\r\nBcc: evil@example.com"
        debrief.interview.company = "Acme\u{202E}moc.live"
        debrief.answers[StepKey(rawValue: "context.notes")] = Answer(value: .text("calm\u{1B}[2J\u{7}\nthen fine"), raw: "calm", answeredAt: debrief.updatedAt)
        let report = try await ArchiveImporter(store: store).import(try DebriefJSON.encoder().encode(DebriefArchive(debriefs: [debrief])), from: "old.json")
        let id = DebriefID(rawValue: Self.id(1))
        #expect(report.imported == 1 && report.cleaned[id] == ["company", "role", "context.notes"], "\(report)")
        let stored = try #require(try await store.load(id), "an upper-case UUID is stored as Debrief writes ids")
        #expect(stored.interview.role == "Designer Bcc: evil@example.com" && stored.interview.company == "Acmemoc.live")
        #expect(stored["context.notes"] == .text("calm\nthen fine"))
    }

    /// The `debriefs` array of an archive, parsed, for comparing documents without caring about spacing.
    static func debriefsArray(_ data: Data) throws -> NSArray {
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? NSDictionary)
        return try #require(object["debriefs"] as? NSArray)
    }

    @Test func theArchiveCarriesThePracticeDeckWithItsSchedule() async throws {
        let folder = try TemporaryFolder()
        let store = try await Self.filledStore(folder.file("old/store.sqlite"))
        let deck = try SQLitePracticeStore(path: folder.file("old/practice.sqlite"))
        let day = DayDate(year: 2026, month: 11, day: 26)!
        let card = PracticeCard(id: "\(Self.id(0))/reflect.struggled.list#1", kind: .struggledQuestion, debriefID: DebriefID(rawValue: Self.id(0)),
                                question: "Why us?", lastAnswer: nil, schedule: .new(on: day))
        _ = try await deck.merge([card, PracticeCard(id: "other", kind: .starExample, debriefID: DebriefID(rawValue: Self.id(1)),
                                                     question: "A launch", lastAnswer: "It shipped", schedule: .new(on: day))])
        let (reviewed, review) = card.reviewed(.good, attempt: "Their mission", on: day)
        try await deck.record(review, card: reviewed)
        let exported = try ArchiveExporter(store: store).data(practice: try await deck.backup())

        let newStore = try SQLiteStore(path: folder.file("new/store.sqlite"))
        let newDeck = try SQLitePracticeStore(path: folder.file("new/practice.sqlite"))
        let report = try await ArchiveImporter(store: newStore, practice: newDeck).import(exported, from: "backup.json")

        #expect(report.imported == 3 && report.practiceCards == 2)
        #expect(try await newDeck.backup() == deck.backup(), "the same cards, schedules and reviews")
        #expect(try await newDeck.due(on: day, limit: nil).map(\.id) == ["other"], "what was due stays due, what was practised isn't")
        let again = try await ArchiveImporter(store: newStore, practice: newDeck).import(exported, from: "backup.json")
        #expect(again.practiceCards == 0 && again.skipped == 3, "importing twice adds nothing")
    }

    @Test func anArchiveStreamsFromItsFileInPieces() async throws {
        let folder = try TemporaryFolder()
        let source = try await Self.filledStore(folder.file("source.sqlite"))
        let path = folder.file("archive.json")
        try ArchiveExporter(store: source).data().write(to: URL(fileURLWithPath: path))
        let target = try SQLiteStore(path: folder.file("target.sqlite"))
        var seen: [ArchiveProgress] = []
        let report = try await ArchiveImporter(store: target).import(contentsOf: path, progress: { seen.append($0) })
        #expect(report.imported == 3)
        #expect(try ArchiveExporter(store: target).data() == ArchiveExporter(store: source).data())
        let size = try Data(contentsOf: URL(fileURLWithPath: path)).count
        #expect(seen.last == ArchiveProgress(done: size, total: size), "progress counts the bytes read, to the end")
    }

    @Test(arguments: [
        (#"{"debriefs": [{"id": "x"}], "format": "debrief-archive", "version": 1e300}"#, "version 1e+300"),
        (#"{"debriefs": [{"future": true}], "format": "debrief-archive", "version": 7}"#, "version 7"),
        (#"{"debriefs": [], "version": 1}"#, "\"format\" is missing"),
        (#"{"format": "debrief-archive", "version": 2}"#, "\"debriefs\" is missing"),
    ])
    func theHeaderIsCheckedEvenWhenItComesLast(document: String, reason: String) async throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("store.sqlite"))
        let error = try await #require(throws: DebriefError.self) {
            try await ArchiveImporter(store: store).import(Data(document.utf8), from: "late.json")
        }
        #expect(error.message.contains(reason) && !error.message.contains("not valid JSON"), "\(error)")
        #expect(try await store.list(.all).isEmpty)
    }
}
