public import DebriefKit

/// Adds Debrief's built-in insight providers to a host.
///
/// ```swift
/// let plugins: [any DebriefPlugin] = [.reflection, .insights]
/// let providers = plugins.flatMap(\.insightProviders)
/// ```
public struct InsightsPlugin: DebriefPlugin {
    public let id = "insights"
    public var steps: StepMap

    public init(steps: StepMap = .default) {
        self.steps = steps
    }

    public var insightProviders: [any InsightProvider] { Insights.providers(steps: steps) }
}

extension DebriefPlugin where Self == InsightsPlugin {
    /// The built-in insights, reading the default step ids.
    public static var insights: InsightsPlugin { InsightsPlugin() }
}
