import Foundation
import Testing

/// Built-in plugins use only DebriefKit (and third-party libraries), exactly as a third-party
/// plugin would: what two plugins share lives in DebriefKit, and the host composes them.
///
/// The plugin modules are the folders of `Plugins/`, so a new plugin is covered as soon as it exists.
@Suite struct PluginImportTests {
    /// The package root: two folders above this file's folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let plugins = root.appendingPathComponent("Plugins")

    /// Every folder under `Plugins/`: one module each.
    static func pluginModules(in plugins: URL = plugins) throws -> [String] {
        try FileManager.default.contentsOfDirectory(at: plugins, includingPropertiesForKeys: [.isDirectoryKey])
            .filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
            .map(\.lastPathComponent).sorted()
    }

    /// The module names `source` imports, whatever the access level or attributes in front.
    static func imports(in source: String) -> [String] {
        source.split(whereSeparator: \.isNewline).compactMap { line -> String? in
            var words = line.split(whereSeparator: \.isWhitespace).map(String.init)
            while let first = words.first, first.hasPrefix("@") || ["public", "package", "internal", "fileprivate", "private"].contains(first) {
                words.removeFirst()
            }
            guard words.count >= 2, words[0] == "import" else { return nil }
            // `import struct Module.Type` names the module after the kind.
            let name = ["struct", "class", "enum", "protocol", "func", "var", "let", "typealias"].contains(words[1]) && words.count >= 3
                ? words[2] : words[1]
            return String(name.split(separator: ".").first ?? "")
        }
    }

    /// `file:module` for every import, under `Plugins/`, of a plugin module other than the file's own.
    static func violations(in plugins: URL = plugins) throws -> [String] {
        let modules = try pluginModules(in: plugins)
        var found: [String] = []
        for module in modules {
            let folder = plugins.appendingPathComponent(module)
            guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in files where file.pathExtension == "swift" {
                let source = try String(contentsOf: file, encoding: .utf8)
                for imported in imports(in: source) where imported != module && modules.contains(imported) {
                    found.append("Plugins/\(module)/\(file.path.dropFirst(folder.path.count + 1)) imports \(imported)")
                }
            }
        }
        return found.sorted()
    }

    @Test func theBuiltInPluginsAreFound() throws {
        let modules = try Self.pluginModules()
        #expect(modules.contains("DebriefReflection") && modules.contains("DebriefSTAR") && modules.contains("DebriefReports"))
    }

    @Test func noPluginImportsAnotherPlugin() throws {
        let violations = try Self.violations()
        #expect(violations.isEmpty, "Move what two plugins share into DebriefKit; compose plugins in Sources/debrief:\n\(violations.joined(separator: "\n"))")
    }

    @Test func aPluginThatImportsAnotherIsNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plugin-imports-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for module in ["PluginA", "PluginB"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("\(module)/Inner"), withIntermediateDirectories: true)
        }
        try Data("public import DebriefKit\nimport PluginA\n".utf8).write(to: folder.appendingPathComponent("PluginB/Inner/Uses.swift"))
        try Data("import Foundation\nimport PluginA\n".utf8).write(to: folder.appendingPathComponent("PluginA/Own.swift"))
        #expect(try Self.violations(in: folder) == ["Plugins/PluginB/Inner/Uses.swift imports PluginA"])
    }

    @Test func importLinesAreReadWhateverTheirForm() {
        let source = """
            public import DebriefKit
            @_implementationOnly import DebriefSTAR
            @preconcurrency internal import struct DebriefReports.TextReporter
            import Foundation // a comment
            // import DebriefInsights
            let text = "import DebriefYAML"
            """
        #expect(Self.imports(in: source) == ["DebriefKit", "DebriefSTAR", "DebriefReports", "Foundation"])
    }
}
