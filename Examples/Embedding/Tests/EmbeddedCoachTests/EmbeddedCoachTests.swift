import DebriefKit
import EmbeddedCoach
import Foundation
import Testing

@Suite struct EmbeddedCoachTests {
    /// Thursday 26 November 2026, 10:00 UTC: "last tuesday" is the 24th in every run.
    struct Fixed: DebriefClock {
        func now() -> Date { Date(timeIntervalSince1970: 1_795_687_200) }
    }

    static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    static func answers() throws -> [String] {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("answers.json")
        return try EmbeddedCoach.answers(fromJSON: Data(contentsOf: file))
    }

    @Test func theSampleAnswersGiveAMarkdownSummary() async throws {
        let store = InMemoryStore()
        let markdown = try await EmbeddedCoach(store: store, clock: Fixed(), calendar: Self.utc).run(answers: Self.answers(), format: "markdown")
        #expect(markdown.hasPrefix("# Product Designer at Acme Café"))
        #expect(markdown.contains("2026-11-24"))
        #expect(markdown.contains("Tell me about a conflict"))
        let saved = try await store.list(.all)
        #expect(saved.count == 1 && saved[0].status == .completed, "the debrief was saved as it went")
    }

    @Test func textIsAvailableToo() async throws {
        let text = try await EmbeddedCoach(clock: Fixed(), calendar: Self.utc).run(answers: Self.answers(), format: "text")
        #expect(text.contains("The five questions") && !text.contains("\u{1B}["))
    }

    @Test func answersThatRunOutSayWhereTheyStopped() async throws {
        await #expect {
            try await EmbeddedCoach(clock: Fixed(), calendar: Self.utc).run(answers: ["Acme", "Designer"], format: "markdown")
        } throws: { error in
            String(describing: error).contains("ran out") && String(describing: error).contains("When was your last interview")
        }
    }

    @Test func aBadAnswersFileIsExplained() throws {
        #expect(throws: DebriefError.self) { try EmbeddedCoach.answers(fromJSON: Data("{\"answers\": 3}".utf8)) }
        #expect(try EmbeddedCoach.answers(fromJSON: Data("[\"a\", \"b\"]".utf8)) == ["a", "b"])
    }
}
