public import DebriefKit

/// Adds Debrief's built-in insight providers to a host.
///
/// ```swift
/// let plugins: [any DebriefPlugin] = [.reflection, .insights]
/// let providers = PluginSet(plugins).insightProviders
/// ```
public struct InsightsPlugin: DebriefPlugin {
    /// The plugin id: `insights`.
    public let id = "insights"
    /// Where each part of a debrief is found; see ``DebriefKit/StepMap``.
    public var steps: StepMap

    /// Reads answers through `steps`.
    public init(steps: StepMap = .default) {
        self.steps = steps
    }

    /// The built-in providers, reading through ``steps``.
    public var insightProviders: [any InsightProvider] { Insights.providers(steps: steps) }
}

extension DebriefPlugin where Self == InsightsPlugin {
    /// The built-in insights, reading the default step ids.
    public static var insights: InsightsPlugin { InsightsPlugin() }
}
