public import DebriefKit
import Foundation

/// Finds and loads YAML plugins: a broken file is reported and skipped, the rest run.
///
/// ```swift
/// let found = YAMLPluginDirectory.load(from: YAMLPluginDirectory.directories(environment: env), builtIn: flow)
/// for failure in found.failures { warn(failure) }
/// ```
public enum YAMLPluginDirectory {
    /// Largest plugin file read; a plugin is a page of text, not a data dump.
    public static let maxFileSize = 1 << 20

    /// The result of loading a set of folders.
    public struct Discovery: Sendable {
        /// Plugins that loaded, in file-name order.
        public var plugins: [YAMLPlugin]
        /// Files that did not, each with every problem found in it.
        public var failures: [YAMLPluginErrors]
    }

    /// Where plugins are looked for: each folder of `DEBRIEF_PLUGINS` (separated by `:`),
    /// then `$XDG_CONFIG_HOME/debrief/plugins` (`~/.config/debrief/plugins` when unset).
    public static func directories(environment: [String: String], extra: [String] = []) -> [String] {
        let fromEnvironment = environment["DEBRIEF_PLUGINS"].map { $0.split(separator: ":").map(String.init) } ?? []
        return extra + fromEnvironment + [configHome(environment) + "/debrief/plugins"]
    }

    /// `$XDG_CONFIG_HOME`, or `~/.config`.
    public static func configHome(_ environment: [String: String]) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
    }

    /// Loads every `*.yaml` and `*.yml` file in `directories` (missing folders are fine).
    /// Step and chapter ids of `builtIn` are known to conditions and placements, and a
    /// plugin that reuses an id already taken is refused.
    public static func load(from directories: [String], builtIn: Flow) -> Discovery {
        var seen = Set<String>()
        return load(files: directories.filter { seen.insert($0).inserted }.flatMap(files(in:)), builtIn: builtIn)
    }

    /// Loads these files in order, each joining `builtIn` and the files before it. Starting
    /// `debrief` and `debrief plugins validate` both come here, so a file that validates loads.
    public static func load(files: [String], builtIn: Flow) -> Discovery {
        var parser = YAMLPluginParser(joining: builtIn)
        var discovery = Discovery(plugins: [], failures: [])
        for file in files {
            do throws(YAMLPluginErrors) {
                let plugin = try loadFile(file, parser: parser)
                parser.admit(plugin)
                discovery.plugins.append(plugin)
            } catch {
                discovery.failures.append(error)
            }
        }
        return discovery
    }

    /// Reads and validates one file.
    public static func loadFile(_ path: String, parser: YAMLPluginParser) throws(YAMLPluginErrors) -> YAMLPlugin {
        func failure(_ message: String) -> YAMLPluginErrors {
            YAMLPluginErrors([YAMLPluginError(file: path, line: 0, column: 0, message: message)])
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw failure("cannot read this file; check that it exists and that you may read it")
        }
        guard data.count <= maxFileSize else {
            throw failure("the file is \(data.count / 1024) KB; a plugin file may be at most \(maxFileSize / 1024) KB")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw failure("the file is not UTF-8 text; save it as UTF-8 in your editor")
        }
        return try parser.parse(text, file: path)
    }

    private static func files(in directory: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { directory + "/" + $0 }
    }
}
