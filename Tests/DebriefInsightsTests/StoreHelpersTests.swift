import DebriefInsights
import DebriefKit
import Foundation
import Testing

/// The store-backed helpers the commands use: plans, plans done, and the practice deck.
@Suite struct StoreHelpersTests {
    let today = DayDate(year: 2026, month: 11, day: 26)!
    let now = Date(timeIntervalSince1970: 1_795_687_200)

    func store(count: Int) async throws -> InMemoryStore {
        let store = InMemoryStore()
        for debrief in SampleDebriefs.make(count: count) { _ = try await store.save(debrief, expectedRevision: 0) }
        return store
    }

    @Test func marksAPlanDoneAndSavesIt() async throws {
        let store = try await store(count: 3)
        let before = try await PlanBook.load(from: store)
        #expect(before.open.map(\.number) == [2], "debriefs 0 and 2 are done already")
        let plan = try await PlanBook.markDone(2, in: store, on: today, at: now)
        #expect(plan.doneOn == today)
        #expect(try await PlanBook.load(from: store).open.isEmpty)
        let saved = try await store.load(plan.debriefID)
        #expect(saved?.revision == 2, "saved once on top of the stored revision")
        _ = try await PlanBook.markDone(2, in: store, on: today.adding(days: 1), at: now)
        #expect(try await store.load(plan.debriefID)?.revision == 2, "marking it again changes nothing")
        await #expect(throws: DebriefError.self) { try await PlanBook.markDone(9, in: store, on: today, at: now) }
    }

    @Test(arguments: [(0, 6), (-30, 0), (20, 40), (-400, 400)])
    func countsTheOpenPlansDatedInRangeAsThePlansCommandListsThem(from: Int, through: Int) async throws {
        let store = InMemoryStore()
        for debrief in SampleDebriefs.make(count: 40, start: today.adding(days: -200)) { _ = try await store.save(debrief, expectedRevision: 0) }
        let first = today.adding(days: from), last = today.adding(days: through)
        let listed = try await PlanBook.load(from: store).open.filter { plan in plan.due.map { first <= $0 && $0 <= last } ?? false }
        #expect(try await PlanBook.dueCount(in: store, from: first, through: last) == listed.count)
        #expect(!listed.isEmpty, "each range holds an open plan")
    }

    @Test func refreshesTheDeckFromTheStore() async throws {
        let store = try await store(count: 8)
        let practice: any PracticeStore = InMemoryPracticeStore()
        // i % 4 == 0: 0 and 4 have the conflict question, 0 also the weakness one; STAR at 0.
        #expect(try await practice.refresh(from: store, addedOn: today) == 4)
        #expect(try await practice.refresh(from: store, addedOn: today) == 0)
    }
}
