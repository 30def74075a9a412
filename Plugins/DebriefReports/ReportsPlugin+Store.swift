import DebriefInsights
public import DebriefKit
public import Foundation

extension ReportsPlugin {
    /// One debrief, found by id or unique id prefix, rendered as `format`: `debrief show ID --format F`.
    ///
    /// ```swift
    /// print(try await ReportsPlugin(colour: useColour).show("3f2a", format: "text", from: store, at: clock.now()))
    /// ```
    public func show(_ idPrefix: String, format: String, from store: any DebriefStore, flow: Flow? = nil,
                     at now: Date) async throws -> String {
        let reporter = try reporter(for: format)
        return try reporter.render(Report(debriefs: [try await store.resolve(idPrefix)], flow: flow, generatedAt: now))
    }

    /// Every debrief in `store` with the insights of `providers`, rendered as `format`:
    /// `debrief report --format F`.
    public func report(format: String, from store: any DebriefStore, providers: [any InsightProvider]? = nil,
                       flow: Flow? = nil, at now: Date) async throws -> String {
        let reporter = try reporter(for: format)
        // The JSON report is the importable archive, so it keeps every transcript.
        let debriefs = try await store.loadAll(.all, transcripts: reporter is JSONReporter)
        let insights = try await Insights.compute(from: store, providers: providers ?? Insights.providers(steps: steps))
        return try reporter.render(Report(debriefs: debriefs, insights: insights, flow: flow, generatedAt: now))
    }
}
