import DebriefKit
import DebriefSQLite
import DebriefTesting
import Foundation
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

    @Test func itLivesBesideTheStore() {
        #expect(SQLitePracticeStore.path(besideStore: "/home/a/.local/share/debrief/debriefs.sqlite") == "/home/a/.local/share/debrief/practice.sqlite")
    }
}
