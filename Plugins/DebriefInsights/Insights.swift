public import DebriefKit

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
    /// The debriefs are put in chronological order once; each provider then makes one pass
    /// over them, so the cost grows with the number of debriefs, not with its square.
    /// `Documentation/Performance.md` has numbers.
    public static func compute(from debriefs: [Debrief], providers: [any InsightProvider] = providers()) -> [Insight] {
        let ordered = debriefs.chronological()
        return providers.flatMap { $0.insights(from: ordered) }
    }

    /// Loads every debrief in `store` and computes the insights over them.
    public static func compute(from store: any DebriefStore, providers: [any InsightProvider] = providers()) async throws -> [Insight] {
        compute(from: try await loadAll(from: store), providers: providers)
    }

    /// Every debrief in `store`, in the store's list order.
    public static func loadAll(from store: any DebriefStore) async throws -> [Debrief] {
        var debriefs: [Debrief] = []
        for summary in try await store.list(.all) {
            if let debrief = try await store.load(summary.id) { debriefs.append(debrief) }
        }
        return debriefs
    }
}
