import Dispatch
import Foundation

/// Runs insight providers over debriefs or a store: what a host calls with the providers
/// its plugins contribute (``PluginSet/insightProviders``).
///
/// ```swift
/// let plugins = PluginSet(hostPlugins)
/// let insights = try await Insights.compute(from: store, providers: plugins.insightProviders)
/// ```
///
/// DebriefInsights adds the built-in providers: `Insights.providers()` and `Insights.compute(from:)`.
public enum Insights {
    /// The insights of `providers` over `debriefs`, in provider order.
    ///
    /// The debriefs are put in chronological order and the answers of every
    /// ``FactInsightProvider`` are read once, in one pass shared by all of them that read through
    /// the same ``StepMap`` (see ``FactSheet``); each provider then makes one pass over what was
    /// read, so the cost grows with the number of debriefs, not with its square. Providers run
    /// in parallel when there are enough debriefs to make it worth a thread; the result is the
    /// same either way. `Documentation/Performance.md` has numbers.
    public static func compute(from debriefs: [Debrief], providers: [any InsightProvider]) -> [Insight] {
        let ordered = debriefs.chronological()
        var sheets: [StepMap: FactSheet] = [:]
        for case let reader as any FactInsightProvider in providers where sheets[reader.steps] == nil {
            sheets[reader.steps] = FactSheet(ordered, steps: reader.steps)
        }
        return run(providers, sheets: sheets, debriefs: ordered)
    }

    /// The insights of `providers` over the debriefs in `store` that `query`'s filters select
    /// (every one by default): `debrief insights --since "last month"`.
    ///
    /// A ``FactInsightProvider`` reads the store's facts (``DebriefStore/facts(_:)``), which a
    /// store keeps as it writes, so no debrief is decoded; debriefs are loaded only for other providers.
    public static func compute(from store: any DebriefStore, providers: [any InsightProvider],
                               matching query: DebriefQuery = .all) async throws -> [Insight] {
        var sheets: [StepMap: FactSheet] = [:]
        for case let reader as any FactInsightProvider in providers where sheets[reader.steps] == nil {
            sheets[reader.steps] = try await FactSheet.read(from: store, steps: reader.steps, matching: query)
        }
        let others = providers.contains { !($0 is any FactInsightProvider) }
        return run(providers, sheets: sheets, debriefs: others ? try await loadAll(from: store, matching: query).chronological() : [])
    }

    /// Runs each provider over the facts it reads, or over `debriefs` (oldest first); in
    /// parallel when there are enough debriefs to make it worth a thread; the result is the same either way.
    private static func run(_ providers: [any InsightProvider], sheets: [StepMap: FactSheet], debriefs: [Debrief]) -> [Insight] {
        let run = { @Sendable (provider: any InsightProvider) -> [Insight] in
            if let reader = provider as? any FactInsightProvider, let sheet = sheets[reader.steps] { return reader.insights(from: sheet) }
            return provider.insights(from: debriefs)
        }
        let count = max(debriefs.count, sheets.values.map(\.facts.count).max() ?? 0)
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
