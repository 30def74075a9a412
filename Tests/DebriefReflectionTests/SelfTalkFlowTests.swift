import DebriefKit
import DebriefReflection
import DebriefSTAR
import DebriefTesting
import Testing

@Suite("Self-talk in the flow")
struct SelfTalkFlowTests {
    /// The reason after yes/partly/no is read too; a fairer wording replaces the verdict in the stored answer.
    @Test func aReasonAfterPartlyIsAnsweredAndReworded() async throws {
        let tester = try await ConversationTester(plugins: [.reflection, .star])
        try await tester.run(until: "reflect.prepared")
        try await tester.send("partly, I'm useless at interviews")
        tester.expect(contains: SelfTalk.reply(to: .label))
        tester.expect(contains: "put “I'm useless at interviews” more fairly")
        await tester.expectAt("reflect.prepared")
        try await tester.send("the salary part caught me out this time")
        tester.expect(contains: SelfTalk.thanks)
        let answer = try await tester.debrief().answers[StepKey("reflect.prepared")]
        #expect(answer?.raw == "partly, the salary part caught me out this time")
        #expect(answer?.value == .yesPartlyNo(.partly))
        await tester.expectAt("reflect.prepared.gaps")
        let transcript = try await tester.debrief().transcript
        #expect(transcript.contains { $0.kind == .answered(step: StepKey("reflect.prepared"), raw: "partly, I'm useless at interviews") })
    }

    @Test func enterKeepsWhatWasWrittenAndTheCoachSpeaksOncePerChapter() async throws {
        let tester = try await ConversationTester(plugins: [.reflection, .star])
        try await tester.run(until: "reflect.prepared", answers: [:])
        try await tester.send("no")
        try await tester.send("It's all my fault; no salary research")
        tester.expect(contains: SelfTalk.reply(to: .blame))
        try await tester.send("")
        tester.expect(contains: SelfTalk.kept)
        try await tester.expectAnswer("reflect.prepared.gaps", .list(["It's all my fault", "no salary research"]))
        try await tester.send("no")
        try await tester.send("I'll never get a job")
        tester.expect(notContains: SelfTalk.reply(to: .prediction))
        #expect(try await tester.said(from: "selftalk@reflect").count == 1)
    }

    @Test func ordinaryWorkStoriesAreLeftAlone() async throws {
        let tester = try await ConversationTester(plugins: [.reflection, .star])
        try await tester.run(until: "reflect.prepared")
        try await tester.send("yes")
        try await tester.send("kinda, nobody owned the research so I took it on")
        await tester.expectAt("reflect.research.helped")
        #expect(try await tester.said(from: "selftalk").isEmpty)
    }

    @Test func aCompanyNamedNothingIsJustAName() async throws {
        let tester = try await ConversationTester(plugins: [.reflection, .star])
        try await tester.send("I'm Useless Ltd")
        #expect(try await tester.said(from: "selftalk").isEmpty)
        try await tester.expectAnswer("context.company", .text("I'm Useless Ltd"))
    }

    @Test func nothingWentWellGetsOneGentleSecondAsk() async throws {
        let tester = try await ConversationTester(plugins: [.reflection, .star])
        try await tester.run(until: "wins.list")
        try await tester.send("nothing went well. nothing ever does")
        tester.expect(contains: "you got the interview, you prepared, you showed up")
        await tester.expectAt("wins.list")
        try await tester.send("I showed up; I learned what they ask")
        try await tester.expectAnswer("wins.list", .list(["I showed up", "I learned what they ask"]))
    }

    @Test func aSecondNothingIsLeftAlone() async throws {
        let tester = try await ConversationTester(plugins: [.reflection, .star])
        try await tester.run(until: "wins.list")
        try await tester.send("Nothing")
        try await tester.send("nothing")
        try await tester.expectAnswer("wins.list", .skipped)
        await tester.expectAt("wins.fit")
    }

    /// The summary shows the reworded answer, and never a kept verdict as typed.
    @Test func theSummaryNeverReplaysAVerdict() async throws {
        let tester = try await ConversationTester.finished(changing: [
            "reflect.struggled.now#1": "I'm terrible at this and I'll never get a PM job",
        ])
        let summary = ReflectionSummary(try await tester.debrief()).text
        #expect(!summary.contains("I'll never get a PM job"))
        #expect(summary.contains(SelfTalk.placeholder))
    }
}
