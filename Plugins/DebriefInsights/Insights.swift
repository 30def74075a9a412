public import DebriefKit
import Dispatch
import Foundation

/// The built-in insight providers, and a way to run them all.
///
/// ```swift
/// let insights = Insights.compute(from: debriefs)
/// ```
public enum Insights {
    /// Every built-in provider, reading answers through `steps`, in the order reports show them.
    public static func providers(steps: StepMap = .default) -> [any InsightProvider] {
        [ReflectiveQuestionInsights(steps: steps), StruggledQuestionInsights(steps: steps), StageProgressInsights(steps: steps),
         FeelingsInsights(steps: steps), FitInsights(steps: steps), OpenPlanInsights(steps: steps)]
    }

    /// The insights of `providers` over `debriefs`, in provider order.
    ///
    /// The debriefs are put in chronological order and the built-in providers' answers are
    /// read once, in one pass shared by all of them (see `InsightFacts`); each provider then
    /// makes one pass over what was read, so the cost grows with the number of debriefs, not
    /// with its square. Providers run in parallel when there are enough debriefs to make it
    /// worth a thread; the result is the same either way. `Documentation/Performance.md` has numbers.
    public static func compute(from debriefs: [Debrief], providers: [any InsightProvider] = providers()) -> [Insight] {
        let ordered = debriefs.chronological()
        var facts: [StepMap: [InsightFacts]] = [:]
        for case let reader as any FactReading in providers where facts[reader.steps] == nil {
            facts[reader.steps] = InsightFacts.read(ordered, steps: reader.steps)
        }
        return run(providers, facts: facts, debriefs: ordered)
    }

    /// The insights of `providers` over the debriefs in `store` that `query`'s filters select
    /// (every one by default): `debrief insights --since "last month"`.
    ///
    /// The built-in providers read the store's facts (``DebriefKit/DebriefStore/facts(_:)``),
    /// which a store keeps as it writes, so no debrief is decoded; debriefs are loaded
    /// only for other providers.
    public static func compute(from store: any DebriefStore, providers: [any InsightProvider] = providers(),
                               matching query: DebriefQuery = .all) async throws -> [Insight] {
        var facts: [StepMap: [InsightFacts]] = [:]
        for case let reader as any FactReading in providers where facts[reader.steps] == nil {
            facts[reader.steps] = try await InsightFacts.read(from: store, steps: reader.steps, matching: query)
        }
        let others = providers.contains { !($0 is any FactReading) }
        return run(providers, facts: facts, debriefs: others ? try await loadAll(from: store, matching: query).chronological() : [])
    }

    /// Runs each provider over the facts it reads, or over `debriefs` (oldest first); in
    /// parallel when there are enough debriefs to make it worth a thread; the result is the same either way.
    private static func run(_ providers: [any InsightProvider], facts: [StepMap: [InsightFacts]], debriefs: [Debrief]) -> [Insight] {
        let run = { @Sendable (provider: any InsightProvider) -> [Insight] in
            if let reader = provider as? any FactReading, let read = facts[reader.steps] { return reader.insights(from: read) }
            return provider.insights(from: debriefs)
        }
        let count = max(debriefs.count, facts.values.map(\.count).max() ?? 0)
        guard count >= 1_000, providers.count > 1 else { return providers.flatMap(run) }
        let results = Parts<Insight>(count: providers.count)
        DispatchQueue.concurrentPerform(iterations: providers.count) { index in
            results[index] = run(providers[index])
        }
        return results.all.flatMap { $0 }
    }

    /// Every debrief in `store` that `query` selects, in the store's list order, without
    /// transcripts; one bulk read where the store supports it. For what facts don't hold.
    public static func loadAll(from store: any DebriefStore, matching query: DebriefQuery = .all) async throws -> [Debrief] {
        try await store.loadAll(query, transcripts: false)
    }
}
