import DebriefKit
import Foundation

extension StoreConformance {
    /// `history(excluding:)` equals the history read from every debrief, and follows saves:
    /// a store that serves it from facts it keeps must keep them up to date.
    func history(_ findings: Findings) async throws {
        let store = try await makeStore()
        func answer(_ value: AnswerValue) -> Answer { Answer(value: value, raw: value.display, answeredAt: Date(timeIntervalSince1970: 1_795_687_200)) }
        var debriefs: [Debrief] = []
        for (index, question) in ["Tell me about a conflict", "Describe a conflict you had", "What is your weakness?"].enumerated() {
            var debrief = Self.sample(id: "history-\(index)", company: ["Acme", "Globex", "Initech"][index])
            debrief.interview.date = DayDate(year: 2026, month: 10, day: 10 + index)
            debrief.answers[StepKey("reflect.struggled.list")] = answer(.list([question]))
            debrief.answers[StepKey("feelings.now")] = answer(.scale(index + 2))
            debrief.answers[StepKey("move.plan")] = answer(.text("If they ask about \(question), I will answer it"))
            debrief.answers[StepKey("star.question")] = answer(.text(question))
            debriefs.append(try await store.save(debrief, expectedRevision: 0))
        }
        func expected(excluding id: DebriefID?) async throws -> DebriefHistory {
            DebriefHistory(debriefs: try await store.loadAll(.all, transcripts: false), excluding: id)
        }
        findings.check(try await store.history(excluding: nil) == expected(excluding: nil), "history: equals the history of every debrief")
        findings.check(try await store.history(excluding: debriefs[0].id) == expected(excluding: debriefs[0].id),
                       "history: leaves out the debrief it is for")
        let review = PlanReview(plan: try await expected(excluding: nil).openPlans[0], status: .done, note: "It worked",
                                reviewedIn: debriefs[2].id, day: DayDate(year: 2026, month: 10, day: 20)!)
        _ = try await store.save(review.applied(to: debriefs[0], at: Date(timeIntervalSince1970: 1_795_687_300)))
        let afterSave = try await store.history(excluding: nil)
        findings.check(try await afterSave == expected(excluding: nil) && afterSave.openPlans.count == 2 && afterSave.plansDone == 1,
                       "history: a plan marked done in a save is no longer open")
        findings.check(try await store.history(excluding: debriefs[2].id).openPlans.count == 2,
                       "history: a plan followed up by the debrief it is for stays in its list")
        _ = try await store.delete(debriefs[1].id)
        findings.check(try await store.history(excluding: nil) == expected(excluding: nil), "history: a deleted debrief is forgotten")
    }
}
