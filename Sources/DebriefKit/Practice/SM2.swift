/// The SM-2 spaced-repetition algorithm, exactly as Piotr Woźniak published it (1990).
///
/// After each review with response quality `q` (0-5, see ``PracticeGrade``):
/// 1. If `q ≥ 3` the repetition counts: the interval after the 1st repetition is 1 day, after
///    the 2nd 6 days, and after the nth (n > 2) the previous interval × E-Factor, rounded up
///    to a whole day. The E-Factor used is the one the item had before this review.
/// 2. Then the E-Factor becomes `EF + (0.1 − (5 − q) × (0.08 + (5 − q) × 0.02))`, never below 1.3.
/// 3. If `q < 3`, repetitions start again from the first (interval 1 day) *without changing
///    the E-Factor* (step 6 of the published algorithm; some later variants lower it).
/// 4. An item answered with `q < 4` is repeated again the same day until it scores 4 or
///    more (step 7); those same-day repeats do not change its schedule.
///
/// ```swift
/// var state = SM2.State.new(on: today)
/// state = SM2.review(state, quality: PracticeGrade.good.quality, on: today) // due tomorrow
/// ```
public enum SM2 {
    /// Where an item stands in SM-2.
    public struct State: Sendable, Hashable, Codable {
        /// Successful repetitions in a row (quality 3 or more).
        public var repetitions: Int
        /// The E-Factor, from 1.3 (hard) up; new items start at 2.5.
        public var easiness: Double
        /// Days from the last counted review to the next; 0 before the first.
        public var interval: Int
        /// The day the item is next due.
        public var due: DayDate
        /// Set to the review day when the item scored below 4 and must be repeated that day.
        public var repeatOn: DayDate?

        /// A state; new items start from ``new(on:)``.
        public init(repetitions: Int, easiness: Double, interval: Int, due: DayDate, repeatOn: DayDate? = nil) {
            self.repetitions = repetitions
            self.easiness = easiness
            self.interval = interval
            self.due = due
            self.repeatOn = repeatOn
        }

        /// A new item, due on `day`.
        public static func new(on day: DayDate) -> State {
            State(repetitions: 0, easiness: 2.5, interval: 0, due: day)
        }

        /// Whether the item should be asked on `day`.
        public func isDue(on day: DayDate) -> Bool { due <= day || repeatOn == day }
    }

    /// The lowest E-Factor SM-2 allows.
    public static let minimumEasiness = 1.3

    /// The state after a review of quality `quality` (clamped to 0-5) on `day`.
    public static func review(_ state: State, quality: Int, on day: DayDate) -> State {
        let q = min(5, max(0, quality))
        var next = state
        next.repeatOn = q < 4 ? day : nil
        if state.repeatOn == day {
            return next // A same-day repeat (step 7): practice, not a counted repetition.
        }
        if q < 3 {
            next.repetitions = 0
            next.interval = 1
        } else {
            next.repetitions = state.repetitions + 1
            switch next.repetitions {
            case 1: next.interval = 1
            case 2: next.interval = 6
            default: next.interval = roundUp(Double(state.interval) * state.easiness)
            }
            let distance = Double(5 - q)
            next.easiness = max(minimumEasiness, state.easiness + (0.1 - distance * (0.08 + distance * 0.02)))
        }
        next.due = day.adding(days: next.interval)
        return next
    }

    // "If interval is a fraction, round it up to the nearest integer." The tolerance keeps
    // binary noise (6 × 2.5 = 15.000000000000002) from adding a day.
    static func roundUp(_ value: Double) -> Int {
        Int((value - 1e-9).rounded(.up))
    }
}
