public import DebriefInsights
public import DebriefKit

/// Adds Debrief's built-in reporters: `text`, `markdown`, `json` and `html`.
///
/// ```swift
/// let plugin = ReportsPlugin(colour: false)
/// let html = try plugin.reporter(for: "html").render(report)
/// ```
public struct ReportsPlugin: DebriefPlugin {
    /// The plugin id: `reports`.
    public let id = "reports"
    /// Where each part of a debrief is found; see ``StepMap``.
    public var steps: StepMap
    /// Whether the text reporter uses colour; the host decides by the REPL's rules.
    public var colour: Bool

    /// Reads answers through `steps`; `colour` is for the text reporter.
    public init(steps: StepMap = .default, colour: Bool = false) {
        self.steps = steps
        self.colour = colour
    }

    /// Text, Markdown, JSON and HTML, in that order.
    public var reporters: [any Reporter] {
        [TextReporter(colour: colour, steps: steps), MarkdownReporter(steps: steps), JSONReporter(), HTMLReporter(steps: steps)]
    }

    /// The reporter named `format` (ignoring case), or an error that lists the formats.
    public func reporter(for format: String) throws -> any Reporter {
        guard let reporter = reporters.first(where: { $0.format == format.lowercased() }) else {
            let names = reporters.map(\.format).joined(separator: ", ")
            throw DebriefError(.invalidData, "There is no \"\(format)\" report format.", recovery: "Pick one of: \(names).")
        }
        return reporter
    }
}

extension DebriefPlugin where Self == ReportsPlugin {
    /// The built-in reporters, without colour, reading the default step ids.
    public static var reports: ReportsPlugin { ReportsPlugin() }
}
