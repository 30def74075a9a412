/// One practice attempt: what was typed, how it went, and the schedule it led to.
public struct PracticeReview: Sendable, Hashable, Codable {
    /// The card reviewed.
    public var cardID: String
    /// How it went.
    public var grade: PracticeGrade
    /// What the person typed when trying; nil if they answered in their head.
    public var attempt: String?
    /// The day of the review.
    public var day: DayDate
    /// The card's schedule after this review.
    public var schedule: SM2.State

    /// Creates a review; ``PracticeCard/reviewed(_:attempt:on:)`` makes them.
    public init(cardID: String, grade: PracticeGrade, attempt: String?, day: DayDate, schedule: SM2.State) {
        self.cardID = cardID
        self.grade = grade
        self.attempt = attempt
        self.day = day
        self.schedule = schedule
    }
}
