import DebriefKit

/// A provider that can read ``InsightFacts`` instead of debriefs, so ``Insights`` reads them once for all.
protocol FactReading: InsightProvider {
    var steps: StepMap { get }
    func insights(from facts: [InsightFacts]) -> [Insight]
}

extension FactReading {
    /// Reads the facts of `debriefs`, then finds the insights in them.
    func insightsReadingFacts(_ debriefs: [Debrief]) -> [Insight] {
        insights(from: InsightFacts.read(debriefs, steps: steps))
    }
}
