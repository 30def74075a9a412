public import DebriefKit

extension Insights {
    /// Every built-in provider, reading answers through `steps`, in the order reports show them.
    public static func providers(steps: StepMap = .default) -> [any InsightProvider] {
        let providers: [any FactInsightProvider] = [ReflectiveQuestionInsights(), StruggledQuestionInsights(), StageProgressInsights(),
                                                    FeelingsInsights(), FitInsights(), OpenPlanInsights()]
        func reading(_ provider: some FactInsightProvider) -> any InsightProvider { provider.reading(through: steps) }
        return steps == .default ? providers : providers.map { reading($0) }
    }

    /// The built-in insights over `debriefs`.
    ///
    /// ```swift
    /// let insights = Insights.compute(from: debriefs)
    /// ```
    public static func compute(from debriefs: [Debrief]) -> [Insight] {
        compute(from: debriefs, providers: providers())
    }

    /// The built-in insights over every debrief in `store`, read from the store's facts.
    public static func compute(from store: any DebriefStore) async throws -> [Insight] {
        try await compute(from: store, providers: providers())
    }
}
