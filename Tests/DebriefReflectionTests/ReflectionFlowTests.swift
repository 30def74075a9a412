import DebriefKit
import DebriefReflection
import DebriefSTAR
import DebriefTesting
import Testing

@Suite("Reflection flow")
struct ReflectionFlowTests {
    func tester() async throws -> ConversationTester {
        try await ConversationTester(plugins: [.reflection, .star])
    }

    @Test func chaptersComeInTheArticlesOrderWithSTARAfterReflect() {
        #expect(Flow(plugins: [.reflection, .star]).chapters.map(\.id) == ["ack", "context", "followup", "feelings", "reflect", "star", "wins", "move"])
        #expect(Flow(plugins: [.star, .reflection]).chapters.map(\.id) == ["ack", "context", "followup", "feelings", "reflect", "star", "wins", "move"])
        #expect(Flow(plugins: [.reflection, .star]).problems.isEmpty)
    }

    @Test func stepIDsFollowTheirChapters() {
        for chapter in Flow(plugins: [.reflection, .star]).chapters {
            for step in chapter.steps {
                #expect(step.id.hasPrefix(chapter.id + "."), "\(step.id) in \(chapter.id)")
            }
        }
    }

    @Test func aFullDebriefWithNaturalAnswersIsStoredVerbatim() async throws {
        let tester = try await tester()
        tester.expect(contains: "disappointing")
        tester.expect(contains: "about fifteen minutes — around thirty short questions")
        try await tester.run()
        await tester.expectOutcome(.completed)
        let debrief = try #require(try await tester.stored())
        #expect(debrief.interview == Interview(company: "Café Zürich", role: "Product Designer", date: DayDate(year: 2026, month: 11, day: 24),
                                               stage: "final round", outcome: "rejected"))
        try await tester.expectAnswer("reflect.prepared", .yesPartlyNo(.partly))
        try await tester.expectAnswer("reflect.research", .yesPartlyNo(.no))
        try await tester.expectAnswer("reflect.prepared.gaps", .list(["portfolio walk-through", "salary research"]))
        try await tester.expectAnswer("move.plan.date", .date(DayDate(year: 2026, month: 11, day: 27)!))
        try await tester.expectAnswer("move.plan2", .skipped)
        for (key, typed) in Script.standard where key != "move.plan2" {
            #expect(debrief.answers[StepKey(rawValue: key)]?.raw == typed, "raw text of \(key)")
        }
    }

    @Test func theSummaryShowsEverySectionAndTheEmail() async throws {
        let tester = try await ConversationTester.finished()
        let summary = try #require(try await tester.said(from: "move.summary").first)
        for part in ["Product Designer at Café Zürich", "2026-11-24 · final round · rejected",
                     "Prepared as much as you wanted: partly", "Gaps: portfolio walk-through; salary research",
                     "What would have helped: Talking to someone on the design team first", "Clear on why you wanted the job: yes",
                     "“\(Script.conflict)” (behavioural)", "Now: I'd tell the release story", "Now: Because I pair research with shipping — 面接",
                     "Your STAR example for “\(Script.conflict)”", "Action: I met each lead. I pulled the bug data.", "Revised: action",
                     "What went well: I stayed calm; good rapport with the panel", "Still want this kind of role: 4/5",
                     "On fit: A small team that ships weekly",
                     "Next time, if they ask about conflict, I will tell the release story — by 2026-11-27",
                     "Subject: Thank you — Product Designer interview", "Dear Sam,"] {
            #expect(summary.contains(part), "summary lacks “\(part)”:\n\(summary)")
        }
        #expect(!summary.contains("“Why should we hire you?” (behavioural)"))
        let close = try #require(try await tester.said(from: "move.close").first)
        #expect(close.contains("step closer") && close.contains("Keep applying"))
    }

    @Test func aLowMoodGetsTheReframeTheFriendQuestionAndThePauseOffer() async throws {
        let tester = try await tester()
        try await tester.run(until: "feelings.now")
        try await tester.send("2 - pretty rough")
        tester.expect(contains: "both ways")
        tester.expect(contains: "not a verdict on you")
        tester.expect(contains: "far from alone")
        await tester.expectAt("feelings.friend")
        try await tester.send("That it's their loss, and the right job will come.")
        tester.expect(contains: "just as true for you")
        tester.expect(contains: "/pause")
        await tester.expectAt("reflect.prepared")
        try await tester.send("/pause")
        await tester.expectOutcome(.paused)
        tester.clock.advance(by: 86_400)
        let tomorrow = try await tester.resume()
        tomorrow.expect(contains: "Welcome back")
        await tomorrow.expectAt("reflect.prepared")
    }

    /// An okay mood hears the same ideas, shorter and later: no friend question, fit at the fit question.
    @Test(arguments: ["3", "5"])
    func anOkayMoodGoesStraightToTheQuestions(_ mood: String) async throws {
        let tester = try await tester()
        try await tester.run(until: "feelings.now")
        try await tester.send(mood)
        tester.expect(contains: "not a verdict on you")
        tester.expect(contains: "far from alone")
        tester.expect(notContains: "both ways")
        await tester.expectAt("reflect.prepared")
        try await tester.expectNoAnswer("feelings.friend")
        try await tester.run(until: "wins.fit")
        tester.expect(contains: "runs both ways")
    }

    @Test func noReplyGivesAFollowUpSuggestionInsteadOfTheEmail() async throws {
        let tester = try await ConversationTester.finished(changing: ["context.outcome": "no reply"])
        await tester.expectOutcome(.completed)
        try await tester.expectNoAnswer("move.feedback")
        try await tester.expectNoAnswer("move.feedback.to")
        let followUp = try #require(try await tester.said(from: "move.followup").first)
        #expect(followUp.contains("one short, friendly follow-up") && followUp.contains("Product Designer"))
        let summary = try #require(try await tester.said(from: "move.summary").first)
        #expect(!summary.contains("Subject:"))
    }

    @Test func sayingNoToTheEmailLeavesItOut() async throws {
        let tester = try await ConversationTester.finished(changing: ["move.feedback": "nah"])
        try await tester.expectNoAnswer("move.feedback.to")
        #expect(try await tester.said(from: "move.followup").isEmpty)
        #expect(try await tester.said(from: "move.summary").first?.contains("Subject:") == false)
    }

    @Test func struggledQuestionsGetAFollowUpEach() async throws {
        let tester = try await tester()
        try await tester.run(until: "reflect.struggled.list")
        try await tester.send("Tell me about a failure; Walk me through your portfolio; Where do you see yourself in five years?")
        for (index, question) in ["Tell me about a failure", "Walk me through your portfolio", "Where do you see yourself in five years?"].enumerated() {
            await tester.expectAt("reflect.struggled.now#\(index + 1)")
            tester.expect(contains: "How would you answer “\(question)” now?")
            try await tester.send("New answer \(index + 1)")
        }
        for index in 1...3 {
            await tester.expectAt("reflect.struggled.behavioural#\(index)")
            try await tester.send(index == 1 ? "yes" : "no")
        }
        try await tester.expectAnswer("reflect.struggled.now#2", .text("New answer 2"))
        try await tester.expectAnswer("reflect.struggled.behavioural#1", .yesPartlyNo(.yes))
        await tester.expectAt("reflect.examples")
    }

    @Test func everyFollowUpAppearsOnlyWhenTheAnswerIsNotYes() async throws {
        let allYes = ["reflect.prepared", "reflect.research", "reflect.why", "reflect.questions", "reflect.examples"].map { ($0, "yes") }
        let tester = try await ConversationTester.finished(changing: Dictionary(uniqueKeysWithValues: allYes))
        for id in ["reflect.prepared.gaps", "reflect.research.helped", "reflect.why.draft", "reflect.struggled.list",
                   "reflect.struggled.now#1", "star.question", "star.example"] {
            try await tester.expectNoAnswer(id)
        }
        #expect(try await tester.said(from: "star.").isEmpty, "no STAR chapter when the examples landed")
        await tester.expectOutcome(.completed)
    }

    @Test func theWhyFollowUpAsksForTwoSentencesAboutTheRole() async throws {
        let tester = try await tester()
        try await tester.run(until: "reflect.why")
        try await tester.send("not really")
        await tester.expectAt("reflect.why.draft")
        tester.expect(contains: "two sentences on why you want a role like Product Designer")
    }

    @Test func aLowFitScoreIsMetWithFitNotFailure() async throws {
        let tester = try await tester()
        try await tester.run(until: "wins.fit")
        try await tester.send("2")
        tester.expect(contains: "what you don't want as well as what you do")
    }
}
