import DebriefKit
import DebriefReflection
import DebriefSTAR
import DebriefTesting
import Testing

@Suite("If-then plans")
struct PlanTests {
    @Test func aPlanNeedsTheMomentAndTheMoveEachWithASpecificNudge() async throws {
        let tester = try await ConversationTester(plugins: [.reflection, .star])
        try await tester.run(until: "move.plan")
        try await tester.send("practise more")
        tester.expect(contains: "Try the form “next time, if …, I will …”")
        try await tester.send("I will rehearse my salary range out loud")
        tester.expect(contains: "Add the moment it's for")
        try await tester.send("if they ask about salary, my range")
        tester.expect(contains: "Add what you'll do")
        await tester.expectAt("move.plan")
        try await tester.send("Before my next interview, I'll rehearse my salary range out loud")
        await tester.expectAt("move.plan.date")
        try await tester.send("yesterday")
        tester.expect(contains: "has already passed")
        try await tester.send("in 2 weeks")
        try await tester.expectAnswer("move.plan.date", .date(DayDate(year: 2026, month: 12, day: 10)!))
        let stored = try #require(try await tester.stored())
        #expect(stored.transcript.contains { event in
            if case .rejected(_, let raw, _) = event.kind { return raw == "practise more" }
            return false
        }, "refused input is kept in the transcript")
    }

    @Test func twoPlansBothWithDatesAppearInTheSummary() async throws {
        let tester = try await ConversationTester.finished(changing: [
            "move.plan2": "When I get a case study, I will ask one clarifying question first", "move.plan2.date": "2026-12-15",
        ])
        let summary = try #require(try await tester.said(from: "move.summary").first)
        #expect(summary.contains("• Next time, if they ask about conflict, I will tell the release story — by 2026-11-27\n• When I get a case study, I will ask one clarifying question first — by 2026-12-15"))
    }

    @Test func noSecondPlanMeansNoSecondDate() async throws {
        let tester = try await ConversationTester(plugins: [.reflection, .star])
        try await tester.run(until: "move.plan2")
        try await tester.send("")
        await tester.expectAt("move.feedback")
        try await tester.expectAnswer("move.plan2", .skipped)
    }
}
