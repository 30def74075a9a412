import DebriefKit

/// A timeline grouped by day: interviews on the same day share one column of a chart and one
/// place in a trend, so two interviews on one date never read as a rise or a fall.
struct ChartSeries: Sendable {
    /// The interviews of one day.
    struct Day: Sendable {
        var day: DayDate
        /// Each interview's value and title, in the order they happened.
        var entries: [(value: Int, title: String)]

        /// The day's average, where the line passes.
        var mean: Double { Double(entries.reduce(0) { $0 + $1.value }) / Double(entries.count) }

        /// Each value the day has, lowest first, with how many interviews had it.
        var values: [(value: Int, count: Int)] {
            Dictionary(grouping: entries, by: \.value).map { ($0.key, $0.value.count) }.sorted { $0.value < $1.value }
        }
    }

    var days: [Day]

    /// `timeline`'s points grouped by day; `titles` names each debrief ("Designer at Acme").
    init(_ timeline: Timeline, titles: [DebriefID: String] = [:]) {
        var days: [Day] = []
        for point in timeline.points {
            let entry = (value: point.value, title: titles[point.debriefID] ?? "An interview")
            if days.last?.day == point.day {
                days[days.count - 1].entries.append(entry)
            } else {
                days.append(Day(day: point.day, entries: [entry]))
            }
        }
        self.days = days
    }

    /// The older half of the days against the newer half, each day counted once at its
    /// average; the middle day of an odd count belongs to neither. Nil before a second day:
    /// two interviews on one date are not a trend, whatever order they were debriefed in.
    var trend: (earlier: Double, later: Double)? {
        guard days.count >= 2 else { return nil }
        let half = days.count / 2
        func average(_ slice: ArraySlice<Day>) -> Double { slice.reduce(0) { $0 + $1.mean } / Double(slice.count) }
        return (average(days.prefix(half)), average(days.suffix(half)))
    }

    /// Every interview counted once.
    var count: Int { days.reduce(0) { $0 + $1.entries.count } }

    /// At most `limit` line positions, oldest first: days averaged in consecutive buckets, so a
    /// chart of 100,000 debriefs stays small and still shows the shape.
    func line(limit: Int) -> [Double] {
        let means = days.map(\.mean)
        guard means.count > limit, limit > 0 else { return means }
        return (0..<limit).map { bucket in
            let from = bucket * means.count / limit
            let to = (bucket + 1) * means.count / limit
            return means[from..<to].reduce(0, +) / Double(to - from)
        }
    }
}
