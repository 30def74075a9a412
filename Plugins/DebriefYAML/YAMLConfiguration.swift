public import DebriefKit
import Foundation
import Yams

/// Reads the person's `config.yaml`: chapter order and chapters turned off.
///
/// ```yaml
/// order: [context, feelings, reflect]   # these first, in this order
/// disabled: [star]                      # never asked
/// ```
public enum YAMLConfiguration {
    /// `$XDG_CONFIG_HOME/debrief/config.yaml` (`~/.config/…` when unset).
    public static func path(environment: [String: String]) -> String {
        YAMLPluginDirectory.configHome(environment) + "/debrief/config.yaml"
    }

    /// The configuration in `path`; a missing file is the default configuration.
    /// Chapter ids not in `chapterIDs` are errors, so a typo does not silently do nothing.
    public static func load(_ path: String, chapterIDs: Set<String>) throws(YAMLPluginErrors) -> FlowConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else { return FlowConfiguration() }
        guard let text = String(data: data, encoding: .utf8) else {
            throw YAMLPluginErrors([YAMLPluginError(file: path, line: 0, column: 0, message: "the file is not UTF-8 text")])
        }
        return try parse(text, file: path, chapterIDs: chapterIDs)
    }

    /// Parses configuration text.
    public static func parse(_ text: String, file: String, chapterIDs: Set<String>) throws(YAMLPluginErrors) -> FlowConfiguration {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw YAMLPluginErrors([YAMLPluginParser.syntaxError(error, file: file)])
        }
        guard let root else { return FlowConfiguration() }
        let reader = YAMLReader(file: file)
        var configuration = FlowConfiguration()
        if let pairs = reader.mapping(root, allowed: ["order", "disabled"], what: "the configuration") {
            func ids(_ key: String) -> [String] {
                guard let node = pairs[key]?.value, let values = reader.strings(node, what: key) else { return [] }
                for id in values where !chapterIDs.contains(id) {
                    reader.fail(node, "there is no chapter \"\(id)\"\(reader.suggestion(for: id, from: chapterIDs.sorted())); chapters: \(chapterIDs.sorted().joined(separator: ", "))")
                }
                return values
            }
            configuration.order = ids("order")
            configuration.disabled = Set(ids("disabled"))
        }
        guard reader.problems == 0 else { throw reader.report }
        return configuration
    }
}
