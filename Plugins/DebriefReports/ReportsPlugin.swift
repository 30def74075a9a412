public import DebriefKit

/// Adds Debrief's built-in reporters: `text`, `markdown`, `json` and `html`.
///
/// Reporters read each debrief's parts through the report's ``DebriefKit/Report/steps``.
/// A host reads them, with every other plugin's, through ``DebriefKit/PluginSet``.
///
/// ```swift
/// let plugins: PluginSet = [.reflection, .star, ReportsPlugin(colour: false), .insights]
/// let html = try plugins.reporter(for: "html").render(report)
/// ```
public struct ReportsPlugin: DebriefPlugin {
    /// The plugin id: `reports`.
    public let id = "reports"
    /// Whether the text reporter uses colour; the host decides by the REPL's rules.
    public var colour: Bool

    /// `colour` is for the text reporter.
    public init(colour: Bool = false) {
        self.colour = colour
    }

    /// Text, Markdown, JSON and HTML, in that order.
    public var reporters: [any Reporter] {
        [TextReporter(colour: colour), MarkdownReporter(), JSONReporter(), HTMLReporter()]
    }

    /// The reporter named `format` (ignoring case), or an error that lists the formats.
    public func reporter(for format: String) throws -> any Reporter {
        try PluginSet([self]).reporter(for: format)
    }
}

extension DebriefPlugin where Self == ReportsPlugin {
    /// The built-in reporters, without colour.
    public static var reports: ReportsPlugin { ReportsPlugin() }
}
