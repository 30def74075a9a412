public import DebriefKit

/// How the person felt right after the news, over time.
///
/// One insight, `feelings.trend`; its count is the number of debriefs that answered.
public struct FeelingsInsights: FactInsightProvider {
    public func insights(from sheet: FactSheet) -> [Insight] {
        let timeline = Timeline(sheet.facts, value: \.feelings)
        guard let last = timeline.points.last else { return [] }
        let detail: String
        if let trend = timeline.trend {
            let earlier = Self.format(trend.earlier), later = Self.format(trend.later)
            let shift = trend.later > trend.earlier ? "Lighter than before: the debriefs may be helping."
                : trend.later < trend.earlier ? "Heavier lately; a pause, a walk or a friend can help as much as practice."
                : "About the same as before."
            detail = "On average \(earlier)/5 in your earlier debriefs and \(later)/5 in the recent ones. \(shift)"
        } else {
            detail = "You felt \(last.value)/5 right after. Next time, you will see how it compares."
        }
        return [Insight(id: "feelings.trend", title: "How you felt right after", detail: detail,
                        count: timeline.points.count, debriefIDs: timeline.debriefIDs)]
    }

    /// One decimal: 2.5.
    static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// A provider; read it through another table with ``DebriefKit/FactInsightProvider/reading(through:)``.
    public init() {}
}
