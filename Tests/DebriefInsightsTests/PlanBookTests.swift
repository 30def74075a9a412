import DebriefInsights
import DebriefKit
import Foundation
import Testing

@Suite struct PlanBookTests {
    let now = Date(timeIntervalSince1970: 1_795_687_200)
    let today = DayDate(year: 2026, month: 11, day: 26)!

    func debrief(_ id: String, day: DayDate, plans: [String], dates: [Int: DayDate] = [:], shared: DayDate? = nil) -> Debrief {
        var debrief = Debrief(id: DebriefID(rawValue: id), createdAt: now, interview: Interview(company: "Acme", role: "Designer", date: day))
        debrief.answers[StepKey("move.plans")] = Answer(value: .list(plans), raw: "", answeredAt: now)
        for (item, date) in dates {
            debrief.answers[StepKey("move.plans.date", item: item)] = Answer(value: .date(date), raw: "", answeredAt: now)
        }
        if let shared { debrief.answers[StepKey("move.plans.date")] = Answer(value: .date(shared), raw: "", answeredAt: now) }
        return debrief
    }

    @Test func listsDatedPlansSoonestFirstThenUndated() {
        let a = debrief("a", day: today.adding(days: -20), plans: ["If A1, I will x", "If A2, I will y"], dates: [2: today.adding(days: 3)])
        let b = debrief("b", day: today.adding(days: -10), plans: ["If B1, I will z"], shared: today.adding(days: 1))
        let book = PlanBook(debriefs: [b, a])
        #expect(book.plans.map(\.text) == ["If B1, I will z", "If A2, I will y", "If A1, I will x"])
        #expect(book.plans.map(\.number) == [1, 2, 3])
        #expect(book.plans[0].due == today.adding(days: 1), "the shared date applies to every plan")
        #expect(book.plans[2].due == nil)
        #expect(book.plans[2].interviewTitle == "Designer at Acme")
    }

    @Test func markDoneRecordsTheDayInTheDebrief() throws {
        let a = debrief("a", day: today, plans: ["If asked about gaps, I will name the course"])
        let book = PlanBook(debriefs: [a])
        let plan = try book.plan(1)
        let updated = try book.markDone(plan, in: a, on: today, at: now)
        #expect(updated.answers[StepKey("move.plans.done", item: 1)]?.value == .date(today))
        #expect(updated.transcript.last?.kind == .command("plans done 1"))
        let after = PlanBook(debriefs: [updated])
        #expect(after.plans[0].doneOn == today)
        #expect(after.open.isEmpty)
        #expect(try after.markDone(after.plans[0], in: updated, on: today.adding(days: 1), at: now) == updated, "done once stays done")
    }

    @Test func clearErrors() throws {
        let a = debrief("a", day: today, plans: ["If X, I will Y"])
        let book = PlanBook(debriefs: [a])
        #expect(throws: DebriefError(.notFound, "There is no plan 4. Plans are numbered 1 to 1.", recovery: "Run `debrief plans` to see the numbers.")) {
            try book.plan(4)
        }
        let other = debrief("b", day: today, plans: [])
        #expect(throws: DebriefError.self) { try book.markDone(book.plans[0], in: other, on: today, at: now) }
    }
}
