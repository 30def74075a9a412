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
    /// read once, in one pass shared by all of them (see `DebriefFacts`); each provider then
    /// makes one pass over what was read, so the cost grows with the number of debriefs, not
    /// with its square. Providers run in parallel when there are enough debriefs to make it
    /// worth a thread; the result is the same either way. `Documentation/Performance.md` has numbers.
    public static func compute(from debriefs: [Debrief], providers: [any InsightProvider] = providers()) -> [Insight] {
        let ordered = debriefs.chronological()
        var facts: [StepMap: [DebriefFacts]] = [:]
        for case let reader as any FactReading in providers where facts[reader.steps] == nil {
            facts[reader.steps] = DebriefFacts.read(ordered, steps: reader.steps)
        }
        let shared = facts
        let run = { @Sendable (provider: any InsightProvider) -> [Insight] in
            if let reader = provider as? any FactReading, let read = shared[reader.steps] { return reader.insights(from: read) }
            return provider.insights(from: ordered)
        }
        guard ordered.count >= 1_000, providers.count > 1 else { return providers.flatMap(run) }
        let results = Parts<Insight>(count: providers.count)
        DispatchQueue.concurrentPerform(iterations: providers.count) { index in
            results[index] = run(providers[index])
        }
        return results.all.flatMap { $0 }
    }

    /// Loads every debrief in `store` and computes the insights over them.
    public static func compute(from store: any DebriefStore, providers: [any InsightProvider] = providers()) async throws -> [Insight] {
        compute(from: try await loadAll(from: store), providers: providers)
    }

    /// Every debrief in `store`, in the store's list order, without transcripts (insights
    /// read answers only); one bulk read where the store supports it.
    public static func loadAll(from store: any DebriefStore) async throws -> [Debrief] {
        try await store.loadAll(.all, transcripts: false)
    }
}
