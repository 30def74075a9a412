import DebriefInsights
import DebriefKit

extension Timeline {
    /// The older half of the days against the newer half, each day counted once at its
    /// average; the middle day of an odd count belongs to neither. Nil before a second day:
    /// two interviews on one date are not a trend, whatever order they were debriefed in.
    var dayTrend: (earlier: Double, later: Double)? {
        var days: [(day: DayDate, total: Int, count: Int)] = []
        for point in points {
            if days.last?.day == point.day {
                days[days.count - 1].total += point.value
                days[days.count - 1].count += 1
            } else {
                days.append((point.day, point.value, 1))
            }
        }
        guard days.count >= 2 else { return nil }
        let means = days.map { Double($0.total) / Double($0.count) }
        let half = means.count / 2
        func average(_ slice: ArraySlice<Double>) -> Double { slice.reduce(0, +) / Double(slice.count) }
        return (average(means.prefix(half)), average(means.suffix(half)))
    }
}
