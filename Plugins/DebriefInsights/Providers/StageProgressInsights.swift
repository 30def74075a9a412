public import DebriefKit

/// How far interviews got, over time, framed as progress.
///
/// One insight, `progress.stage`, over the debriefs whose stage matches
/// ``DebriefKit/StepMap/stages``; its count is how many times the furthest stage was reached.
public struct StageProgressInsights: FactInsightProvider {
    public func insights(from sheet: FactSheet) -> [Insight] {
        let timeline = Timeline(sheet.facts, value: \.stageRank)
        guard let furthest = timeline.points.map(\.value).max() else { return [] }
        let name = sheet.steps.stages[furthest]
        let reached = timeline.points.filter { $0.value == furthest }
        let count = timeline.points.count
        var detail = "You reached the \(name) in \(reached.count) of \(count) \(count == 1 ? "interview" : "interviews")."
        if let trend = timeline.trend {
            if trend.later > trend.earlier {
                detail += " Your recent interviews go further than your first ones: that is progress."
            } else if trend.later == trend.earlier {
                detail += " You are getting to the same point steadily; each round is practice for the next step."
            } else {
                detail += " Recent ones ended a little earlier; markets shift, and every round still adds practice."
            }
        } else {
            detail += " With more debriefs, this shows how far you get over time."
        }
        return [Insight(id: "progress.stage", title: "Furthest stage: \(name)", detail: detail,
                        count: reached.count, debriefIDs: reached.map(\.debriefID))]
    }

    /// A provider; read it through another table with ``DebriefKit/FactInsightProvider/reading(through:)``.
    public init() {}
}
