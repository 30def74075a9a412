import DebriefKit
import DebriefSQLite
import DebriefTesting
import Foundation
import GRDB
import Testing

@Suite struct SQLitePracticeStoreTests {
    @Test func passesPracticeStoreConformance() async throws {
        let folder = try TemporaryFolder()
        await PracticeStoreConformance { try SQLitePracticeStore(path: folder.file("\(UUID().uuidString).sqlite")) }.run()
    }

    @Test func reviewsSurviveReopeningAndTheFileIsPrivate() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("practice.sqlite")
        let day = DayDate(year: 2026, month: 11, day: 26)!
        let card = PracticeCard(id: "c1", kind: .struggledQuestion, debriefID: DebriefID(rawValue: "d1"),
                                question: "Tell me about a conflict", lastAnswer: nil, schedule: .new(on: day))
        do {
            let store = try SQLitePracticeStore(path: path)
            #expect(try await store.merge([card]) == 1)
            let (reviewed, review) = card.reviewed(.good, attempt: "the release story", on: day)
            try await store.record(review, card: reviewed)
        }
        let reopened = try SQLitePracticeStore(path: path)
        #expect(try await reopened.reviews(of: "c1").map(\.attempt) == ["the release story"])
        #expect(try await reopened.due(on: day, limit: nil).isEmpty, "a card graded good is not due again the same day")
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o600)
    }

    @Test func countsWhatIsDueWithoutOpeningTheDeckForWriting() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("practice.sqlite")
        let day = DayDate(year: 2026, month: 11, day: 26)!
        #expect(try await SQLitePracticeStore.dueCount(at: path, on: day) == nil, "no deck, no count")
        #expect(!FileManager.default.fileExists(atPath: path), "counting never makes a deck")
        let cards = (0..<3).map { PracticeCard(id: "c\($0)", kind: .struggledQuestion, debriefID: DebriefID(rawValue: "d1"),
                                                question: "Q", lastAnswer: nil, schedule: .new(on: day.adding(days: $0 - 1))) }
        _ = try await SQLitePracticeStore(path: path).merge(cards)
        #expect(try await SQLitePracticeStore.dueCount(at: path, on: day) == 2)
    }

    @Test func aDeckAnOlderDebriefWroteGetsItsDueColumns() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("practice.sqlite")
        let card = PracticeCard(id: "c1", kind: .starExample, debriefID: DebriefID(rawValue: "d1"), question: "Q", lastAnswer: nil,
                                schedule: .new(on: DayDate(year: 2026, month: 11, day: 20)!))
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(sql: """
                PRAGMA application_id = 1145197126;
                CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
                INSERT INTO grdb_migrations VALUES ('practice-v1');
                CREATE TABLE practice_card (id TEXT PRIMARY KEY NOT NULL, card TEXT NOT NULL);
                CREATE TABLE practice_review (seq INTEGER PRIMARY KEY AUTOINCREMENT, card_id TEXT NOT NULL REFERENCES practice_card(id) ON DELETE CASCADE, review TEXT NOT NULL);
                """)
            try db.execute(sql: "INSERT INTO practice_card (id, card) VALUES (?, ?)",
                           arguments: ["c1", String(decoding: try DebriefJSON.encoder().encode(card), as: UTF8.self)])
        }
        try queue.close()
        #expect(try await SQLitePracticeStore.dueCount(at: path, on: DayDate(year: 2026, month: 11, day: 26)!) == 1)
        #expect(try await SQLitePracticeStore.dueCount(at: path, on: DayDate(year: 2026, month: 11, day: 19)!) == 0)
    }

    @Test func itLivesBesideTheStore() {
        #expect(SQLitePracticeStore.path(besideStore: "/home/a/.local/share/debrief/debriefs.sqlite") == "/home/a/.local/share/debrief/practice.sqlite")
    }
}
