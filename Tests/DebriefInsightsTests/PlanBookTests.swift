import DebriefInsights
import DebriefKit
import Foundation
import Testing

@Suite struct PlanBookTests {
    let now = Date(timeIntervalSince1970: 1_795_687_200)
    let today = DayDate(year: 2026, month: 11, day: 26)!

    /// A debrief with answers at the given keys.
    func debrief(_ id: String, day: DayDate, _ answers: [String: AnswerValue]) -> Debrief {
        var debrief = Debrief(id: DebriefID(rawValue: id), createdAt: now, interview: Interview(company: "Acme", role: "Designer", date: day))
        for (key, value) in answers {
            debrief.answers[StepKey(rawValue: key)] = Answer(value: value, raw: "", answeredAt: now)
        }
        return debrief
    }

    @Test func listsDatedPlansSoonestFirstThenUndated() {
        let a = debrief("a", day: today.adding(days: -20), ["move.plan": .text("If A1, I will x"), "move.plan2": .text("If A2, I will y"),
                                                            "move.plan2.date": .date(today.adding(days: 3))])
        let b = debrief("b", day: today.adding(days: -10), ["move.plan": .text("If B1, I will z"), "move.plan.date": .date(today.adding(days: 1))])
        let book = PlanBook(debriefs: [b, a])
        #expect(book.plans.map(\.text) == ["If B1, I will z", "If A2, I will y", "If A1, I will x"])
        #expect(book.plans.map(\.number) == [1, 2, 3])
        #expect(book.plans.map(\.item) == [1, 2, 1], "items count a debrief's plans in step order")
        #expect(book.plans[0].due == today.adding(days: 1))
        #expect(book.plans[2].due == nil)
        #expect(book.plans[2].interviewTitle == "Designer at Acme")
    }

    @Test func aListAnswerIsOnePlanPerItem() {
        let c = debrief("c", day: today, ["move.plan": .list(["If P, I will Q", "If R, I will S"]), "move.plan.date#2": .date(today),
                                          "move.plan.date": .date(today.adding(days: 9))])
        let book = PlanBook(debriefs: [c])
        #expect(book.plans.map(\.text) == ["If R, I will S", "If P, I will Q"])
        #expect(book.plans.map(\.due) == [today, today.adding(days: 9)], "an item's own date, else the shared one")
    }

    @Test func markDoneRecordsTheDayInTheDebrief() throws {
        let a = debrief("a", day: today, ["move.plan": .text("If asked about gaps, I will name the course")])
        let book = PlanBook(debriefs: [a])
        let plan = try book.plan(1)
        let updated = try book.markDone(plan, in: a, on: today, at: now)
        #expect(updated.answers[StepKey("move.plan.done", item: 1)]?.value == .date(today))
        #expect(updated.transcript.last?.kind == .command("plans done 1"))
        let after = PlanBook(debriefs: [updated])
        #expect(after.plans[0].doneOn == today)
        #expect(after.open.isEmpty)
        #expect(try after.markDone(after.plans[0], in: updated, on: today.adding(days: 1), at: now) == updated, "done once stays done")
    }

    @Test func clearErrors() throws {
        let a = debrief("a", day: today, ["move.plan": .text("If X, I will Y")])
        let book = PlanBook(debriefs: [a])
        #expect(throws: DebriefError(.notFound, "There is no plan 4. Plans are numbered 1 to 1.", recovery: "Run `debrief plans` to see the numbers.")) {
            try book.plan(4)
        }
        let other = debrief("b", day: today, [:])
        #expect(throws: DebriefError.self) { try book.markDone(book.plans[0], in: other, on: today, at: now) }
    }
}
