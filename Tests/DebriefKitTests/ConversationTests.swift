import DebriefKit
import DebriefTesting
import Foundation
import Testing

/// Scripted transcripts through the engine and a session with an in-memory store.
@Suite struct ConversationTests {
    @Test func aFullRunCompletesAndStoresEveryAnswer() async throws {
        let t = try await Fixtures.tester()
        #expect(t.allMessages.first?.text == "Hello — this is a test flow.")
        t.expect(contains: "Which company?")
        try await t.send(Fixtures.fullRun)
        t.expect(contains: "Thanks, Acme.")
        await t.expectOutcome(.completed)
        try await t.expectAnswer("intro.company", .text("Acme"))
        try await t.expectAnswer("intro.date", .date(DayDate(iso: "2026-11-25")!))
        try await t.expectAnswer("reflect.prepared", .yesPartlyNo(.no))
        try await t.expectAnswer("reflect.stage", .choice("technical"))
        try await t.expectAnswer("reflect.now#2", .text("honestly"))
        try await t.expectAnswer("reflect.star", .star(STARAnswer(situation: "S", task: "T", action: "A", result: "R")))
        let stored = try #require(try await t.stored())
        #expect(stored.interview.company == "Acme")
        #expect(stored.interview.date == DayDate(iso: "2026-11-25"))
        #expect(stored.status.isCompleted)
        #expect(stored.answers[StepKey("reflect.struggled")]?.raw == "conflict; weakness")
    }

    @Test func placeholdersUseEarlierAnswersAndItems() async throws {
        let t = try await Fixtures.tester()
        try await t.send(["Acme", "today", "4"])
        t.expect(contains: "Did you prepare for Acme?")
        try await t.send(["yes", "1", "conflict; weakness"])
        t.expect(contains: "How would you answer “conflict” now?")
        try await t.send("calmly")
        t.expect(contains: "How would you answer “weakness” now?")
    }

    @Test func aConditionAsksTheFollowUpOnlyWhenItHolds() async throws {
        let yes = try await Fixtures.tester()
        try await yes.send(["Acme", "today", "4", "yes"])
        await yes.expectAt("reflect.stage")
        let kinda = try await Fixtures.tester()
        try await kinda.send(["Acme", "today", "4", "kinda"])
        await kinda.expectAt("reflect.gaps")
    }

    @Test func aReactionSpeaksAfterALowAnswer() async throws {
        let t = try await Fixtures.tester()
        try await t.send(["Acme", "today", "2"])
        t.expect(contains: "That sounds hard.")
        let fine = try await Fixtures.tester()
        try await fine.send(["Acme", "today", "4"])
        fine.expect(notContains: "That sounds hard.")
    }

    @Test func invalidInputShowsTheReasonAndOffersSkipAfterThreeTries() async throws {
        let t = try await Fixtures.tester()
        try await t.send(["Acme", "today"])
        try await t.send("great")
        t.expect(contains: "Type a number from 1 to 5")
        t.expect(notContains: "How do you feel")
        t.expect(notContains: "/skip")
        try await t.send("9")
        t.expect(contains: "9 is outside 1–5")
        try await t.send("lots")
        t.expect(contains: "/skip to move on")
        await t.expectAt("intro.feeling")
        let stored = try #require(try await t.stored())
        let rejected = stored.transcript.compactMap { event -> String? in
            if case .rejected(_, let raw, _) = event.kind { raw } else { nil }
        }
        #expect(rejected == ["great", "9", "lots"])
    }

    @Test func skipStoresASkipAndMovesOn() async throws {
        let t = try await Fixtures.tester()
        try await t.send(["/skip", "/skip"])
        await t.expectAt("intro.feeling")
        try await t.expectAnswer("intro.company", .skipped)
        let stored = try #require(try await t.stored())
        #expect(stored.interview.company == nil)
    }

    @Test func skippingEveryStepCompletes() async throws {
        let t = try await Fixtures.tester()
        for _ in 0..<20 where await t.session.outcome == .continuing {
            try await t.send("/skip")
        }
        await t.expectOutcome(.completed)
        t.expect(contains: "Thanks, …")
    }

    @Test func backReasksThePreviousAskedStepWithTheOldAnswerAsDefault() async throws {
        let t = try await Fixtures.tester()
        try await t.send(["Acme", "today", "4", "yes"])
        await t.expectAt("reflect.stage")
        try await t.send("/back")
        t.expect(contains: "Did you prepare for Acme?")
        t.expect(contains: "Your earlier answer: “yes”")
        try await t.send("")
        await t.expectAt("reflect.stage")
        try await t.expectAnswer("reflect.prepared", .yesPartlyNo(.yes))
    }

    @Test func backAcrossABranchSkipsStepsThatWereNotAsked() async throws {
        let t = try await Fixtures.tester()
        try await t.send(["Acme", "today", "4", "no", "reading", "1"])
        await t.expectAt("reflect.struggled")
        try await t.send("/back")
        await t.expectAt("reflect.stage")
        try await t.send("/back")
        await t.expectAt("reflect.gaps")
        try await t.send("/back")
        await t.expectAt("reflect.prepared")
        try await t.send("yes")
        // The branch closed: the follow-up is not asked again, and the conversation
        // returns to the first open question.
        await t.expectAt("reflect.struggled")
        try await t.send("/back")
        await t.expectAt("reflect.stage")
    }

    @Test func aDraftLeftWithBackStaysInTheTranscript() async throws {
        let t = try await Fixtures.tester()
        try await t.send(["Acme", "today", "4", "yes", "1", "conflict", "weakness"])
        await t.expectAt("reflect.struggled")
        try await t.send("/back")
        await t.expectAt("reflect.stage")
        let stored = try #require(try await t.stored())
        let setAside = stored.transcript.compactMap { event -> String? in
            if case .rejected(let step, let raw, _) = event.kind, step == StepKey("reflect.struggled") { raw } else { nil }
        }
        #expect(setAside == ["conflict\nweakness"])
        #expect(stored.cursor?.draft == [])
    }

    @Test func backAtTheFirstQuestionSaysSo() async throws {
        let t = try await Fixtures.tester()
        try await t.send("/back")
        t.expect(contains: "first question")
        await t.expectAt("intro.company")
    }

    @Test func repeatShowsTheQuestionAgain() async throws {
        let t = try await Fixtures.tester()
        try await t.send("Acme")
        try await t.send("/repeat")
        #expect(t.lastMessages.first?.text == "When was it?")
    }

    @Test func reviewListsAnswersAndReviewNChangesOneThenReturns() async throws {
        let t = try await Fixtures.tester()
        try await t.send(["Acme", "today", "4", "yes"])
        try await t.send("/review")
        t.expect(contains: "1. Which company?")
        t.expect(contains: "→ Acme")
        t.expect(contains: "4. Did you prepare for Acme?")
        try await t.send("/review 1")
        t.expect(contains: "Which company?")
        t.expect(contains: "Your earlier answer: “Acme”")
        try await t.send("Globex")
        await t.expectAt("reflect.stage")
        try await t.expectAnswer("intro.company", .text("Globex"))
        try await t.send("/review 9")
        t.expect(contains: "pick 1 to 4")
    }

    @Test func statusAndHelpDescribeWhereYouAre() async throws {
        let t = try await Fixtures.tester()
        try await t.send(["Acme", "today"])
        try await t.send("/status")
        t.expect(contains: "question 3 of about")
        t.expect(contains: "“Intro”")
        try await t.send("/help")
        t.expect(contains: "/review")
        t.expect(contains: "A number from 1 to 5")
        try await t.send("/hepl")
        t.expect(contains: "There's no “/hepl” command")
        try await t.send("/rev")
        t.expect(contains: "Did you mean /review?")
    }

    @Test func aDoubleSlashAnswersWithASlash() async throws {
        let t = try await Fixtures.tester()
        try await t.send("//dev/null Inc")
        try await t.expectAnswer("intro.company", .text("/dev/null Inc"))
    }

    @Test func pauseKeepsEverythingAndResumeContinuesAtTheCursor() async throws {
        let t = try await Fixtures.tester()
        try await t.send(["Acme", "today", "4", "no", "reading", "2", "conflict"])
        await t.expectAt("reflect.struggled")
        try await t.send("/pause")
        await t.expectOutcome(.paused)
        t.expect(contains: "saved")
        let resumed = try await t.resume()
        resumed.expect(contains: "Welcome back")
        resumed.expect(contains: "Which questions were hard?")
        resumed.expect(contains: "You've started this one")
        await resumed.expectAt("reflect.struggled")
        try await resumed.send(["weakness", ""])
        try await resumed.expectAnswer("reflect.struggled", .list(["conflict", "weakness"]))
        await resumed.expectAt("reflect.now#1")
    }

    @Test func aChangedChapterVersionIsExplainedAndContinuesSafely() async throws {
        let t = try await Fixtures.tester()
        try await t.send(["Acme", "today", "4", "yes", "1"])
        var reflect = Fixtures.reflect
        reflect.version = 2
        reflect.steps.insert(Ask("reflect.research", "Did you research them?", .yesPartlyNo), at: 1)
        reflect.steps.removeAll { $0.id == "reflect.struggled" || $0.id == "reflect.now" }
        let resumed = try await t.resume(flow: Flow([Fixtures.intro, reflect]))
        resumed.expect(contains: "Since you started, “Reflect” changed")
        resumed.expect(contains: "Did you research them?")
        try await resumed.send("partly")
        await resumed.expectAt("reflect.star")
        let stored = try #require(try await resumed.stored())
        #expect(stored.chapterVersions["reflect"] == 2)
        #expect(stored.answers[StepKey("reflect.stage")]?.value == .choice("phone screen"))
    }

    @Test func aCursorOnARemovedStepMovesToTheFirstOpenQuestion() async throws {
        let t = try await Fixtures.tester()
        try await t.send(["Acme"])
        let intro = Chapter("intro", title: "Intro") {
            Ask("intro.company", "Which company?", .text())
            Ask("intro.role", "Which role?", .text())
        }
        let resumed = try await t.resume(flow: Flow([intro]))
        resumed.expect(contains: "Which role?")
    }

    @Test func theSessionHasSavedBeforeItReturnsTheNextQuestion() async throws {
        let store = RecordingStore()
        let t = try await Fixtures.tester(store: store)
        let before = await store.saves
        let reply = try await t.send("Acme")
        #expect(reply.contains { $0.text == "When was it?" })
        #expect(await store.saves == before + 1)
        #expect(await store.lastSaved?.answers[StepKey("intro.company")]?.value == .text("Acme"))
    }

    @Test func aFailedSaveLeavesTheSessionWhereItWas() async throws {
        let store = RecordingStore()
        let t = try await Fixtures.tester(store: store)
        await store.failNextSave()
        await #expect(throws: DebriefError.self) { try await t.send("Acme") }
        await t.expectAt("intro.company")
        try await t.send("Acme")
        await t.expectAt("intro.date")
    }

    @Test func aConflictReloadsInsteadOfOverwriting() async throws {
        let store = InMemoryStore()
        let t = try await Fixtures.tester(store: store)
        try await t.send("Acme")
        var other = try #require(try await t.stored())
        other.interview.role = "Changed elsewhere"
        _ = try await store.save(other)
        try await t.send("yesterday")
        t.expect(contains: "changed in another window")
        let stored = try #require(try await t.stored())
        #expect(stored.interview.role == "Changed elsewhere")
        #expect(stored.answers[StepKey("intro.date")] == nil)
        await t.expectAt("intro.date")
    }

    @Test func promptStateShowsProgress() async throws {
        let t = try await Fixtures.tester()
        let first = try #require(await t.session.promptState)
        // Seven questions, the follow-up that may open, one item of the repeated question, and
        // the STAR answer's four parts.
        #expect(first.progress == "[1/12]")
        try await t.send(["Acme", "today", "4", "yes"])
        let later = try #require(await t.session.promptState)
        #expect(later.position == 5 && later.chapterTitle == "Reflect")
        #expect(await t.session.completions(for: "/re") == ["/repeat", "/review"])
    }

    @Test func theEngineIsDeterministic() {
        let conversation = Conversation(flow: Fixtures.flow, calendar: .utc)
        let now = Date(timeIntervalSince1970: 1_795_687_200)
        func run() -> Debrief {
            var turn = conversation.start(Debrief(id: DebriefID(rawValue: "fixed"), createdAt: now), at: now)
            for line in Fixtures.fullRun { turn = conversation.handle(line, in: turn.debrief, at: now) }
            return turn.debrief
        }
        #expect(run() == run())
    }

    @Test func aFlowWithMistakesIsRefusedWithEveryProblem() throws {
        let broken = Flow([Chapter("c", title: "C") {
            Ask("a", "A?", .text()).when(.answer("later", is: "yes"))
            Ask("a", "Again?", .text())
            Ask("b", "B?", .text()).forEach("a")
            Ask("later", "L?", .yesPartlyNo)
            Ask("x", "X?", .text()).when(.answered("nowhere"))
        }])
        #expect(broken.problems.count == 4)
        #expect(throws: DebriefError.self) { try DebriefSession(flow: broken, store: InMemoryStore()) }
    }
}

/// A store that counts saves and can be told to fail one.
actor RecordingStore: DebriefStore {
    private let inner = InMemoryStore()
    private(set) var saves = 0
    private(set) var lastSaved: Debrief?
    private var failNext = false

    func failNextSave() { failNext = true }

    func save(_ debrief: Debrief, expectedRevision: Int) async throws -> Debrief {
        if failNext {
            failNext = false
            throw DebriefError(.storage, "Disk full.")
        }
        saves += 1
        lastSaved = debrief
        return try await inner.save(debrief, expectedRevision: expectedRevision)
    }

    func load(_ id: DebriefID) async throws -> Debrief? { try await inner.load(id) }
    func list(_ query: DebriefQuery) async throws -> [DebriefSummary] { try await inner.list(query) }
    func search(_ text: String, limit: Int) async throws -> [SearchHit] { try await inner.search(text, limit: limit) }
    func delete(_ id: DebriefID) async throws -> Bool { try await inner.delete(id) }
}
