public import DebriefKit

/// If-then plans not marked done yet.
///
/// One insight, `plans.open`, when there are plans; its count is the number still open
/// and its debriefs are the ones they came from.
public struct OpenPlanInsights: FactReading {
    /// Where each part of a debrief is found; see ``StepMap``.
    public var steps: StepMap

    /// Reads answers through `steps`.
    public init(steps: StepMap = .default) {
        self.steps = steps
    }

    /// The insights over `debriefs` (any order; read oldest first).
    public func insights(from debriefs: [Debrief]) -> [Insight] {
        insightsReadingFacts(debriefs)
    }

    func insights(from facts: [InsightFacts]) -> [Insight] {
        let book = PlanBook(facts: facts, steps: steps)
        guard !book.plans.isEmpty else { return [] }
        let open = book.open
        var seen = Set<DebriefID>()
        let ids = open.map(\.debriefID).filter { seen.insert($0).inserted }
        let detail: String
        if let next = open.first {
            let when = next.due.map { ", for \($0.iso)" } ?? ""
            detail = "Next up\(when): “\(next.text)”. \(book.plans.count - open.count) of \(book.plans.count) done so far."
        } else {
            detail = book.plans.count == 1 ? "Your plan is done. Well kept." : "All \(book.plans.count) of your plans are done. Well kept."
        }
        return [Insight(id: "plans.open", title: "\(open.count) \(open.count == 1 ? "plan" : "plans") not done yet",
                        detail: detail, count: open.count, debriefIDs: ids)]
    }
}
