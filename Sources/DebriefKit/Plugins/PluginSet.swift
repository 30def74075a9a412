/// The plugins a host runs, and everything they contribute, read in one place.
///
/// A host builds one set and takes chapters, reporters and insight providers from it, so
/// nothing a plugin declares is ignored: a reporter contributed by any plugin is a format of
/// `debrief report`, and an insight provider of any plugin runs in `debrief insights`.
///
/// ```swift
/// import DebriefInsights
/// import DebriefReflection
/// import DebriefReports
/// import DebriefSTAR
///
/// let plugins: PluginSet = [.reflection, .star, .reports, .insights, CSVPlugin()]
/// let csv = try plugins.reporter(for: "csv").render(report)
/// let insights = Insights.compute(from: debriefs, providers: plugins.insightProviders)
/// ```
public struct PluginSet: Sendable, ExpressibleByArrayLiteral {
    /// The plugins, in the order they were given.
    public var plugins: [any DebriefPlugin]

    /// A set of `plugins`, in this order.
    public init(_ plugins: [any DebriefPlugin]) {
        self.plugins = plugins
    }

    public init(arrayLiteral plugins: any DebriefPlugin...) {
        self.init(plugins)
    }

    /// Every plugin's chapters, in plugin order.
    public var chapters: [Chapter] { plugins.flatMap(\.chapters) }

    /// The flow of every plugin's chapters, arranged by `configuration`.
    public func flow(_ configuration: FlowConfiguration = FlowConfiguration()) -> Flow {
        Flow(plugins: plugins, configuration: configuration)
    }

    /// Every plugin's reporters, in plugin order; when two render the same format, the first wins.
    public var reporters: [any Reporter] {
        var seen = Set<String>()
        return plugins.flatMap(\.reporters).filter { seen.insert($0.format.lowercased()).inserted }
    }

    /// Every plugin's insight providers, in plugin order.
    public var insightProviders: [any InsightProvider] { plugins.flatMap(\.insightProviders) }

    /// The names of the formats ``reporters`` render.
    public var formats: [String] { reporters.map(\.format) }

    /// The reporter named `format` (ignoring case), or an error that lists the formats there are.
    public func reporter(for format: String) throws -> any Reporter {
        let reporters = reporters
        guard let reporter = reporters.first(where: { $0.format.lowercased() == format.lowercased() }) else {
            let names = reporters.map(\.format).joined(separator: ", ")
            throw DebriefError(.invalidData, "There is no \"\(format)\" report format.",
                               recovery: names.isEmpty ? "Add a plugin that contributes reporters." : "Pick one of: \(names).")
        }
        return reporter
    }
}
