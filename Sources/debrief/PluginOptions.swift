import ArgumentParser
import DebriefInsights
import DebriefKit
import DebriefReflection
import DebriefReports
import DebriefSTAR
import DebriefYAML
import Foundation

/// `--plugins DIR`, shared by the commands that run or list the flow.
///
/// The flow is the built-in reflection and STAR chapters, plus YAML plugins from `--plugins`,
/// `DEBRIEF_PLUGINS` and `$XDG_CONFIG_HOME/debrief/plugins`, arranged by `config.yaml`.
/// A broken plugin file or config is reported on stderr and skipped; the rest runs.
struct PluginOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A folder of YAML prompt plugins to load (repeatable; also $DEBRIEF_PLUGINS and $XDG_CONFIG_HOME/debrief/plugins).",
        valueName: "dir"))
    var plugins: [String] = []

    /// The plugins every debrief has.
    static let builtIn: [any DebriefPlugin] = [.reflection, .star]

    /// The composition root: every built-in plugin, so `report`, `show` and `insights` use the
    /// reporters and insight providers any of them contributes. `colour` is for the text reporter.
    static func host(colour: Bool = false) -> PluginSet {
        PluginSet(builtIn + [ReportsPlugin(colour: colour), .insights])
    }

    /// Built-in and loaded plugins with the person's configuration, reporting anything skipped.
    func load(_ variables: [String: String] = ProcessInfo.processInfo.environment) -> (plugins: [any DebriefPlugin], configuration: FlowConfiguration) {
        let found = discover(variables)
        for failure in found.failures {
            Console.note("debrief: skipped a plugin that has problems (run `debrief plugins validate` on it):\n\(failure)")
        }
        return arrange(found, variables)
    }

    /// Built-in plugins and those `found`, with the person's configuration (reported and ignored when broken).
    func arrange(_ found: YAMLPluginDirectory.Discovery, _ variables: [String: String]) -> (plugins: [any DebriefPlugin], configuration: FlowConfiguration) {
        let plugins = Self.builtIn + found.plugins
        let chapterIDs = Set(plugins.flatMap(\.chapters).map(\.id))
        let path = YAMLConfiguration.path(environment: variables)
        do {
            return (plugins, try YAMLConfiguration.load(path, chapterIDs: chapterIDs))
        } catch {
            Console.note("debrief: ignored your config, which has problems:\n\(error)")
            return (plugins, FlowConfiguration())
        }
    }

    /// The flow of built-in and loaded plugins, for question wording in reports; says nothing
    /// about broken plugins (the commands that run them do).
    static func quietFlow(_ variables: [String: String] = ProcessInfo.processInfo.environment) -> Flow {
        let directories = YAMLPluginDirectory.directories(environment: variables)
        return Flow(plugins: builtIn + YAMLPluginDirectory.load(from: directories, builtIn: Flow(plugins: builtIn)).plugins)
    }

    /// YAML plugins from every plugin folder.
    func discover(_ variables: [String: String]) -> YAMLPluginDirectory.Discovery {
        let directories = YAMLPluginDirectory.directories(environment: variables, extra: plugins)
        return YAMLPluginDirectory.load(from: directories, builtIn: Flow(plugins: Self.builtIn))
    }
}
