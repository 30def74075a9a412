import DebriefKit
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

    static let topKeys = ["id", "title", "version", "description", "placement", "steps"]
    static let stepKeys = ["id", "ask", "say", "type", "optional", "max-length", "options", "allow-other", "min", "max",
                           "low", "high", "direction", "min-items", "max-items", "when", "for-each", "help", "records", "reactions"]
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
        guard let plugin = read(root, reader: reader), reader.errors.isEmpty else {
            throw YAMLPluginErrors(reader.errors)
        }
        return plugin
    }

    private func read(_ root: Node, reader: YAMLReader) -> YAMLPlugin? {
        guard let top = reader.mapping(root, allowed: Self.topKeys, what: "the plugin") else { return nil }
        let id = top["id"].flatMap { reader.string($0.value, what: "the plugin id") }
        if let id, let node = top["id"]?.value, id.range(of: #"^[a-z0-9][a-z0-9._-]*$"#, options: .regularExpression) == nil {
            reader.fail(node, "the plugin id \"\(id)\" should use lowercase letters, digits, '.', '-' or '_' (like technical-round)")
        }
        if top["id"] == nil { reader.fail(root, "the plugin has no id; add `id: my-plugin`") }
        let title = top["title"].flatMap { reader.string($0.value, what: "the title") }
        if top["title"] == nil { reader.fail(root, "the plugin has no title; add `title: …`, shown as the chapter's name") }
        var version = 1
        if let node = top["version"]?.value, let value = reader.int(node, what: "the version") {
            if value < 1 { reader.fail(node, "the version must be 1 or more") } else { version = value }
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
struct StepScope {
    var known: Set<String>
    /// Steps of this file seen so far, with their prompts (for type checks).
    var earlier: [String: (any Prompt)?] = [:]
    var all: Set<String> { known.union(earlier.keys) }
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
