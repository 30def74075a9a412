/// Something to practise answering: a question that was hard, or a STAR example to retell.
public struct PracticeCard: Sendable, Hashable, Codable, Identifiable {
    /// Where a card comes from.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// An interview question the person struggled with.
        case struggledQuestion
        /// A behavioural example in STAR form.
        case starExample
    }

    /// Stable: `<debrief id>/<step key>`, so a card keeps its schedule when the deck is rebuilt.
    public var id: String
    /// Where the card comes from.
    public var kind: Kind
    /// The debrief it came from.
    public var debriefID: DebriefID
    /// What to answer: the question, as the person noted it.
    public var question: String
    /// The person's latest answer, shown after they try again; nil when they had none.
    public var lastAnswer: String?
    /// Its SM-2 schedule.
    public var schedule: SM2.State

    /// Creates a card; DebriefInsights' `PracticeDeck` makes them from debriefs.
    public init(id: String, kind: Kind, debriefID: DebriefID, question: String, lastAnswer: String?, schedule: SM2.State) {
        self.id = id
        self.kind = kind
        self.debriefID = debriefID
        self.question = question
        self.lastAnswer = lastAnswer
        self.schedule = schedule
    }
}

extension PracticeCard {
    /// This card after a review graded `grade` on `day`, and the review to keep.
    ///
    /// ```swift
    /// let (updated, review) = card.reviewed(.good, attempt: typed, on: today)
    /// try await store.record(review, card: updated)
    /// ```
    public func reviewed(_ grade: PracticeGrade, attempt: String?, on day: DayDate) -> (PracticeCard, PracticeReview) {
        var updated = self
        updated.schedule = SM2.review(schedule, quality: grade.quality, on: day)
        return (updated, PracticeReview(cardID: id, grade: grade, attempt: attempt, day: day, schedule: updated.schedule))
    }

    /// The cards due on `day`: same-day repeats and overdue ones first, then by id. Every
    /// ``PracticeStore`` orders ``PracticeStore/due(on:limit:)`` this way.
    public static func due(_ cards: [PracticeCard], on day: DayDate) -> [PracticeCard] {
        cards.filter { $0.schedule.isDue(on: day) }.sorted { ($0.schedule.due, $0.id) < ($1.schedule.due, $1.id) }
    }
}
