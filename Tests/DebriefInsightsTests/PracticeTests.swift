import DebriefInsights
import DebriefKit
import DebriefTesting
import Foundation
import Testing

@Suite struct PracticeTests {
    let today = DayDate(year: 2026, month: 11, day: 26)!

    @Test func inMemoryStoreConforms() async {
        await PracticeStoreConformance { InMemoryPracticeStore() }.run()
    }

    @Test func conformanceCatchesABrokenStore() async {
        let problems = await PracticeStoreConformance { ForgetfulStore() }.problems()
        #expect(problems.contains("merge: should keep the schedule of a stored card"))
    }

    @Test func everyStruggledQuestionAndSTARExampleIsACard() {
        let cards = PracticeDeck.cards(from: SampleDebriefs.make(count: 20), addedOn: today)
        // Struggled: i % 4 == 0 → 5 debriefs with one question, i % 8 == 0 → 3 with a second. STAR: i % 10 == 0 → 2.
        #expect(cards.filter { $0.kind == .struggledQuestion }.count == 8)
        #expect(cards.filter { $0.kind == .starExample }.count == 2)
        let first = cards[0]
        #expect(first.id == "000000-sample/reflect.struggled.list#1")
        #expect(first.question == SampleDebriefs.conflictWordings[0])
        #expect(first.lastAnswer == "I would describe how we agreed on a plan.")
        let star = cards.first { $0.kind == .starExample }
        #expect(star?.question == "Tell me about a time: A launch slipped")
        #expect(star?.lastAnswer?.hasPrefix("Situation: A launch slipped\nTask:") == true)
        #expect(cards.allSatisfy { $0.schedule == .new(on: today) })
    }

    @Test func aRevisedSTARExampleIsOneCardShowingTheLatestVersion() {
        var debrief = SampleDebriefs.make(count: 1)[0]
        for (round, result) in [(2, "Shipped, 30% fewer bugs"), (1, "Shipped")] {
            let star = STARAnswer(situation: "A launch slipped", task: "Own the recovery", action: "I re-planned the work", result: result)
            debrief.answers[StepKey("star.revise.\(round)")] = Answer(value: .star(star), raw: "", answeredAt: debrief.createdAt)
        }
        debrief.answers[StepKey("custom.story")] = Answer(value: .star(STARAnswer(situation: "S", task: "T", action: "A", result: "R")),
                                                          raw: "", answeredAt: debrief.createdAt)
        let stars = PracticeDeck.cards(from: [debrief], addedOn: today).filter { $0.kind == .starExample }
        #expect(stars.map(\.id) == ["000000-sample/custom.story", "000000-sample/star.example"])
        #expect(stars[1].lastAnswer?.hasSuffix("Result: Shipped, 30% fewer bugs") == true)
    }

    @Test func practiceRoundThroughTheStore() async throws {
        let store: any PracticeStore = InMemoryPracticeStore()
        let fresh = PracticeDeck.cards(from: SampleDebriefs.make(count: 1), addedOn: today)
        #expect(try await store.merge(fresh) == 3)
        #expect(try await store.merge(fresh) == 0, "rebuilding the deck adds nothing twice")
        let due = try await store.due(on: today, limit: nil)
        #expect(due.count == 3)
        for card in due {
            let (updated, review) = card.reviewed(.good, attempt: "my try", on: today)
            try await store.record(review, card: updated)
        }
        #expect(try await store.due(on: today, limit: nil).isEmpty)
        #expect(try await store.due(on: today.adding(days: 1), limit: nil).count == 3)
    }
}

/// Drops schedules on merge: a store that breaks the contract.
actor ForgetfulStore: PracticeStore {
    private let inner: any PracticeStore = InMemoryPracticeStore()
    private var forgotten: [String: PracticeCard] = [:]
    func merge(_ cards: [PracticeCard]) async throws -> Int {
        for card in cards { forgotten[card.id] = card }
        return try await inner.merge(cards)
    }
    func cards() async throws -> [PracticeCard] { Array(forgotten.values).sorted { $0.id < $1.id } }
    func due(on day: DayDate, limit: Int?) async throws -> [PracticeCard] { try await inner.due(on: day, limit: limit) }
    func record(_ review: PracticeReview, card: PracticeCard) async throws { try await inner.record(review, card: card) }
    func reviews(of cardID: String) async throws -> [PracticeReview] { try await inner.reviews(of: cardID) }
}
