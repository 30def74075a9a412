public import DebriefKit

/// If-then plans not marked done yet.
///
/// One insight, `plans.open`, when there are plans; its count is the number still open
/// and its debriefs are the ones they came from.
public struct OpenPlanInsights: FactInsightProvider {
    /// A provider; read it through another table with ``DebriefKit/FactInsightProvider/reading(through:)``.
    public init() {}

    public func insights(from sheet: FactSheet) -> [Insight] {
        let facts = sheet.facts
        let book = PlanBook(facts: facts, steps: sheet.steps)
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
