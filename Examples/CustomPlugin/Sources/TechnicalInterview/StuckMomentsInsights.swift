public import DebriefKit

/// One insight, `technical.stuck`: how many technical rounds had a moment where you got stuck.
/// Contributed through ``TechnicalInterviewPlugin/insightProviders``, so it runs wherever a host
/// computes insights from `PluginSet.insightProviders` (`insights`, `report`).
public struct StuckMomentsInsights: InsightProvider {
    public init() {}

    public func insights(from debriefs: [Debrief]) -> [Insight] {
        let stuck = debriefs.filter { debrief in
            if case .list(let items)? = debrief["technical.stuck"] { !items.isEmpty } else { false }
        }
        guard !stuck.isEmpty else { return [] }
        return [Insight(id: "technical.stuck", title: "Stuck in \(stuck.count) technical \(stuck.count == 1 ? "round" : "rounds")",
                        detail: "Each one names something small to practise.", count: stuck.count, debriefIDs: stuck.map(\.id))]
    }
}
