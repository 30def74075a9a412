import DebriefKit
import DebriefTesting
import TechnicalInterview
import Testing

@Suite struct TechnicalInterviewTests {
    @Test func aFullRoundIsAskedWithPerItemFollowUps() async throws {
        let t = try await ConversationTester(plugins: [.technicalInterview])
        t.expect(contains: "Was there a technical part")
        try await t.send(["yes", "sys"])
        try await t.expectAnswer("technical.format", .choice("system design"))
        try await t.send(["4", "caching; estimating load"])
        t.expect(contains: "“caching” goes better")
        try await t.send(["read about cache invalidation", "practise back-of-envelope maths"])
        t.expect(contains: "2 things to practise")
        await t.expectOutcome(.completed)
        try await t.expectAnswer("technical.practice#2", .text("practise back-of-envelope maths"))
    }

    @Test func lowConfidenceGetsAKindWord() async throws {
        let t = try await ConversationTester(plugins: [.technicalInterview])
        try await t.send(["yes", "live coding", "2"])
        t.expect(contains: "isn't a verdict on you")
    }

    @Test func noTechnicalPartSkipsTheRest() async throws {
        let t = try await ConversationTester(plugins: [.technicalInterview])
        try await t.send("nope")
        t.expect(contains: "Technical skill grows with reps")
        await t.expectOutcome(.completed)
        try await t.expectNoAnswer("technical.format")
    }

    @Test func theChapterIsPlacedAfterTheAnchor() {
        struct Other: DebriefPlugin {
            let id = "other"
            var chapters: [Chapter] {
                [Chapter("reflect", title: "Reflect") { Ask("r", "R?", .text()) }, Chapter("move", title: "Move") { Ask("m", "M?", .text()) }]
            }
        }
        let flow = Flow(plugins: [Other(), .technicalInterview])
        #expect(flow.chapters.map(\.id) == ["reflect", "technical", "move"])
        #expect(flow.problems.isEmpty)
    }
}
