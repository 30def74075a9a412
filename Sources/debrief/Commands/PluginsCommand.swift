import ArgumentParser
import DebriefKit
import DebriefYAML
import Foundation

/// `debrief plugins`: see, check and start prompt plugins.
struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "List, validate or create prompt plugins.",
        discussion: "YAML plugins add your own questions; see Documentation/YAMLPlugins.md.",
        subcommands: [List.self, Validate.self, New.self],
        defaultSubcommand: List.self
    )

    /// `debrief plugins list`: built-in and loaded plugins, with version and source.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Show built-in and loaded plugins, and their chapters in order.")

        @OptionGroup var pluginOptions: PluginOptions

        func run() {
            let variables = ProcessInfo.processInfo.environment
            let found = pluginOptions.discover(variables)
            for plugin in PluginOptions.builtIn {
                Console.out("\(plugin.id)  v\(plugin.version)  built in  — chapters: \(plugin.chapters.map(\.id).joined(separator: ", "))")
            }
            for plugin in found.plugins {
                Console.out("\(plugin.id)  v\(plugin.version)  \(plugin.file)")
            }
            for failure in found.failures {
                Console.note("skipped, has problems:\n\(failure)")
            }
            let loaded = pluginOptions.arrange(found, variables)
            let order = Flow(plugins: loaded.plugins, configuration: loaded.configuration).chapters.map(\.id)
            Console.out("Chapters in order: \(order.joined(separator: " → "))")
            let folders = YAMLPluginDirectory.directories(environment: variables, extra: pluginOptions.plugins)
            Console.out("Plugin folders: \(folders.joined(separator: ", "))")
        }
    }

    /// `debrief plugins validate FILE…`: every problem with its position; non-zero on any.
    struct Validate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "validate", abstract: "Check YAML plugin files; exits non-zero if any has a problem.")

        @Argument(help: ArgumentHelp("The plugin files to check.", valueName: "file"))
        var files: [String]

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("Name at least one plugin file, e.g. `debrief plugins validate technical.yaml`.") }
        }

        func run() throws {
            let found = YAMLPluginDirectory.load(files: files, builtIn: Flow(plugins: PluginOptions.builtIn))
            for plugin in found.plugins {
                Console.out("\(plugin.file): ok — \"\(plugin.chapter.title)\", \(plugin.chapter.steps.count) steps")
            }
            for failure in found.failures {
                Console.note(failure.description)
            }
            if !found.failures.isEmpty { throw ExitCode(1) }
        }
    }

    /// `debrief plugins new NAME`: a commented starter file that validates and runs.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "new", abstract: "Write a commented starter plugin, NAME.yaml, in the current folder.")

        @Argument(help: ArgumentHelp("The plugin's name, e.g. technical-round.", valueName: "name"))
        var name: String

        func run() throws {
            let text = YAMLPluginTemplate.starter(name: name)
            let id = YAMLPluginTemplate.pluginID(for: name)
            let path = FileManager.default.currentDirectoryPath + "/\(id).yaml"
            guard !FileManager.default.fileExists(atPath: path) else {
                throw ValidationError("\(id).yaml already exists here; pick another name or move it first.")
            }
            guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
                throw ValidationError("Couldn't write \(path); check that you can write to this folder.")
            }
            Console.out("Wrote \(id).yaml. Edit it, check it with `debrief plugins validate \(id).yaml`,")
            Console.out("then move it to \(YAMLPluginDirectory.configHome(ProcessInfo.processInfo.environment))/debrief/plugins/ to use it.")
        }
    }
}
