/// A titled group of steps: the unit that plugins contribute and that configs reorder.
///
/// Bump ``version`` when you change a chapter's steps: a debrief started under the old
/// version is told so when it resumes, and keeps its answers.
///
/// ```swift
/// Chapter("wins", title: "What went well", version: 1) {
///     Ask("wins.list", "Name one or two things that went well.", .list())
/// }
/// ```
///
/// A plugin chapter that belongs inside another plugin's flow names its place with
/// ``placed(_:)``: the STAR chapter sits right after `reflect`, whatever order the plugins
/// were registered in.
public struct Chapter: Sendable {
    /// Stable id, used by configs and version checks.
    public let id: String
    /// Shown in progress and summaries.
    public var title: String
    /// Bump when the steps change.
    public var version: Int
    /// The steps, in order.
    public var steps: [Step]
    /// Where the chapter goes relative to other plugins' chapters.
    public var placement: ChapterPlacement = .end
    /// The chapter's paragraph in an end-of-debrief summary, or nil when it has none to add.
    ///
    /// A chapter that sums itself up lets another plugin's summary show it without importing
    /// that plugin: the reflection's summary shows the STAR chapter's example this way.
    public var summary: (@Sendable (Debrief) -> String?)?

    /// A chapter whose steps read like the conversation.
    public init(_ id: String, title: String, version: Int = 1, @StepBuilder steps: () -> [Step]) {
        self.init(id: id, title: title, version: version, steps: steps())
    }

    /// A chapter from a list of steps (e.g. built by a loader).
    public init(id: String, title: String, version: Int = 1, steps: [Step]) {
        self.id = id
        self.title = title
        self.version = version
        self.steps = steps
    }

    /// The same chapter, summed up by `summary` in an end-of-debrief summary (see ``summary``).
    public func summarised(by summary: @escaping @Sendable (Debrief) -> String?) -> Chapter {
        var copy = self
        copy.summary = summary
        return copy
    }

    /// The same chapter, placed relative to another chapter.
    public func placed(_ placement: ChapterPlacement) -> Chapter {
        var copy = self
        copy.placement = placement
        return copy
    }
}
