import DebriefKit
import DebriefTesting
import Foundation
import Testing

/// `DebriefHistory`: reading it from debriefs, plan reviews, conditions, and the session's part.
@Suite("History")
struct HistoryTests {
    static let start = Date(timeIntervalSince1970: 1_795_687_200)

    /// A finished debrief on `day` with the given answers (by step key).
    static func debrief(_ id: String, company: String = "Acme", day: String, stage: String? = nil,
                        _ answers: [String: AnswerValue]) -> Debrief {
        var debrief = Debrief(id: DebriefID(rawValue: id), createdAt: start,
                              interview: Interview(company: company, date: DayDate(iso: day), stage: stage))
        debrief.answers = Dictionary(uniqueKeysWithValues: answers.map { (StepKey(rawValue: $0.key), Answer(value: $0.value, raw: "", answeredAt: start)) })
        debrief.status = .completed(at: start)
        return debrief
    }

    static let older = debrief("b-older", company: "Globex", day: "2026-11-12", stage: "first interview", [
        "move.plan": .text("If they ask about metrics, I will bring the dashboard"),
        "move.plan.date": .date(DayDate(iso: "2026-11-20")!),
        "move.plan2": .list(["If asked why us, I will name the product", "Before the call, I will reread my notes"]),
        "move.plan2.date#2": .date(DayDate(iso: "2026-11-30")!),
        "move.plan2.date": .date(DayDate(iso: "2026-11-25")!),
        "move.plan.done#2": .date(DayDate(iso: "2026-11-21")!),
        "reflect.struggled.list": .list(["Tell me about a conflict with a colleague", "Why should we hire you?"]),
        "feelings.now": .scale(2),
        "star.question": .text("Tell me about a conflict with a colleague"),
    ])
    static let newer = debrief("a-newer", company: "Initech", day: "2026-11-19", stage: "final round", [
        "move.plan": .text("If they ask about salary, I will give my range"),
        "move.plan.dropped#1": .date(DayDate(iso: "2026-11-22")!),
        "reflect.struggled.list": .list(["Describe a conflict you had with colleagues"]),
        "feelings.now": .scale(3),
    ])

    @Test func readsOpenPlansHardQuestionsMoodsAndStagesOldestFirst() {
        let history = DebriefHistory(debriefs: [Self.newer, Self.older], excluding: nil)
        #expect(history.count == 2)
        #expect(history.openPlans.map(\.text) == ["If they ask about metrics, I will bring the dashboard", "Before the call, I will reread my notes"],
                "plan 2 is done, the newer debrief's only plan dropped")
        #expect(history.openPlans.map(\.item) == [1, 3])
        #expect(history.openPlans.map(\.due) == [DayDate(iso: "2026-11-20"), DayDate(iso: "2026-11-30")])
        #expect(history.openPlans.first?.company == "Globex")
        #expect(history.openPlans.first?.day == DayDate(iso: "2026-11-12"))
        #expect(history.plansDone == 1)
        #expect(history.hardQuestions == [DebriefHistory.HardQuestion(question: "Tell me about a conflict with a colleague", count: 2),
                                          DebriefHistory.HardQuestion(question: "Why should we hire you?", count: 1)])
        #expect(history.timesHard("A conflict with a colleague?") == 2)
        #expect(history.timesHard("What is your salary expectation?") == 0)
        #expect(history.moods == [2, 3])
        #expect(history.stages == ["first interview", "final round"])
        #expect(history.lastSTARQuestion == "Tell me about a conflict with a colleague")
    }

    @Test func leavesOutTheCurrentDebriefAndKeepsThePlansItFollowedUp() {
        var older = Self.older
        let keys = DebriefHistory.Keys.default
        older.answers[keys.followUp(by: DebriefID(rawValue: "c-current"), item: 1)] = Answer(value: .choice("done"), raw: "", answeredAt: Self.start)
        older.answers[StepKey("move.plan.done", item: 1)] = Answer(value: .date(DayDate(iso: "2026-11-26")!), raw: "", answeredAt: Self.start)
        let seenByCurrent = DebriefHistory(debriefs: [older, Self.newer], excluding: DebriefID(rawValue: "c-current"))
        #expect(seenByCurrent.openPlans.map(\.item) == [1, 3], "a resumed debrief finds its follow-ups in the same places")
        #expect(seenByCurrent.plansDone == 1)
        let seenByNext = DebriefHistory(debriefs: [older, Self.newer], excluding: DebriefID(rawValue: "d-next"))
        #expect(seenByNext.openPlans.map(\.item) == [3])
        #expect(DebriefHistory(debriefs: [older, Self.newer], excluding: Self.newer.id).count == 1)
    }

    @Test func keepsTheLastFewMoods() {
        let debriefs = (1...8).map { Self.debrief("m\($0)", day: "2026-10-0\($0 + 1)", ["feelings.now": .scale($0 % 5 + 1)]) }
        #expect(DebriefHistory(debriefs: debriefs, excluding: nil).moods == [5, 1, 2, 3, 4])
        #expect(DebriefHistory.empty.isEmpty)
    }

    @Test func aReviewMarksThePlanAndCanBeChangedAgain() throws {
        let plan = try #require(DebriefHistory(debriefs: [Self.older], excluding: nil).openPlans.first)
        let later = DebriefID(rawValue: "c-current")
        let day = DayDate(iso: "2026-11-26")!
        let done = PlanReview(plan: plan, status: .done, note: "It worked", reviewedIn: later, day: day).applied(to: Self.older, at: Self.start)
        #expect(done.answers[StepKey("move.plan.done", item: 1)]?.value == .date(day))
        #expect(done.answers[DebriefHistory.Keys.default.followUp(by: later, item: 1)]?.raw == "It worked")
        let carried = PlanReview(plan: plan, status: .carriedForward, note: nil, reviewedIn: later, day: day).applied(to: done, at: Self.start)
        #expect(carried.answers[StepKey("move.plan.done", item: 1)] == nil, "the done mark this follow-up made goes with it")
        #expect(carried.answers[StepKey("move.plan.done", item: 2)] != nil, "a plan marked done elsewhere stays done")
        let dropped = PlanReview(plan: plan, status: .dropped, note: nil, reviewedIn: later, day: day).applied(to: carried, at: Self.start)
        #expect(dropped.answers[StepKey("move.plan.dropped", item: 1)]?.value == .date(day))
        #expect(PlanReview(plan: plan, status: .done, note: nil, reviewedIn: later, day: day).applied(to: Self.newer, at: Self.start) == Self.newer)
    }

    @Test func conditionsReadTheHistory() {
        let history = DebriefHistory(debriefs: [Self.older], excluding: nil)
        var today = Self.debrief("c-current", day: "2026-11-26", ["reflect.struggled.list": .list(["Any conflicts with colleagues?"])])
        #expect(Condition.openPlans(atLeast: 2).holds(for: today, history: history))
        #expect(!Condition.openPlans(atLeast: 3).holds(for: today, history: history))
        #expect(!Condition.openPlans().holds(for: today), "without a history nothing is remembered")
        #expect(Condition.firstDebrief.holds(for: today))
        #expect(Condition.not(.firstDebrief).holds(for: today, history: history))
        #expect(Condition.all([.returningQuestion(in: "reflect.struggled.list"), .openPlans()]).holds(for: today, history: history))
        today.answers[StepKey("reflect.struggled.list")] = Answer(value: .list(["Where do you see yourself?"]), raw: "", answeredAt: Self.start)
        #expect(!Condition.returningQuestion(in: "reflect.struggled.list").holds(for: today, history: history))
    }

    @Test func theDefaultStoreHistoryReadsEveryOtherDebrief() async throws {
        let store = InMemoryStore()
        for debrief in [Self.older, Self.newer] { _ = try await store.save(debrief, expectedRevision: 0) }
        #expect(try await store.history(excluding: Self.newer.id) == DebriefHistory(debriefs: [Self.older], excluding: nil))
        #expect(try await InMemoryStore().history(excluding: nil) == .empty)
    }

    @Test func conformanceCatchesAStoreThatForgets() async {
        let problems = await StoreConformance { ForgetfulHistoryStore() }.problems()
        #expect(problems.contains("history: equals the history of every debrief"))
        #expect(await StoreConformance { InMemoryStore() }.problems().isEmpty)
    }

    @Test func statusAnswersParseEverydayWords() {
        let prompt = PlanStatusPrompt(slot: 1)
        let context = PromptContext(today: DayDate(iso: "2026-11-26")!)
        for (line, status) in [("1", PlanStatus.done), ("done", .done), ("keep it", .carriedForward), ("carry", .carriedForward),
                               ("2", .carriedForward), ("let it go", .dropped), ("3", .dropped)] {
            #expect(prompt.evaluate([line], in: context) == .accepted(.choice(status.rawValue)), "\(line)")
        }
        guard case .rejected = prompt.evaluate(["maybe"], in: context) else {
            Issue.record("“maybe” is not a status")
            return
        }
    }

    // MARK: - The session

    /// A flow that follows up one plan, like the reflection's `followup` chapter.
    static let flow = Flow([Chapter("f", title: "Follow-up") {
        Ask("f.how", Wording { "How did “\($0.history.openPlans.first?.text ?? "")” go?" }, .text(optional: true)).when(.openPlans())
        Ask("f.next", "Done, carry forward or drop?", PlanStatusPrompt(slot: 1, noteStepID: "f.how")).when(.openPlans())
        Ask("f.end", "Anything else?", .text(optional: true))
    }])

    @Test func theSessionSavesTheReviewInTheEarlierDebrief() async throws {
        let store = InMemoryStore()
        _ = try await store.save(Self.older, expectedRevision: 0)
        let tester = try await ConversationTester(flow: Self.flow, store: store)
        tester.expect(contains: "How did “If they ask about metrics, I will bring the dashboard” go?")
        #expect(await tester.session.history == DebriefHistory(debriefs: [Self.older], excluding: nil))
        try await tester.send(["Well", "done"])
        let earlier = try #require(try await store.load(Self.older.id))
        #expect(earlier.revision == 2)
        #expect(earlier.answers[StepKey("move.plan.done", item: 1)] != nil)
        #expect(earlier.transcript.last?.kind == .command("plan 1: done, in debrief \(try await tester.debrief().id.short)"))
    }

    @Test func aHeldEarlierDebriefIsNamedAndTheAnswerKept() async throws {
        let store = ClaimRefusingStore(refusing: Self.older.id)
        _ = try await store.save(Self.older, expectedRevision: 0)
        let tester = try await ConversationTester(flow: Self.flow, store: store)
        try await tester.send(["", "drop"])
        tester.expect(contains: "Your answer is saved here, but the plan's status couldn't be updated in that debrief: it is open in another window.")
        try await tester.expectAnswer("f.next", .choice("drop"))
        #expect(try await store.load(Self.older.id)?.revision == 1)
    }

    @Test func aFirstDebriefHasNoHistory() async throws {
        let tester = try await ConversationTester(flow: Self.flow)
        await tester.expectAt("f.end")
        #expect(await tester.session.history.isEmpty)
    }
}

/// An in-memory store where one debrief is always held by someone else.
actor ClaimRefusingStore: DebriefStore {
    private let inner = InMemoryStore()
    let refused: DebriefID

    init(refusing id: DebriefID) { refused = id }

    func save(_ debrief: Debrief, expectedRevision: Int) async throws -> Debrief {
        try await inner.save(debrief, expectedRevision: expectedRevision)
    }
    func load(_ id: DebriefID) async -> Debrief? { await inner.load(id) }
    func list(_ query: DebriefQuery) async -> [DebriefSummary] { await inner.list(query) }
    func search(_ text: String, limit: Int) async -> [SearchHit] { await inner.search(text, limit: limit) }
    func delete(_ id: DebriefID) async -> Bool { await inner.delete(id) }
    func claim(_ id: DebriefID) async -> DebriefClaim? { id == refused ? nil : DebriefClaim(id) }
}

/// An in-memory store that remembers nothing for the coach.
actor ForgetfulHistoryStore: DebriefStore {
    private let inner = InMemoryStore()

    func save(_ debrief: Debrief, expectedRevision: Int) async throws -> Debrief {
        try await inner.save(debrief, expectedRevision: expectedRevision)
    }
    func load(_ id: DebriefID) async -> Debrief? { await inner.load(id) }
    func list(_ query: DebriefQuery) async -> [DebriefSummary] { await inner.list(query) }
    func search(_ text: String, limit: Int) async -> [SearchHit] { await inner.search(text, limit: limit) }
    func delete(_ id: DebriefID) async -> Bool { await inner.delete(id) }
    func history(excluding id: DebriefID?) async -> DebriefHistory { .empty }
}
