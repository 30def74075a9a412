import DebriefInsights
import DebriefKit
import Foundation
import Testing

/// What a later debrief's follow-up leaves for insights: a returning question that leads the
/// practice deck when the person asked for that, and dropped plans.
@Suite struct FollowUpInsightsTests {
    let today = DayDate(year: 2026, month: 11, day: 26)!

    func debrief(_ id: String, day: Int, questions: [String], practiceFirst: Bool) -> Debrief {
        let start = Date(timeIntervalSince1970: 1_795_687_200)
        var debrief = Debrief(id: DebriefID(rawValue: id), createdAt: start, interview: Interview(date: DayDate(year: 2026, month: 11, day: day)))
        debrief.answers[StepKey("reflect.struggled.list")] = Answer(value: .list(questions), raw: "", answeredAt: start)
        if practiceFirst {
            debrief.answers[StepKey(PracticeDeck.practiceFirst.step)] = Answer(value: .choice(PracticeDeck.practiceFirst.answer), raw: "2", answeredAt: start)
        }
        return debrief
    }

    @Test func theReturningQuestionIsDueFirst() async throws {
        let debriefs = [
            debrief("a", day: 10, questions: ["Tell me about a conflict with a colleague"], practiceFirst: false),
            debrief("b", day: 20, questions: ["Why us?", "Describe a conflict you had with colleagues"], practiceFirst: true),
        ]
        let cards = PracticeDeck.cards(from: debriefs, addedOn: today)
        #expect(cards.map(\.schedule.due) == [today, today, PracticeDeck.frontDay],
                "only the question that came back leads; the first time a question is hard it waits its turn")
        let store = InMemoryPracticeStore()
        _ = await store.merge(cards)
        #expect(await store.due(on: today, limit: 1).map(\.question) == ["Describe a conflict you had with colleagues"])
    }

    @Test func aDroppedPlanIsNoLongerListed() throws {
        var debrief = debrief("a", day: 10, questions: [], practiceFirst: false)
        for (key, value) in [("move.plan", AnswerValue.list(["If asked about salary, I will give my range", "Before the call, I will reread my notes"])),
                             ("move.plan.dropped#1", .date(today))] {
            debrief.answers[StepKey(rawValue: key)] = Answer(value: value, raw: "", answeredAt: debrief.createdAt)
        }
        let book = PlanBook(debriefs: [debrief])
        #expect(book.plans.map(\.text) == ["Before the call, I will reread my notes"])
        #expect(book.plans.map(\.item) == [2], "marking it done still writes the plan's own place")
        #expect(try book.markDone(book.plan(1), in: debrief, on: today, at: debrief.createdAt).answers[StepKey("move.plan.done", item: 2)] != nil)
    }

    @Test func aDroppedPlanIsNoLongerListedFromAStore() async throws {
        var debrief = debrief("a", day: 10, questions: [], practiceFirst: false)
        for (key, value) in [("move.plan", AnswerValue.list(["If asked about salary, I will give my range", "Before the call, I will reread my notes"])),
                             ("move.plan.date", .date(today)), ("move.plan.dropped#1", .date(today))] {
            debrief.answers[StepKey(rawValue: key)] = Answer(value: value, raw: "", answeredAt: debrief.createdAt)
        }
        let store = InMemoryStore()
        _ = try await store.save(debrief, expectedRevision: 0)
        #expect(try await PlanBook.load(from: store).plans.map(\.text) == ["Before the call, I will reread my notes"],
                "`debrief plans` reads the store's facts, which must include the dropped plans")
        #expect(try await PlanBook.dueCount(in: store, from: today, through: today) == 1, "the dropped plan is not due")
    }

    @Test func withoutTheAskTheDeckKeepsItsOrder() {
        let debriefs = [
            debrief("a", day: 10, questions: ["Tell me about a conflict with a colleague"], practiceFirst: false),
            debrief("b", day: 20, questions: ["Describe a conflict you had with colleagues"], practiceFirst: false),
        ]
        #expect(PracticeDeck.cards(from: debriefs, addedOn: today).allSatisfy { $0.schedule.due == today })
    }
}
