/// One value per debrief, oldest first: feelings or stage reached over time.
///
/// Insights read its ``trend``; reports chart its ``points``.
///
/// ```swift
/// let feelings = Timeline.feelings(debriefs, steps: .default)
/// feelings.trend?.later // the average of the more recent half
/// ```
public struct Timeline: Sendable, Hashable {
    /// A debrief's value on the day of its interview.
    public struct Point: Sendable, Hashable {
        /// The debrief it came from.
        public var debriefID: DebriefID
        /// The day of the review.
        public var day: DayDate
        /// The value: 1-5 for feelings, a stage's place for stages.
        public var value: Int

        /// A point.
        public init(debriefID: DebriefID, day: DayDate, value: Int) {
            self.debriefID = debriefID
            self.day = day
            self.value = value
        }
    }

    /// The average of the older half against the newer half; the middle point of an odd
    /// count belongs to neither, so a single change in the middle does not tip the balance.
    public struct Trend: Sendable, Hashable {
        /// The average of the older half.
        public var earlier: Double
        /// The average of the newer half.
        public var later: Double
    }

    /// Oldest first.
    public var points: [Point]

    /// A timeline from points, oldest first.
    public init(points: [Point]) {
        self.points = points
    }

    /// Feelings right after the news (1-5), for debriefs that answered it.
    public static func feelings(_ debriefs: [Debrief], steps: StepMap) -> Timeline {
        Timeline(InsightFacts.read(debriefs, steps: steps), value: \.feelings)
    }

    /// Stage reached, as its 0-based place in ``StepMap/stages``, for debriefs whose stage matches one.
    public static func stages(_ debriefs: [Debrief], steps: StepMap) -> Timeline {
        Timeline(InsightFacts.read(debriefs, steps: steps), value: \.stageRank)
    }

    /// The points of `facts` (oldest first) that have a value.
    public init(_ facts: [InsightFacts], value: KeyPath<InsightFacts, Int?>) {
        points = facts.compactMap { fact in
            fact[keyPath: value].map { Point(debriefID: fact.id, day: fact.day, value: $0) }
        }
    }

    /// Nil with fewer than two points.
    public var trend: Trend? {
        guard points.count >= 2 else { return nil }
        let half = points.count / 2
        func average(_ slice: ArraySlice<Point>) -> Double {
            Double(slice.reduce(0) { $0 + $1.value }) / Double(slice.count)
        }
        return Trend(earlier: average(points.prefix(half)), later: average(points.suffix(half)))
    }

    /// The ids of every point.
    public var debriefIDs: [DebriefID] { points.map(\.debriefID) }
}
