public import DebriefKit
public import Testing

/// The checks every `PracticeStore` must pass: run it from your practice store's tests.
///
/// Each check gets a fresh, empty store from `makeStore`. Like ``StoreConformance``, failures
/// are recorded as Swift Testing issues naming the check; ``problems()`` returns them instead.
///
/// ```swift
/// @Test func conformsToThePracticeStoreContract() async {
///     await PracticeStoreConformance { InMemoryPracticeStore() }.run()
/// }
/// ```
public struct PracticeStoreConformance: Sendable {
    private let makeStore: @Sendable () async throws -> any PracticeStore

    /// Checks stores made by `makeStore`, a fresh empty one per check.
    public init(makeStore: @escaping @Sendable () async throws -> any PracticeStore) {
        self.makeStore = makeStore
    }

    /// Runs every check and records each problem as a Swift Testing issue.
    public func run(sourceLocation: SourceLocation = #_sourceLocation) async {
        for problem in await problems() {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
        }
    }

    /// Runs every check and returns what the store got wrong; empty when it conforms.
    public func problems() async -> [String] {
        let checks: [(String, () async throws -> [String])] = [
            ("merge", mergeKeepsSchedules), ("due", dueOrderAndLimit), ("record", recordAndReviews), ("unknown card", unknownCardIsRefused),
        ]
        var problems: [String] = []
        for (name, check) in checks {
            do {
                problems += try await check()
            } catch {
                problems.append("\(name): the store threw \(error)")
            }
        }
        return problems
    }

    // A fixed, valid day: the checks must not depend on the clock.
    static let day = DayDate(year: 2026, month: 11, day: 26)!

    static func card(_ id: String, due: DayDate = day, question: String = "Tell me about a conflict") -> PracticeCard {
        PracticeCard(id: id, kind: .struggledQuestion, debriefID: DebriefID(rawValue: "d1"), question: question,
                     lastAnswer: "I listened first.", schedule: SM2.State.new(on: due))
    }

    func mergeKeepsSchedules() async throws -> [String] {
        let store = try await makeStore()
        var problems: [String] = []
        if try await store.merge([Self.card("b"), Self.card("a")]) != 2 { problems.append("merge: two new cards should count as 2 added") }
        let (reviewed, review) = Self.card("a").reviewed(.good, attempt: nil, on: Self.day)
        try await store.record(review, card: reviewed)
        let added = try await store.merge([Self.card("a", question: "Tell me about a disagreement"), Self.card("c")])
        if added != 1 { problems.append("merge: only the unknown card should count as added (got \(added))") }
        let cards = try await store.cards()
        if cards.map(\.id) != ["a", "b", "c"] { problems.append("cards: expected ids a, b, c in order, got \(cards.map(\.id))") }
        if let a = cards.first(where: { $0.id == "a" }) {
            if a.question != "Tell me about a disagreement" { problems.append("merge: should refresh the question of a stored card") }
            if a.schedule != reviewed.schedule { problems.append("merge: should keep the schedule of a stored card") }
        }
        return problems
    }

    func dueOrderAndLimit() async throws -> [String] {
        let store = try await makeStore()
        var problems: [String] = []
        _ = try await store.merge([Self.card("late", due: Self.day.adding(days: 3)), Self.card("z", due: Self.day.adding(days: -2)),
                                   Self.card("b"), Self.card("a")])
        let due = try await store.due(on: Self.day, limit: nil)
        if due.map(\.id) != ["z", "a", "b"] { problems.append("due: expected z, a, b (overdue first, then by id), got \(due.map(\.id))") }
        let limited = try await store.due(on: Self.day, limit: 2)
        if limited.map(\.id) != ["z", "a"] { problems.append("due: limit 2 should give z, a, got \(limited.map(\.id))") }
        let later = try await store.due(on: Self.day.adding(days: 3), limit: nil)
        if later.count != 4 { problems.append("due: all four cards are due three days later, got \(later.count)") }
        if try await store.dueCount(on: Self.day) != 3 { problems.append("dueCount: should count the three cards due") }
        // A card graded hard comes back the same day (repeatOn) while its due day moves on.
        let (hard, review) = due[0].reviewed(.hard, attempt: nil, on: Self.day)
        try await store.record(review, card: hard)
        let expected = try await store.due(on: Self.day, limit: nil).count
        if try await store.dueCount(on: Self.day) != expected { problems.append("dueCount: should count a same-day repeat as due() returns it") }
        if try await store.dueCount(on: Self.day.adding(days: -3)) != 0 { problems.append("dueCount: nothing is due before the earliest day") }
        return problems
    }

    func recordAndReviews() async throws -> [String] {
        let store = try await makeStore()
        var problems: [String] = []
        var card = Self.card("a")
        _ = try await store.merge([card])
        for (offset, grade) in [PracticeGrade.hard, .good].enumerated() {
            let (updated, review) = card.reviewed(grade, attempt: "try \(offset)", on: Self.day.adding(days: offset * 7))
            try await store.record(review, card: updated)
            card = updated
        }
        let reviews = try await store.reviews(of: "a")
        if reviews.map(\.grade) != [.hard, .good] { problems.append("reviews: expected hard then good, got \(reviews.map(\.grade))") }
        if reviews.last?.attempt != "try 1" { problems.append("reviews: the attempt text should be kept") }
        if try await store.cards().first?.schedule != card.schedule { problems.append("record: should store the new schedule") }
        if try await !store.reviews(of: "missing").isEmpty { problems.append("reviews: an unknown card has none") }
        return problems
    }

    func unknownCardIsRefused() async throws -> [String] {
        let store = try await makeStore()
        let (card, review) = Self.card("ghost").reviewed(.good, attempt: nil, on: Self.day)
        do {
            try await store.record(review, card: card)
            return ["record: a review of an unknown card should throw notFound"]
        } catch let error as DebriefError where error.code == .notFound {
            return try await store.cards().isEmpty ? [] : ["record: a refused review must not add the card"]
        } catch {
            return ["record: expected DebriefError.notFound for an unknown card, got \(error)"]
        }
    }
}
