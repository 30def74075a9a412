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
/// ``after``: the STAR chapter sits right after `reflect`, whatever order the plugins
/// were registered in.
public struct Chapter: Sendable {
    public let id: String
    public var title: String
    public var version: Int
    public var steps: [Step]
    /// The id of the chapter this one follows when a flow is assembled from plugins; nil keeps
    /// the plugin's order. Ignored when that chapter is not in the flow.
    public var after: String?

    public init(_ id: String, title: String, version: Int = 1, after: String? = nil, @StepBuilder steps: () -> [Step]) {
        self.init(id: id, title: title, version: version, after: after, steps: steps())
    }

    public init(id: String, title: String, version: Int = 1, after: String? = nil, steps: [Step]) {
        self.id = id
        self.title = title
        self.version = version
        self.after = after
        self.steps = steps
    }
}
