public import DebriefKit

/// A prompt plugin declared in a YAML file: one chapter, placed in the flow.
///
/// Load one with ``YAMLPluginParser`` or a folder of them with ``YAMLPluginDirectory``;
/// register it like any plugin: `DebriefSession(plugins: [.reflection] + yamlPlugins, …)`.
public struct YAMLPlugin: DebriefPlugin {
    /// The `id` from the file.
    public let id: String
    /// The file's `version`, as text for `debrief plugins list`.
    public let version: String
    /// The chapter the file declares.
    public let chapter: Chapter
    /// Where it was loaded from, for messages and `plugins list`, safe to print.
    public let file: String

    /// A plugin from a parsed chapter.
    public init(id: String, version: Int, chapter: Chapter, file: String) {
        self.id = id
        self.version = String(version)
        self.chapter = chapter
        self.file = TextNormaliser.displayable(file)
    }

    public var chapters: [Chapter] { [chapter] }
}
