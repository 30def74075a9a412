/// A bundle of things a plugin adds to Debrief: chapters, reporters, insights.
///
/// Plugins are plain values registered by explicit injection — there is no global
/// registry. A plugin module adds a static factory so hosts can write
/// `DebriefSession(plugins: [.reflection, .star], store: store)`:
///
/// ```swift
/// public struct TechnicalPlugin: DebriefPlugin {
///     public let id = "technical"
///     public var chapters: [Chapter] { [Chapter("technical", title: "Technical round") { … }] }
/// }
/// extension DebriefPlugin where Self == TechnicalPlugin {
///     public static var technical: TechnicalPlugin { TechnicalPlugin() }
/// }
/// ```
/// A plugin that keeps state should be an actor, or hold its state in one.
public protocol DebriefPlugin: Sendable {
    /// Unique, stable, lowercase: `reflection`, `star`, `yaml:technical`.
    var id: String { get }
    /// Shown by `debrief plugins list`.
    var version: String { get }
    /// Chapters to add to the flow, in order.
    var chapters: [Chapter] { get }
    /// Output formats this plugin renders.
    var reporters: [any Reporter] { get }
    /// Patterns this plugin finds across debriefs.
    var insightProviders: [any InsightProvider] { get }
}

extension DebriefPlugin {
    public var version: String { "1.0.0" }
    public var chapters: [Chapter] { [] }
    public var reporters: [any Reporter] { [] }
    public var insightProviders: [any InsightProvider] { [] }
}
