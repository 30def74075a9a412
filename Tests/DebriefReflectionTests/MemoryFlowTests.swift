import DebriefKit
import DebriefReflection
import DebriefSTAR
import DebriefTesting
import Foundation
import Testing

/// The coach remembers: scripts over two or three debriefs sharing one store.
@Suite("Memory across debriefs")
struct MemoryFlowTests {
    static let plan = "Next time, if they ask about conflict, I will tell the release story"
    let store = InMemoryStore()
    let clock = FixedClock()

    /// A finished debrief in the shared store, answered with ``Script/standard`` changed by `changes`.
    @discardableResult
    func finished(changing changes: [String: String] = [:]) async throws -> Debrief {
        let tester = try await ConversationTester(plugins: [.reflection, .star], store: store, clock: clock)
        try await tester.run(answers: Script.standard.merging(changes) { $1 })
        clock.advance(by: 7 * 86_400)
        return try await tester.debrief()
    }

    /// A new debrief in the shared store, answered up to `step` (nil: to the end).
    func next(until step: String?, changing changes: [String: String] = [:]) async throws -> ConversationTester {
        let tester = try await ConversationTester(plugins: [.reflection, .star], store: store, clock: clock)
        try await tester.run(until: step, answers: Script.standard.merging(changes) { $1 })
        return tester
    }

    func load(_ debrief: Debrief) async throws -> Debrief {
        try #require(try await store.load(debrief.id))
    }

    @Test func aFirstDebriefAsksNothingAboutThePast() async throws {
        let tester = try await next(until: "feelings.now")
        #expect(!tester.allMessages.contains { $0.text.contains("Last time") })
        try await tester.run()
        #expect(try await tester.said(from: "reflect.returning").isEmpty)
        #expect(try await tester.said(from: "move.progress").isEmpty)
        await tester.expectOutcome(.completed)
    }

    @Test func followUpYesMarksThePlanDoneInTheEarlierDebrief() async throws {
        let first = try await finished()
        let tester = try await next(until: "followup.1.tried")
        tester.expect(contains: "Last time (Café Zürich, 24 Nov) you planned: “\(Self.plan)”. Did you get to try it?")
        try await tester.send("yes")
        tester.expect(contains: "How did it go?")
        try await tester.send("They asked, and the story landed")
        await tester.expectAt("followup.1.next")
        try await tester.send("done")
        tester.expect(contains: "Marked done")
        await tester.expectAt("feelings.now")

        let earlier = try await load(first)
        let second = try await tester.debrief().id
        #expect(earlier.answers[StepKey("move.plan.done", item: 1)]?.value == .date(DayDate(iso: "2026-12-03")!))
        let record = earlier.answers[DebriefHistory.Keys.default.followUp(by: second, item: 1)]
        #expect(record?.value == .choice("done"))
        #expect(record?.raw == "They asked, and the story landed")
        #expect(earlier.revision == first.revision + 1, "saved once, on top of the revision it was loaded at")

        try await tester.run()
        #expect(try await tester.said(from: "move.progress") == ["Looking back over your debriefs: you've now carried out one of the plans you made after an interview. That's the reflection turning into practice."])
        #expect(try await store.history(excluding: nil).openPlans.map(\.text) == [Self.plan], "only the second debrief's own plan is open")
    }

    @Test func notYetIsNeverScoldedAndCarriesThePlanForward() async throws {
        let first = try await finished()
        let tester = try await next(until: "followup.1.tried")
        try await tester.send("not yet")
        tester.expect(contains: "That's fine — a plan waits for the moment it was made for.")
        for word in ["should", "failed", "didn't even", "forgot"] { tester.expect(notContains: word) }
        try await tester.send("")
        try await tester.send("2")
        tester.expect(contains: "Kept open")
        let earlier = try await load(first)
        #expect(earlier.answers[StepKey("move.plan.done", item: 1)] == nil)
        #expect(earlier.answers[StepKey("move.plan.dropped", item: 1)] == nil)
        #expect(earlier.answers[DebriefHistory.Keys.default.followUp(by: try await tester.debrief().id, item: 1)]?.value == .choice("carry forward"))

        try await tester.run()
        clock.advance(by: 7 * 86_400)
        let third = try await next(until: "followup.1.tried")
        third.expect(contains: "Last time (Café Zürich, 24 Nov) you planned: “\(Self.plan)”")
    }

    @Test func changingTheStatusWithReviewChangesThePlan() async throws {
        let first = try await finished()
        let tester = try await next(until: "followup.1.tried")
        try await tester.send(["kinda", "", "done", "/review 8"])
        await tester.expectAt("followup.1.next")
        try await tester.send("3")
        await tester.expectAt("feelings.now")
        let earlier = try await load(first)
        #expect(earlier.answers[StepKey("move.plan.done", item: 1)] == nil)
        #expect(earlier.answers[StepKey("move.plan.dropped", item: 1)] != nil)
        try await tester.expectAnswer("followup.1.tried", .choice("partly"))
    }

    @Test func everydayWordsAnswerWhetherItWasTried() async throws {
        try await finished()
        let tester = try await next(until: "followup.1.tried")
        try await tester.send("haven't had the chance yet")
        try await tester.expectAnswer("followup.1.tried", .choice("not yet"))
        try await tester.send(["/review 6", "nope"])
        try await tester.expectAnswer("followup.1.tried", .choice("no"))
    }

    @Test func progressNamesAFurtherStage() async throws {
        try await finished(changing: ["context.stage": "1", "move.plan": "/skip"])
        let tester = try await next(until: nil, changing: ["context.stage": "final round"])
        #expect(try await tester.said(from: "move.progress") == ["Looking back over your debriefs: this time you reached the final round, further than in your last few interviews. That's progress, whatever the answer was."])
    }

    @Test func progressNamesASteadierMoodAndOtherwiseSaysNothing() async throws {
        try await finished(changing: ["feelings.now": "2", "move.plan": "/skip"])
        try await finished(changing: ["feelings.now": "3", "move.plan": "/skip"])
        let steadier = try await next(until: nil, changing: ["feelings.now": "4"])
        #expect(try await steadier.said(from: "move.progress") == ["Looking back over your debriefs: you're taking this one a little more steadily than the last few. That's worth noticing."])
        let lower = try await next(until: nil, changing: ["feelings.now": "2", "followup.1.tried": "no", "followup.1.next": "2"])
        #expect(try await lower.said(from: "move.progress").isEmpty)
    }

    @Test func aDroppedPlanIsClosedAndNotAskedAgain() async throws {
        let first = try await finished(changing: ["move.plan": "Next time, if they ask about salary, I will give my range"])
        let tester = try await next(until: "followup.1.tried", changing: ["move.plan": "/skip"])
        try await tester.send("no")
        try await tester.send("The role I'm going for now has a fixed band")
        try await tester.send("drop it")
        tester.expect(contains: "Dropped. Plans are there to serve you")
        #expect(try await load(first).answers[StepKey("move.plan.dropped", item: 1)] != nil)

        try await tester.run(answers: Script.standard.merging(["move.plan": "/skip"]) { $1 })
        let third = try await next(until: "feelings.now")
        #expect(!third.allMessages.contains { $0.text.contains("Last time") })
    }

    @Test func atMostTwoPlansOldestFirst() async throws {
        try await finished(changing: ["move.plan": "Next time, if they ask about salary, I will give my range", "context.company": "Acme"])
        try await finished(changing: ["move.plan": "If they ask why me, I will name two results", "context.company": "Globex",
                                      "context.date": "yesterday"])
        try await finished(changing: ["context.company": "Initech", "context.date": "yesterday"])
        let tester = try await next(until: "followup.1.tried")
        tester.expect(contains: "Last time (Acme, 24 Nov) you planned: “Next time, if they ask about salary, I will give my range”")
        try await tester.send(["yes", "", "done"])
        await tester.expectAt("followup.2.tried")
        tester.expect(contains: "Before that (Globex, 2 Dec) you also planned: “If they ask why me, I will name two results”")
        try await tester.send(["partly", "", "carry forward"])
        await tester.expectAt("feelings.now")
    }

    @Test func pausedAfterOneFollowUpResumesAtTheSecond() async throws {
        try await finished(changing: ["move.plan": "Next time, if they ask about salary, I will give my range"])
        try await finished(changing: ["context.date": "yesterday"])
        let tester = try await next(until: "followup.1.tried")
        try await tester.send(["yes", "", "done", "/pause"])
        let resumed = try await tester.resume()
        await resumed.expectAt("followup.2.tried")
        resumed.expect(contains: "you also planned: “\(Self.plan)”")
    }

    @Test func aQuestionHardForTheSecondTimeIsNamedOnce() async throws {
        try await finished(changing: ["reflect.examples": "yes"])
        let tester = try await next(until: "reflect.returning.offer",
                                    changing: ["reflect.struggled.list": "Describe a conflict you had with colleagues; What is your salary expectation?"])
        tester.expect(contains: "“Describe a conflict you had with colleagues”: this is the second time a question like this was hard.")
        tester.expect(contains: "1 build a STAR example for it now, 2 put it at the front of your practice deck, 3 not now")
        try await tester.send("3")
        await tester.expectAt("reflect.struggled.now#1")
        try await tester.run()
        #expect(try await tester.said(from: "reflect.returning").count == 1)
    }

    @Test func theThirdTimeOffersToImproveTheExampleAndOpensSTAR() async throws {
        try await finished()
        try await finished(changing: ["reflect.struggled.list": "Tell me about a time you had a conflict with a colleague; Where do you see yourself in five years?"])
        let tester = try await next(until: "reflect.returning.offer",
                                    changing: ["reflect.struggled.list": "What do you know about us?; A conflict with a colleague?", "reflect.examples": "yes"])
        tester.expect(contains: "this is the third time a question like this was hard")
        tester.expect(contains: "1 improve the STAR example you started for it now")
        try await tester.send("1")
        tester.expect(contains: "pick this one")
        try await tester.run(until: "star.question", answers: Script.standard.merging(["reflect.examples": "yes"]) { $1 })
        await tester.expectAt("star.question")
    }

    @Test func anImportedHistoryIsRememberedTheSameWay() async throws {
        var imported = Debrief(id: DebriefID(rawValue: "0a1b2c3d-imported"), createdAt: Date(timeIntervalSince1970: 1_790_000_000),
                               interview: Interview(company: "Globex", date: DayDate(iso: "2026-11-12")))
        let answered = Date(timeIntervalSince1970: 1_790_000_000)
        imported.answers = [
            StepKey("move.plan"): Answer(value: .text("If they ask about metrics, I will bring the dashboard"), raw: "", answeredAt: answered),
            StepKey("reflect.struggled.list"): Answer(value: .list(["Tell me about a conflict with a colleague"]), raw: "", answeredAt: answered),
            StepKey("feelings.now"): Answer(value: .scale(2), raw: "2", answeredAt: answered),
        ]
        imported.status = .completed(at: answered)
        let archived = try DebriefJSON.decoder().decode(Debrief.self, from: try DebriefJSON.encoder().encode(imported))
        _ = try await store.save(archived, expectedRevision: 0)

        let tester = try await next(until: "followup.1.tried")
        tester.expect(contains: "Last time (Globex, 12 Nov) you planned: “If they ask about metrics, I will bring the dashboard”")
        try await tester.send(["yes", "", "done"])
        try await tester.run(until: "reflect.returning.offer")
        tester.expect(contains: "this is the second time a question like this was hard")
        #expect(try await store.load(imported.id)?.answers[StepKey("move.plan.done", item: 1)] != nil)
    }
}
