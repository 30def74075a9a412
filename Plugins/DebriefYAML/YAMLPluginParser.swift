public import DebriefKit
import Foundation
import Yams

/// Turns the text of a YAML plugin file into a ``YAMLPlugin``, validating everything
/// before anything runs. The format is documented in `Documentation/YAMLPlugins.md`.
///
/// ```swift
/// let plugin = try YAMLPluginParser(knownStepIDs: builtIn).parse(text, file: "technical.yaml")
/// ```
public struct YAMLPluginParser: Sendable {
    /// Step ids defined elsewhere (built-in chapters) that conditions and placeholders may name.
    public var knownStepIDs: Set<String>
    /// Chapter ids defined elsewhere that a placement may name.
    public var knownChapterIDs: Set<String>

    /// A parser; pass the ids of the flow the plugin joins so references to them validate.
    public init(knownStepIDs: Set<String> = [], knownChapterIDs: Set<String> = []) {
        self.knownStepIDs = knownStepIDs
        self.knownChapterIDs = knownChapterIDs
    }

    /// A parser for plugins that join `flow`: they may refer to its steps and chapters, and may not reuse their ids.
    public init(joining flow: Flow) {
        self.init(knownStepIDs: flow.stepIDs, knownChapterIDs: Set(flow.chapters.map(\.id)))
    }

    /// Counts a loaded plugin's ids as taken, so the files after it may refer to them and may not reuse them.
    public mutating func admit(_ plugin: YAMLPlugin) {
        knownStepIDs.formUnion(plugin.chapter.steps.map(\.id))
        knownChapterIDs.insert(plugin.id)
    }

    /// The plugin's `version`: stored with each debrief, so it stays a modest whole number.
    static let versions = 1...1_000_000_000
    /// A scale's `min` and `max`, and the numbers a condition compares an answer with.
    static let scaleBounds = -1000...1000
    /// A list's `min-items` and `max-items`.
    static let itemCounts = 0...100
    /// Nodes in one `when:`; aliases can make a small file describe an enormous condition.
    static let maxConditionSize = 200

    static let topKeys = ["id", "title", "version", "description", "placement", "steps"]
    static let stepKeys = ["id", "ask", "say", "type", "optional", "max-length", "options", "allow-other", "min", "max",
                           "low", "high", "direction", "min-items", "max-items", "when", "for-each", "help", "records", "reactions", "label"]
    static let types = ["text", "yes-partly-no", "scale", "date", "choice", "list", "star"]
    static let conditionKeys = ["step", "equals", "not", "in", "less-than", "greater-than", "answered", "all", "any"]

    /// Parses and validates `text`; throws ``YAMLPluginErrors`` listing every problem.
    public func parse(_ text: String, file: String) throws(YAMLPluginErrors) -> YAMLPlugin {
        let reader = YAMLReader(file: file)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw YAMLPluginErrors([YAMLPluginError(file: file, line: 0, column: 0,
                    message: "the file is empty; start from `debrief plugins new NAME` for a commented example")])
            }
            root = node
        } catch let error as YAMLPluginErrors {
            throw error
        } catch {
            throw YAMLPluginErrors([Self.syntaxError(error, file: file)])
        }
        guard let plugin = read(root, reader: reader), reader.problems == 0 else {
            throw reader.report
        }
        return plugin
    }

    private func read(_ root: Node, reader: YAMLReader) -> YAMLPlugin? {
        guard let top = reader.mapping(root, allowed: Self.topKeys, what: "the plugin") else { return nil }
        let id = top["id"].flatMap { reader.string($0.value, what: "the plugin id") }
        if let id, let node = top["id"]?.value {
            if id.range(of: #"^[a-z0-9][a-z0-9._-]*$"#, options: .regularExpression) == nil {
                reader.fail(node, "the plugin id \"\(id)\" should use lowercase letters, digits, '.', '-' or '_' (like technical-round)")
            } else if knownChapterIDs.contains(id) {
                reader.fail(node, "the id \"\(id)\" is already taken by a built-in chapter or a plugin loaded before this one; give this plugin its own id")
            }
        }
        if top["id"] == nil { reader.fail(root, "the plugin has no id; add `id: my-plugin`") }
        let title = top["title"].flatMap { reader.string($0.value, what: "the title") }
        if let title, title.contains("\n"), let node = top["title"]?.value {
            reader.fail(node, "the title is shown on one line; write it without line breaks")
        }
        if top["title"] == nil { reader.fail(root, "the plugin has no title; add `title: …`, shown as the chapter's name") }
        var version = 1
        if let node = top["version"]?.value, let value = reader.int(node, what: "the version", in: Self.versions) {
            version = value
        }
        let placement = top["placement"].flatMap { readPlacement($0.value, reader: reader) } ?? .end
        guard let stepsNode = top["steps"]?.value else {
            reader.fail(root, "the plugin has no steps; add `steps:` with at least one `- id: …` and `ask: …`")
            return nil
        }
        guard case .sequence(let sequence) = stepsNode, !sequence.isEmpty else {
            reader.fail(stepsNode, "expected steps as a non-empty list of steps (each starting with `- id: …`)")
            return nil
        }
        var scope = StepScope(known: knownStepIDs)
        let steps = sequence.compactMap { readStep($0, scope: &scope, reader: reader) }
        guard let id, let title, steps.count == sequence.count else { return nil }
        let chapter = Chapter(id: id, title: title, version: version, steps: steps).placed(placement)
        return YAMLPlugin(id: id, version: version, chapter: chapter, file: reader.file)
    }

    private func readPlacement(_ node: Node, reader: YAMLReader) -> ChapterPlacement? {
        guard let pairs = reader.mapping(node, allowed: ["before", "after", "replaces"], what: "the placement") else { return nil }
        guard pairs.count == 1, let (name, pair) = pairs.first else {
            reader.fail(node, "the placement takes exactly one of before, after or replaces, e.g. `after: reflect`")
            return nil
        }
        guard let anchor = reader.string(pair.value, what: "the chapter id to place \(name)") else { return nil }
        if !knownChapterIDs.isEmpty, !knownChapterIDs.contains(anchor) {
            reader.fail(pair.value, "there is no chapter \"\(anchor)\"\(reader.suggestion(for: anchor, from: knownChapterIDs.sorted())); chapters: \(knownChapterIDs.sorted().joined(separator: ", "))")
        }
        switch name {
        case "before": return .before(anchor)
        case "after": return .after(anchor)
        default: return .replacing(anchor)
        }
    }
}

/// The steps a step may refer to: those defined before it, and the known built-in ones.
///
/// Kept up to date step by step, so checking a reference costs the same in the
/// ten-thousandth step as in the first.
struct StepScope {
    /// Steps of this file seen so far, with their prompts (for type checks).
    private(set) var earlier: [String: (any Prompt)?] = [:]
    /// The known ids and those of ``earlier``.
    private(set) var all: Set<String>

    init(known: Set<String>) {
        all = known
    }

    /// Makes a step of this file known to the steps after it.
    mutating func add(_ id: String, prompt: (any Prompt)?) {
        earlier.updateValue(prompt, forKey: id)
        all.insert(id)
    }
}

extension YAMLPluginParser {
    /// A parse error from Yams, with its position when it has one.
    static func syntaxError(_ error: any Error, file: String) -> YAMLPluginError {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
                 .composer(let context, let problem, let mark, _):
                let detail = [context?.text, problem].compactMap { $0 }.joined(separator: " ")
                return YAMLPluginError(file: file, line: mark.line, column: mark.column,
                                       message: "this is not valid YAML: \(detail); check the indentation and quotes around this point")
            case .duplicatedKeysInMapping(let duplicates, let context):
                let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
                return YAMLPluginError(file: file, line: context.mark.line, column: context.mark.column,
                                       message: "the key \(keys) appears twice in the same mapping; keep one")
            default:
                break
            }
        }
        return YAMLPluginError(file: file, line: 0, column: 0, message: "this is not valid YAML: \(error)")
    }
}
