import DebriefKit
import DebriefReflection
import DebriefSTAR
import DebriefTesting
import Testing

@Suite("Skipping and going back")
struct ReflectionNavigationTests {
    @Test func skippingEveryStepReachesTheEnd() async throws {
        let tester = try await ConversationTester(plugins: [.reflection, .star])
        var skips = 0
        while await tester.session.outcome == .continuing, skips < 100 {
            try await tester.send("/skip")
            skips += 1
        }
        await tester.expectOutcome(.completed)
        let debrief = try #require(try await tester.stored())
        let asked = Set(debrief.answers.keys.map(\.stepID))
        #expect(asked == ["context.company", "context.role", "context.date", "context.stage", "context.outcome", "feelings.now",
                          "reflect.prepared", "reflect.research", "reflect.why", "reflect.questions", "reflect.examples",
                          "wins.list", "wins.fit", "wins.fit.note", "move.plan", "move.feedback"])
        #expect(debrief.answers.values.allSatisfy { $0.value.isSkipped })
        #expect(skips == asked.count)
        let summary = try #require(try await tester.said(from: "move.summary").first)
        #expect(summary.contains("Untitled interview"))
        #expect(summary.contains("Prepared as much as you wanted: (skipped)"))
        #expect(summary.contains("none yet"))
        #expect(try await tester.said(from: "move.close").count == 1)
    }

    @Test func backAcrossAFollowUpBranchDropsIt() async throws {
        let tester = try await ConversationTester(plugins: [.reflection, .star])
        try await tester.run(until: "reflect.prepared")
        try await tester.send("no")
        await tester.expectAt("reflect.prepared.gaps")
        try await tester.send("/back")
        await tester.expectAt("reflect.prepared")
        tester.expect(contains: "Your earlier answer: “no”")
        try await tester.send("yes, fully")
        await tester.expectAt("reflect.research")
        try await tester.expectNoAnswer("reflect.prepared.gaps")
    }

    @Test func backOutOfTheLowMoodBranch() async throws {
        let tester = try await ConversationTester(plugins: [.reflection, .star])
        try await tester.run(until: "feelings.now")
        try await tester.send("1")
        await tester.expectAt("feelings.friend")
        try await tester.send("/back")
        await tester.expectAt("feelings.now")
        try await tester.send("4")
        await tester.expectAt("reflect.prepared")
        tester.expect(notContains: "/pause")
    }

    @Test func backFromTheSTARChapterAndChangingTheAnswerSkipsIt() async throws {
        let tester = try await ConversationTester(plugins: [.reflection, .star])
        try await tester.run(until: "star.question")
        try await tester.send("/back")
        await tester.expectAt("reflect.examples")
        try await tester.send("yes")
        await tester.expectAt("wins.list")
    }

    @Test func answersLeftBehindByBackStayOutOfTheSummary() async throws {
        let tester = try await ConversationTester(plugins: [.reflection, .star])
        try await tester.run(until: "reflect.research")
        try await tester.send("no")
        try await tester.send("Reading their annual report")
        await tester.expectAt("reflect.why")
        try await tester.send("/back")
        try await tester.send("/back")
        await tester.expectAt("reflect.research")
        try await tester.send("yes")
        try await tester.run()
        let summary = try #require(try await tester.said(from: "move.summary").first)
        #expect(summary.contains("Researched the company: yes"))
        #expect(!summary.contains("annual report"))
    }
}
