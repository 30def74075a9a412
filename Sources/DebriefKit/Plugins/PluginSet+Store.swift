public import Foundation

extension PluginSet {
    /// The insights of every contributed provider over the debriefs in `store` that `query`
    /// selects (every one by default): `debrief insights --company Acme`.
    public func insights(from store: any DebriefStore, matching query: DebriefQuery = .all) async throws -> [Insight] {
        try await Insights.compute(from: store, providers: insightProviders, matching: query)
    }

    /// One debrief, found by id or unique id prefix, rendered as `format`: `debrief show ID --format F`.
    ///
    /// ```swift
    /// let plugins: PluginSet = [.reports]
    /// print(try await plugins.show("3f2a", format: "text", from: store, at: clock.now()))
    /// ```
    public func show(_ idPrefix: String, format: String, from store: any DebriefStore, flow: Flow? = nil,
                     steps: StepMap = .default, at now: Date) async throws -> String {
        let reporter = try reporter(for: format)
        return try reporter.render(Report(debriefs: [try await store.resolve(idPrefix)], flow: flow, generatedAt: now, steps: steps))
    }

    /// Every debrief in `store` with the insights of every contributed provider, rendered as
    /// `format`: `debrief report --format F`.
    public func report(format: String, from store: any DebriefStore, flow: Flow? = nil,
                       steps: StepMap = .default, at now: Date) async throws -> String {
        let reporter = try reporter(for: format)
        let debriefs = try await store.loadAll(.all, transcripts: reporter.readsTranscripts)
        let insights = try await insights(from: store)
        return try reporter.render(Report(debriefs: debriefs, insights: insights, flow: flow, generatedAt: now, steps: steps))
    }
}
